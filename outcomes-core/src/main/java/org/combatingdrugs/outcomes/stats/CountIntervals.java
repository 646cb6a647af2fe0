package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkNotNull;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Confidence intervals for Poisson counts: the exact interval from chi-squared quantiles below 10
 * events, Byar's approximation from 10 up, as Fingertips does.
 */
public final class CountIntervals {

  /** The count from which Byar's method replaces the exact interval. */
  public static final long BYAR_FROM = 10;

  private CountIntervals() {}

  /**
   * The interval of a count, choosing the exact method below 10 and Byar's from 10; the result
   * names the method used.
   *
   * @param count the number of events, 0 or more
   * @param level the confidence level
   * @return the count and its limits
   */
  public static Interval of(long count, ConfidenceLevel level) {
    return count < BYAR_FROM ? exactPoisson(count, level) : byar(count, level);
  }

  /**
   * Byar's interval: 65 at 95% is [50.163187710459454, 82.84913854593984]. The lower limit never
   * falls below 0.
   *
   * @param count the number of events, 0 or more
   * @param level the confidence level
   * @return the count and its limits, method {@link IntervalMethod#BYAR}
   */
  public static Interval byar(long count, ConfidenceLevel level) {
    checkNotNull(level, "level");
    Checks.count("count", count);
    double z = level.z();
    double x = count;
    double lower =
        count == 0 ? 0 : x * Math.pow(1 - 1 / (9 * x) - z / (3 * Math.sqrt(x)), 3);
    double upper = (x + 1) * Math.pow(1 - 1 / (9 * (x + 1)) + z / (3 * Math.sqrt(x + 1)), 3);
    return new Interval(x, Math.max(0, lower), upper, level, IntervalMethod.BYAR);
  }

  /**
   * The exact Poisson interval from chi-squared quantiles: 1 at 95% is [0.025317807984289897,
   * 5.571643390938898]; 0 has a lower limit of exactly 0.
   *
   * @param count the number of events, 0 or more
   * @param level the confidence level
   * @return the count and its limits, method {@link IntervalMethod#EXACT_POISSON}
   */
  public static Interval exactPoisson(long count, ConfidenceLevel level) {
    checkNotNull(level, "level");
    Checks.count("count", count);
    double lower = exactLower((double) count, level);
    double upper = exactUpper((double) count, level);
    return new Interval(count, lower, upper, level, IntervalMethod.EXACT_POISSON);
  }

  static double exactLower(double count, ConfidenceLevel level) {
    return count == 0
        ? 0
        : ChiSquaredDistribution.of(2 * count).inverseCumulativeProbability(level.alpha() / 2) / 2;
  }

  static double exactUpper(double count, ConfidenceLevel level) {
    return ChiSquaredDistribution.of(2 * count + 2)
            .inverseCumulativeProbability(level.value() + level.alpha() / 2)
        / 2;
  }
}
