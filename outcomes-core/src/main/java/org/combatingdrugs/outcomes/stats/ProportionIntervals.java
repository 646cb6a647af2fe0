package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/** Confidence intervals for proportions. */
public final class ProportionIntervals {

  private ProportionIntervals() {}

  /**
   * The Wilson score interval of {@code x} out of {@code n}, as PHEindicatormethods computes it: 65
   * of 100 at 95% is 0.65 [0.5525444329688797, 0.7363575175690247]. With no events the lower
   * limit is exactly 0, with all events the upper limit is exactly 1; at the 100% level the
   * interval is the whole range, 0 to 1.
   *
   * @param x the number with the characteristic, 0 to n
   * @param n the denominator, positive
   * @param level the confidence level
   * @return the proportion (a fraction of 1) and its limits, method {@link IntervalMethod#WILSON}
   * @throws IllegalArgumentException when n ≤ 0, x &lt; 0 or x &gt; n
   */
  public static Interval wilson(long x, long n, ConfidenceLevel level) {
    checkNotNull(level, "level");
    checkCounts(x, n);
    return interval((double) x, (double) n, x == n, level);
  }

  /**
   * The Wilson score interval of a decimal count out of a decimal denominator (weighted or
   * modelled counts, as PHEindicatormethods allows): 2.5 of 10 at 95% is 0.25 [0.0809478,
   * 0.5578186] to seven figures.
   *
   * @param x the number with the characteristic, 0 to n, at most 40 significant digits
   * @param n the denominator, positive (at least {@link Double#MIN_VALUE}), at most 40
   *     significant digits
   * @param level the confidence level
   * @return the proportion and its limits, method {@link IntervalMethod#WILSON}
   */
  public static Interval wilson(BigDecimal x, BigDecimal n, ConfidenceLevel level) {
    checkNotNull(level, "level");
    double dn = Checks.count("n", n);
    double dx = Checks.count("x", x);
    checkArgument(n.signum() > 0, "n must be positive but was %s", Checks.shown(n));
    checkArgument(
        dn > 0, "n must be at least %s, the least positive double, but was %s", Double.MIN_VALUE, Checks.shown(n));
    checkArgument(
        x.compareTo(n) <= 0, "x must be within 0..n (%s) but was %s", Checks.shown(n), Checks.shown(x));
    return interval(dx, dn, x.compareTo(n) == 0, level);
  }

  /**
   * The Wilson score interval scaled by a multiplier (100 for a percentage).
   *
   * @param x the number with the characteristic, 0 to n
   * @param n the denominator, positive
   * @param level the confidence level
   * @param multiplier a positive factor
   * @return the scaled proportion and limits
   */
  public static Interval wilson(long x, long n, ConfidenceLevel level, double multiplier) {
    checkNotNull(level, "level");
    Checks.positiveMultiplier(multiplier);
    checkCounts(x, n);
    return interval((double) x, (double) n, x == n, level, multiplier);
  }

  private static void checkCounts(long x, long n) {
    checkArgument(n > 0, "n must be positive but was %s", n);
    checkArgument(x >= 0 && x <= n, "x must be within 0..n (%s) but was %s", n, x);
  }

  private static Interval interval(double x, double n, boolean all, ConfidenceLevel level) {
    return interval(x, n, all, level, 1);
  }

  /**
   * The interval scaled by a positive, finite multiplier, built once: its numbers lie within 0..1,
   * so scaled they stay finite and ordered; × 1 leaves every double as it is.
   */
  private static Interval interval(
      double x, double n, boolean all, ConfidenceLevel level, double multiplier) {
    double estimate = all ? 1 : x / n;
    if (level.isWholeRange()) {
      return new Interval(estimate * multiplier, 0, multiplier, level, IntervalMethod.WILSON);
    }
    double[] limits = wilsonLimits(x, n, level.z());
    return new Interval(
        estimate * multiplier,
        Math.min(limits[0], estimate) * multiplier,
        Math.max(limits[1], estimate) * multiplier,
        level,
        IntervalMethod.WILSON);
  }

  /** Wilson's limits for x of n (x may be fractional, as for an expected count), as fractions. */
  static double[] wilsonLimits(double x, double n, double z) {
    double z2 = z * z;
    double root = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
    double lower = x == 0 ? 0 : (2 * x + z2 - root) / 2 / (n + z2);
    double upper = x == n ? 1 : (2 * x + z2 + root) / 2 / (n + z2);
    return new double[] {Math.max(0, lower), Math.min(1, upper)};
  }
}
