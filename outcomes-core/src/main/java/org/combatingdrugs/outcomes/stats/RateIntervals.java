package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** Confidence intervals for crude rates: events per population times a multiplier. */
public final class RateIntervals {

  private RateIntervals() {}

  /**
   * A crude rate with the interval of its count (exact below 10 events, Byar's from 10) scaled to
   * the rate: 1 per 100 ×100 is 1 [0.025317807984289894, 5.5716433909389].
   *
   * @param count the number of events, 0 or more
   * @param population the population at risk, positive
   * @param multiplier the rate's multiplier (1,000, 100,000), positive
   * @param level the confidence level
   * @return the rate and its limits, naming the count's method
   * @throws IllegalArgumentException when the upper limit times the multiplier is beyond the range
   *     of a double, naming the count, population and multiplier
   */
  public static Interval crude(long count, long population, double multiplier, ConfidenceLevel level) {
    checkNotNull(level, "level");
    checkArgument(population > 0, "population must be positive but was %s", population);
    Checks.positiveMultiplier(multiplier);
    Interval counted = CountIntervals.of(count, level);
    double n = population;
    double upper = counted.upper() / n * multiplier;
    checkArgument(
        Double.isFinite(upper),
        "count %s per population %s × multiplier %s has an upper limit beyond the largest number",
        count,
        population,
        multiplier);
    return new Interval(
        count / n * multiplier, counted.lower() / n * multiplier, upper, level, counted.method());
  }
}
