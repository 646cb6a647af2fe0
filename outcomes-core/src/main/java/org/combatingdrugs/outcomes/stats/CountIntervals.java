package org.combatingdrugs.outcomes.stats;

import java.math.BigDecimal;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Confidence intervals for Poisson counts: the exact interval from chi-squared quantiles below 10
 * events, Byar's approximation from 10 up, as Fingertips does. Counts may be whole ({@code long})
 * or, as PHEindicatormethods allows for weighted or modelled counts, decimal.
 */
public final class CountIntervals {

  /** The count from which Byar's method replaces the exact interval. */
  public static final long BYAR_FROM = 10;

  /** Degrees of freedom above which the chi-squared quantile is taken by Wilson and Hilferty. */
  private static final double LARGE_DEGREES = 1e7;

  private CountIntervals() {}

  /**
   * The interval of a count, choosing the exact method below 10 and Byar's from 10; the result
   * names the method used.
   *
   * @param count the number of events, 0 or more
   * @param level the confidence level, below 100%
   * @return the count and its limits
   */
  public static Interval of(long count, ConfidenceLevel level) {
    return count < BYAR_FROM ? exactPoisson(count, level) : byar(count, level);
  }

  /**
   * The interval of a decimal count, exact below 10 and Byar's from 10.
   *
   * @param count the number of events, 0 or more, at most 40 significant digits
   * @param level the confidence level, below 100%
   * @return the count and its limits
   */
  public static Interval of(BigDecimal count, ConfidenceLevel level) {
    double x = Checks.count("count", count);
    return x < BYAR_FROM ? exact(x, level) : byar(x, level);
  }

  /**
   * Byar's interval: 65 at 95% is [50.163187710459454, 82.84913854593984]. The lower limit never
   * falls below 0.
   *
   * @param count the number of events, 0 or more
   * @param level the confidence level, below 100%
   * @return the count and its limits, method {@link IntervalMethod#BYAR}
   */
  public static Interval byar(long count, ConfidenceLevel level) {
    Checks.count("count", count);
    return byar((double) count, level);
  }

  /**
   * Byar's interval of a decimal count.
   *
   * @param count the number of events, 0 or more, at most 40 significant digits
   * @param level the confidence level, below 100%
   * @return the count and its limits, method {@link IntervalMethod#BYAR}
   */
  public static Interval byar(BigDecimal count, ConfidenceLevel level) {
    return byar(Checks.count("count", count), level);
  }

  /**
   * The exact Poisson interval from chi-squared quantiles: 1 at 95% is [0.025317807984289894,
   * 5.5716433909389]; 0 has a lower limit of exactly 0.
   *
   * @param count the number of events, 0 or more
   * @param level the confidence level, below 100%
   * @return the count and its limits, method {@link IntervalMethod#EXACT_POISSON}
   */
  public static Interval exactPoisson(long count, ConfidenceLevel level) {
    Checks.count("count", count);
    return exact((double) count, level);
  }

  /**
   * The exact Poisson interval of a decimal count (chi-squared quantiles at 2x and 2x + 2 degrees
   * of freedom).
   *
   * @param count the number of events, 0 or more, at most 40 significant digits
   * @param level the confidence level, below 100%
   * @return the count and its limits, method {@link IntervalMethod#EXACT_POISSON}
   */
  public static Interval exactPoisson(BigDecimal count, ConfidenceLevel level) {
    return exact(Checks.count("count", count), level);
  }

  /** Byar's interval of a count already checked to be 0 or more and finite. */
  static Interval byar(double x, ConfidenceLevel level) {
    Checks.boundedLevel(level, "a count");
    double z = level.z();
    double lower = x == 0 ? 0 : x * Math.pow(1 - 1 / (9 * x) - z / (3 * Math.sqrt(x)), 3);
    double upper = (x + 1) * Math.pow(1 - 1 / (9 * (x + 1)) + z / (3 * Math.sqrt(x + 1)), 3);
    return new Interval(x, Math.max(0, lower), upper, level, IntervalMethod.BYAR);
  }

  private static Interval exact(double x, ConfidenceLevel level) {
    Checks.boundedLevel(level, "a count");
    return new Interval(x, exactLower(x, level), exactUpper(x, level), level, IntervalMethod.EXACT_POISSON);
  }

  static double exactLower(double count, ConfidenceLevel level) {
    return SmallCounts.known(count, level) ? SmallCounts.lower(count, level) : lowerOf(count, level);
  }

  static double exactUpper(double count, ConfidenceLevel level) {
    return SmallCounts.known(count, level) ? SmallCounts.upper(count, level) : upperOf(count, level);
  }

  private static double lowerOf(double count, ConfidenceLevel level) {
    return count == 0 ? 0 : chiSquaredQuantile(2 * count, level.alpha() / 2) / 2;
  }

  private static double upperOf(double count, ConfidenceLevel level) {
    return chiSquaredQuantile(2 * count + 2, level.value() + level.alpha() / 2) / 2;
  }

  /**
   * The exact limits of the whole counts below 10 at Fingertips' two levels, computed once, when
   * first needed, as {@link #lowerOf} and {@link #upperOf} compute them: each chi-squared
   * inversion costs microseconds, and small areas report such counts often.
   */
  private static final class SmallCounts {

    private static final double[] LOWER_95 = limits(true, ConfidenceLevel.NINETY_FIVE);
    private static final double[] UPPER_95 = limits(false, ConfidenceLevel.NINETY_FIVE);
    private static final double[] LOWER_998 = limits(true, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
    private static final double[] UPPER_998 = limits(false, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);

    private SmallCounts() {}

    private static double[] limits(boolean lower, ConfidenceLevel level) {
      double[] limits = new double[Math.toIntExact(BYAR_FROM)];
      for (int count = 0; count < limits.length; count++) {
        limits[count] = lower ? lowerOf(count, level) : upperOf(count, level);
      }
      return limits;
    }

    /** Whether the count is whole, 0 to 9, and the level one of Fingertips' two. */
    static boolean known(double count, ConfidenceLevel level) {
      return count >= 0
          && count < BYAR_FROM
          && count == Math.rint(count)
          && (level.value() == 0.95 || level.value() == 0.998);
    }

    /** The lower limit of a {@link #known} count. */
    static double lower(double count, ConfidenceLevel level) {
      return (level.value() == 0.95 ? LOWER_95 : LOWER_998)[(int) count];
    }

    /** The upper limit of a {@link #known} count. */
    static double upper(double count, ConfidenceLevel level) {
      return (level.value() == 0.95 ? UPPER_95 : UPPER_998)[(int) count];
    }
  }

  /**
   * The chi-squared quantile; above 10^7 degrees of freedom by Wilson and Hilferty's cube-root
   * normal approximation (relative error far below 10^-12 there), where the exact inversion does
   * not converge.
   */
  static double chiSquaredQuantile(double degrees, double p) {
    if (degrees <= LARGE_DEGREES) {
      return ChiSquaredDistribution.of(degrees).inverseCumulativeProbability(p);
    }
    double z = NormalQuantile.of(p);
    double c = 2 / (9 * degrees);
    return degrees * Math.pow(1 - c + z * Math.sqrt(c), 3);
  }
}
