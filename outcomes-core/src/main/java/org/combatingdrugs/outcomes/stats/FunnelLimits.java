package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Control limits around a benchmark at one denominator: the range an area of that size would fall
 * in by chance alone if its true value were the benchmark's.
 *
 * @param benchmark the benchmark value, in the value's scale
 * @param lower the lower control limit
 * @param upper the upper control limit
 * @param level the confidence level of the limits
 */
public record FunnelLimits(double benchmark, double lower, double upper, ConfidenceLevel level) {

  /** Checks that the limits are finite and hold the benchmark. */
  public FunnelLimits {
    checkNotNull(level, "level");
    checkArgument(
        Double.isFinite(lower) && Double.isFinite(upper) && lower <= benchmark && benchmark <= upper,
        "limits must be finite and hold the benchmark but were %s [%s, %s]",
        benchmark,
        lower,
        upper);
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
}
