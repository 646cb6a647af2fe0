package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.exact.Digits;

/**
 * The mean of a sample with its standard deviation and confidence interval, as PHEindicatormethods'
 * {@code phe_mean} reports them. A single value has a mean but no standard deviation, and its
 * limits are not computed.
 *
 * @param mean the sample mean, finite
 * @param standardDeviation the sample standard deviation (n − 1 in the denominator), 0 or more
 *     and finite; not computed with {@link IntervalReason#FEWER_THAN_TWO_VALUES} for a single value
 * @param count the number of values, at least 1
 * @param interval Student's t interval of the mean, or not computed with {@link
 *     IntervalReason#FEWER_THAN_TWO_VALUES}
 */
public record Mean(
    double mean,
    Result<Double, IntervalReason> standardDeviation,
    long count,
    Result<Interval, IntervalReason> interval) {

  /**
   * Checks the parts, that a standard deviation is computed exactly when there are two values, and
   * that one not computed says so with {@link IntervalReason#FEWER_THAN_TWO_VALUES}.
   */
  public Mean {
    checkNotNull(standardDeviation, "standardDeviation");
    checkNotNull(interval, "interval");
    checkArgument(Double.isFinite(mean), "mean must be finite but was %s", mean);
    checkArgument(count >= 1, "count must be at least 1 but was %s", count);
    checkArgument(
        standardDeviation.isComputed() == (count >= 2),
        "standardDeviation must be computed exactly when there are two or more values (count %s)",
        count);
    checkArgument(
        standardDeviation.reason().map(r -> r == IntervalReason.FEWER_THAN_TWO_VALUES).orElse(true),
        "a standardDeviation not computed must say FEWER_THAN_TWO_VALUES but was %s",
        standardDeviation);
    standardDeviation
        .value()
        .ifPresent(
            sd ->
                checkArgument(
                    sd >= 0 && Double.isFinite(sd),
                    "standardDeviation must be finite and 0 or more but was %s",
                    sd));
  }

  /**
   * The mean with its interval, count and standard deviation: {@code 5.50 [3.33, 7.67] (Student's
   * t, 95%; n = 10, sd 3.03)}; for a single value {@code 42.00 (n = 1; no interval: <reason>)}. The
   * numbers shown share their places: three decimal places below 1 in magnitude, two below 100, one
   * above, rounded half-up. The exact doubles are the components.
   */
  @Override
  public String toString() {
    Optional<Interval> limits = interval.value();
    Optional<Double> deviation = standardDeviation.value();
    double sd = deviation.orElse(0.0);
    int decimals =
        limits
            .map(i -> Digits.decimalsFor(mean, sd, i.lower(), i.upper()))
            .orElse(Digits.decimalsFor(mean, sd));
    String spread = deviation.isPresent() ? ", sd " + Digits.rounded(sd, decimals) : "";
    String centre = Digits.rounded(mean, decimals);
    if (limits.isEmpty()) {
      String why = interval.reason().map(IntervalReason::sentence).orElse("");
      return centre + " (n = " + count + spread + "; no interval: " + why + ")";
    }
    Interval i = limits.get();
    return centre
        + " ["
        + Digits.rounded(i.lower(), decimals)
        + ", "
        + Digits.rounded(i.upper(), decimals)
        + "] ("
        + i.method().label()
        + ", "
        + i.level()
        + "; n = "
        + count
        + spread
        + ")";
  }
}
