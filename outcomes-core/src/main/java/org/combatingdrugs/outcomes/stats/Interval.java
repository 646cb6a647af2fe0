package org.combatingdrugs.outcomes.stats;

import java.math.RoundingMode;

import java.math.BigDecimal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A point estimate with its confidence interval, the level and the method used. The estimate lies
 * within the limits; all three are finite.
 *
 * @param estimate the point estimate
 * @param lower the lower limit
 * @param upper the upper limit
 * @param level the confidence level
 * @param method how the limits were computed
 */
public record Interval(
    double estimate, double lower, double upper, ConfidenceLevel level, IntervalMethod method) {

  /** Checks that the numbers are finite and ordered. */
  public Interval {
    checkNotNull(level, "level");
    checkNotNull(method, "method");
    checkArgument(
        Double.isFinite(estimate) && Double.isFinite(lower) && Double.isFinite(upper),
        "interval must be finite but was %s [%s, %s]",
        estimate,
        lower,
        upper);
    checkArgument(
        lower <= estimate && estimate <= upper,
        "interval must hold its estimate but was %s [%s, %s]",
        estimate,
        lower,
        upper);
  }

  /**
   * Whether a value lies within the limits, limits included.
   *
   * @param value any finite value
   * @return {@code true} when lower ≤ value ≤ upper
   */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }

  /**
   * Whether two intervals share a point (touching counts).
   *
   * @param other another interval
   * @return {@code true} when they overlap or touch
   */
  public boolean overlaps(Interval other) {
    checkNotNull(other, "other");
    return lower <= other.upper && other.lower <= upper;
  }

  /**
   * Whether this interval contains another.
   *
   * @param other another interval
   * @return {@code true} when other's limits lie within this one's
   */
  public boolean encloses(Interval other) {
    checkNotNull(other, "other");
    return lower <= other.lower && other.upper <= upper;
  }

  /** {@code upper − lower}. */
  public double width() {
    return upper - lower;
  }

  /**
   * This interval with every number multiplied by a positive factor (×100 for a percentage).
   *
   * @param factor a positive, finite factor
   * @return the scaled interval
   * @throws IllegalArgumentException naming the factor when it takes a limit beyond the range of a
   *     double
   */
  public Interval times(double factor) {
    checkArgument(
        factor > 0 && Double.isFinite(factor), "factor must be positive and finite but was %s", factor);
    checkArgument(
        Double.isFinite(upper * factor) && Double.isFinite(lower * factor),
        "factor %s takes the limits [%s, %s] beyond the largest number",
        factor,
        lower,
        upper);
    return new Interval(estimate * factor, lower * factor, upper * factor, level, method);
  }

  /**
   * The interval as a report writes it: {@code 0.650 [0.553, 0.736] (Wilson, 95%)}. Values below 1
   * in magnitude show three decimal places, below 100 two, larger ones one, rounded half-up; the
   * exact doubles are the components.
   */
  @Override
  public String toString() {
    double largest = Math.max(Math.abs(estimate), Math.max(Math.abs(lower), Math.abs(upper)));
    int decimals = largest < 1 ? 3 : largest < 100 ? 2 : 1;
    return rounded(estimate, decimals)
        + " ["
        + rounded(lower, decimals)
        + ", "
        + rounded(upper, decimals)
        + "] ("
        + method.label()
        + ", "
        + level
        + ")";
  }

  private static String rounded(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
