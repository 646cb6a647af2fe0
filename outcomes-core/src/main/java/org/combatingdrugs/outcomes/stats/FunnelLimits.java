package org.combatingdrugs.outcomes.stats;

import org.combatingdrugs.outcomes.exact.Digits;
import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Control limits around a benchmark at one denominator: the range an area of that size would fall
 * in by chance alone if its true value were the benchmark's.
 *
 * @param benchmark the benchmark value, in the value's scale
 * @param lower the lower control limit
 * @param upper the upper control limit
 * @param expected the count expected at the benchmark in an area of this size: benchmark ×
 *     denominator for a proportion, benchmark × population ÷ multiplier for a rate
 * @param level the confidence level of the limits
 * @param convention whose constants computed the limits
 */
public record FunnelLimits(
    double benchmark, double lower, double upper, double expected, ConfidenceLevel level, Convention convention) {

  /**
   * Checks that the limits are finite and ordered. Under Fingertips' convention a lower limit may
   * lie above a small benchmark (an expected count below 1 has its lower limit at the whole count
   * 1), so only lower ≤ upper is required.
   */
  public FunnelLimits {
    checkNotNull(level, "level");
    checkNotNull(convention, "convention");
    checkArgument(
        Double.isFinite(benchmark) && Double.isFinite(lower) && Double.isFinite(upper) && lower <= upper,
        "limits must be finite and ordered but were %s [%s, %s]",
        benchmark,
        lower,
        upper);
    checkArgument(
        expected >= 0 && Double.isFinite(expected), "expected must be finite and 0 or more but was %s", expected);
  }

  /**
   * Whether a value lies strictly outside the limits: on a limit is within.
   *
   * @param value the area's value
   * @return {@code true} when value &lt; lower or value &gt; upper
   */
  public boolean isOutside(double value) {
    return value < lower || value > upper;
  }

  /**
   * The limits around their benchmark, as {@link Interval} prints: {@code 0.500 [0.451, 0.549]
   * (funnel, 95%, Fingertips; expected 200.0)}. The benchmark and limits share their places, the
   * expected count has its own: three decimal places below 1, two below 100, one above, rounded
   * half-up. The exact doubles are the components.
   */
  @Override
  public String toString() {
    int decimals = Digits.decimalsFor(benchmark, lower, upper);
    return Digits.rounded(benchmark, decimals)
        + " ["
        + Digits.rounded(lower, decimals)
        + ", "
        + Digits.rounded(upper, decimals)
        + "] (funnel, "
        + level
        + ", "
        + (convention == Convention.FINGERTIPS ? "Fingertips" : "exact")
        + "; expected "
        + Digits.rounded(expected)
        + ")";
  }
}
