package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigInteger;
import java.math.RoundingMode;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/**
 * The exact values between two exact ends, each end included or not: the values that print as
 * {@code -3.1%} are {@code (-3.15, -3.05]}; the true sum of parts printed as 6% and 30% lies in
 * {@code [35, 37)}.
 *
 * @param lower the lower end
 * @param includesLower whether the lower end itself is in the interval
 * @param upper the upper end, at least {@code lower}
 * @param includesUpper whether the upper end itself is in the interval
 */
public record ExactInterval(
    Exact lower, boolean includesLower, Exact upper, boolean includesUpper) {

  /** Checks the ends are in order, and that an interval of one value includes it. */
  public ExactInterval {
    checkNotNull(lower, "lower");
    checkNotNull(upper, "upper");
    checkArgument(
        lower.compareTo(upper) <= 0, "upper must be at least lower %s but was %s", lower, upper);
    checkArgument(
        lower.compareTo(upper) < 0 || (includesLower && includesUpper),
        "an interval from %s to itself must include both ends",
        lower);
  }

  /**
   * The values from {@code lower} to {@code upper}, both included.
   *
   * @param lower the lower end
   * @param upper the upper end, at least {@code lower}
   * @return the interval
   */
  public static ExactInterval closed(Exact lower, Exact upper) {
    return new ExactInterval(lower, true, upper, true);
  }

  /**
   * One value.
   *
   * @param value the value
   * @return the interval holding only it
   */
  public static ExactInterval point(Exact value) {
    return closed(value, value);
  }

  /**
   * The values that print as a figure when rounded to its step by its {@linkplain
   * PrintedFigure#rounding() rounding}, as {@link PrintedFigure#contains(Exact)} reads it: {@code
   * [6.85, 6.95)} for {@code 6.9%} rounded half up.
   *
   * @param figure the printed figure
   * @return the interval, in the figure's unit
   */
  public static ExactInterval printing(PrintedFigure figure) {
    checkNotNull(figure, "figure");
    return new ExactInterval(
        Exact.of(figure.lower()),
        figure.includesLower(),
        Exact.of(figure.upper()),
        figure.includesUpper());
  }

  /**
   * The values that print as a figure when rounded to its step with a given mode, whatever the
   * figure's own rounding: for {@code 7.4%},
   * {@code [7.4, 7.5)} when truncating ({@code DOWN}), {@code [7.35, 7.45]} half-even.
   *
   * @param figure the printed figure
   * @param mode the rounding, never {@code UNNECESSARY}
   * @return the interval, in the figure's unit
   */
  public static ExactInterval printing(PrintedFigure figure, RoundingMode mode) {
    checkNotNull(figure, "figure");
    checkNotNull(mode, "mode");
    checkArgument(
        mode != RoundingMode.UNNECESSARY, "mode must be a rounding mode but was %s", mode);
    return printing(figure.roundedBy(mode));
  }

  /**
   * Whether a value lies in the interval.
   *
   * @param value the value
   * @return whether it is between the ends, counting an end only when it is included
   */
  public boolean contains(Exact value) {
    checkNotNull(value, "value");
    int fromLower = value.compareTo(lower);
    int fromUpper = value.compareTo(upper);
    return (includesLower ? fromLower >= 0 : fromLower > 0)
        && (includesUpper ? fromUpper <= 0 : fromUpper < 0);
  }

  /**
   * Whether two intervals share a value.
   *
   * @param other another interval
   * @return whether some value lies in both
   */
  public boolean intersects(ExactInterval other) {
    checkNotNull(other, "other");
    return below(lower, includesLower, other.upper, other.includesUpper)
        && below(other.lower, other.includesLower, upper, includesUpper);
  }

  /**
   * The interval of sums: every value of this plus every value of {@code other}.
   *
   * @param other another interval
   * @return the sums; an end is included when both ends it adds are
   */
  public ExactInterval plus(ExactInterval other) {
    checkNotNull(other, "other");
    return new ExactInterval(
        lower.add(other.lower),
        includesLower && other.includesLower,
        upper.add(other.upper),
        includesUpper && other.includesUpper);
  }

  /**
   * This interval moved by an exact amount.
   *
   * @param shift the amount added to both ends
   * @return the moved interval
   */
  public ExactInterval plus(Exact shift) {
    checkNotNull(shift, "shift");
    return new ExactInterval(lower.add(shift), includesLower, upper.add(shift), includesUpper);
  }

  /** The values of this interval negated: {@code (-3.15, -3.05]} becomes {@code [3.05, 3.15)}. */
  public ExactInterval negate() {
    return new ExactInterval(upper.negate(), includesUpper, lower.negate(), includesLower);
  }

  /**
   * This interval scaled by an exact factor.
   *
   * @param factor the factor; a negative one reverses the ends, zero gives the point 0
   * @return the scaled interval
   */
  public ExactInterval times(Exact factor) {
    checkNotNull(factor, "factor");
    if (factor.signum() == 0) {
      return point(Exact.ZERO);
    }
    ExactInterval scaled =
        new ExactInterval(
            lower.multiply(factor.abs()),
            includesLower,
            upper.multiply(factor.abs()),
            includesUpper);
    return factor.signum() > 0 ? scaled : scaled.negate();
  }

  /** The whole numbers in the interval, as a range: {@code 5} for {@code [4.5, 5.5)}. */
  public WholeRange wholes() {
    BigInteger low =
        includesLower ? Wholes.ceiling(lower) : Wholes.floor(lower).add(BigInteger.ONE);
    BigInteger high =
        includesUpper ? Wholes.floor(upper) : Wholes.ceiling(upper).subtract(BigInteger.ONE);
    return WholeRange.between(low, high);
  }

  /**
   * The whole numbers {@code n >= 1} for which {@code numerator / n} lies in this interval, worked
   * out from the ends (not by trying each {@code n}).
   *
   * @param numerator 0 or more
   * @return the range; every {@code n >= 1} when the numerator is 0 and 0 is in the interval
   */
  WholeRange wholesDividing(Exact numerator) {
    if (numerator.signum() == 0) {
      return contains(Exact.ZERO) ? WholeRange.atLeast(1) : WholeRange.empty();
    }
    if (upper.signum() <= 0) {
      return WholeRange.empty();
    }
    Exact least = numerator.divide(upper);
    BigInteger low =
        includesUpper ? Wholes.ceiling(least) : Wholes.floor(least).add(BigInteger.ONE);
    low = low.max(BigInteger.ONE);
    if (lower.signum() <= 0) {
      return WholeRange.atLeast(low);
    }
    Exact most = numerator.divide(lower);
    BigInteger high =
        includesLower ? Wholes.floor(most) : Wholes.ceiling(most).subtract(BigInteger.ONE);
    return WholeRange.between(low, high);
  }

  /** Whether the interval holds one value only. */
  boolean isPoint() {
    return lower.equals(upper);
  }

  /** The part of this interval at or above zero; this must reach above zero. */
  ExactInterval atLeastZero() {
    if (lower.signum() >= 0) {
      return this;
    }
    return new ExactInterval(Exact.ZERO, true, upper, includesUpper);
  }

  /**
   * Every value of this interval (at or above zero) divided by every value of a positive divisor.
   */
  ExactInterval dividedBy(ExactInterval divisor) {
    checkArgument(divisor.lower.signum() > 0, "divisor must be above zero but was %s", divisor);
    ExactInterval numerator = atLeastZero();
    Exact low = numerator.lower.divide(divisor.upper);
    boolean lowIncluded =
        numerator.includesLower && (numerator.lower.signum() == 0 || divisor.includesUpper);
    Exact high = numerator.upper.divide(divisor.lower);
    boolean highIncluded = numerator.includesUpper && divisor.includesLower;
    if (low.equals(high)) {
      return point(low);
    }
    return new ExactInterval(low, lowIncluded, high, highIncluded);
  }

  private static boolean below(Exact low, boolean lowIncluded, Exact high, boolean highIncluded) {
    int order = low.compareTo(high);
    return order < 0 || (order == 0 && lowIncluded && highIncluded);
  }

  /**
   * The interval in the usual notation: {@code [35, 37)}, {@code (-3.15, -3.05]}, {@code [5, 5]}.
   */
  @Override
  public String toString() {
    return (includesLower ? "[" : "(")
        + lower.toExactString()
        + ", "
        + upper.toExactString()
        + (includesUpper ? "]" : ")");
  }
}
