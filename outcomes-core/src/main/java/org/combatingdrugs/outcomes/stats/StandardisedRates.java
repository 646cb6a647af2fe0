package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.combatingdrugs.outcomes.result.Result;

/** Directly standardised rates with Dobson's confidence interval. */
public final class StandardisedRates {

  /** The total count below which a standardised rate is not computed. */
  public static final long MINIMUM_TOTAL_COUNT = 10;

  private StandardisedRates() {}

  /**
   * A directly standardised rate with Dobson's interval (Byar's limits of the total count, scaled
   * by the rate's variance), as PHEindicatormethods computes it. Not computed when the total count
   * is below 10. When one band carries most of the variance (a band of 1 event in a population of
   * 1 among bands of 5 per 100,000), the formula's lower limit falls below zero: PHEindicatormethods
   * reports it so (6004.7 [−5149.8, 19042.6]); here it is set to zero, since a rate is never
   * negative, and the method says so ({@link IntervalMethod#DOBSON_BOUNDED_AT_ZERO}). The total count is summed as a double, exactly up to 2^53, so counts as large as
   * {@code Long.MAX_VALUE} in every band are summed without overflow.
   *
   * @param counts the events in each band of the standard, each 0 or more
   * @param populations the population of each band, each positive
   * @param standard the standard population giving each band's weight
   * @param multiplier the rate's multiplier (100,000), positive
   * @param level the confidence level
   * @return the rate and its limits, or not computed with {@link
   *     IntervalReason#TOTAL_COUNT_BELOW_TEN}
   * @throws IllegalArgumentException when the bands do not match the standard, a band's count or
   *     population is missing or invalid (the message names the band), or the multiplier takes the
   *     rate or its upper limit beyond the range of a double (naming the multiplier)
   */
  public static Result<Interval, IntervalReason> dobson(
      List<Long> counts,
      List<Long> populations,
      StandardPopulation standard,
      double multiplier,
      ConfidenceLevel level) {
    checkNotNull(counts, "counts");
    checkNotNull(populations, "populations");
    checkNotNull(standard, "standard");
    checkNotNull(level, "level");
    Checks.positiveMultiplier(multiplier);
    checkArgument(
        counts.size() == standard.size() && populations.size() == standard.size(),
        "counts and populations must have the %s bands of %s but had %s and %s",
        standard.size(),
        standard.name(),
        counts.size(),
        populations.size());
    ImmutableList<String> bands = standard.bands();
    ImmutableList<Long> weights = standard.weights();
    long weightSum = 0;
    double weightedRate = 0;
    double variance = 0;
    double total = 0;
    for (int i = 0; i < bands.size(); i++) {
      Long boxedCount = counts.get(i);
      Long boxedPopulation = populations.get(i);
      checkArgument(boxedCount != null, "count of band %s is missing (null)", bands.get(i));
      checkArgument(boxedPopulation != null, "population of band %s is missing (null)", bands.get(i));
      long count = boxedCount;
      long population = boxedPopulation;
      checkArgument(count >= 0, "count of band %s must be 0 or more but was %s", bands.get(i), count);
      checkArgument(
          population > 0, "population of band %s must be positive but was %s", bands.get(i), population);
      long bandWeight = weights.get(i);
      weightSum += bandWeight;
      double weight = bandWeight;
      double n = population;
      double x = count;
      weightedRate += weight * x / n;
      variance += weight * weight * x / (n * n);
      total += count;
    }
    double weightTotal = weightSum;
    if (total < MINIMUM_TOTAL_COUNT) {
      return Result.notComputed(IntervalReason.TOTAL_COUNT_BELOW_TEN);
    }
    double rate = weightedRate / weightTotal * multiplier;
    double varianceOfRate = variance / (weightTotal * weightTotal);
    Interval byar = CountIntervals.byar(total, level);
    double o = total;
    double scale = Math.sqrt(varianceOfRate / o) * multiplier;
    double lower = rate + scale * (byar.lower() - o);
    double upper = rate + scale * (byar.upper() - o);
    checkArgument(
        Double.isFinite(upper),
        "multiplier %s takes the rate of counts %s per populations %s, or its upper limit, beyond the"
            + " largest number",
        multiplier,
        counts,
        populations);
    return Result.computed(
        new Interval(
            rate,
            Math.max(0, lower),
            upper,
            level,
            lower < 0 ? IntervalMethod.DOBSON_BOUNDED_AT_ZERO : IntervalMethod.DOBSON));
  }
}
