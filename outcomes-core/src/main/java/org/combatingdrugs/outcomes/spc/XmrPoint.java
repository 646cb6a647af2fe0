package org.combatingdrugs.outcomes.spc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.combatingdrugs.outcomes.exact.Digits;

/**
 * One point of an XmR chart with what the chart shows of it.
 *
 * @param index its position in the series, from 0
 * @param value its value
 * @param group the group (between rebases) it belongs to, from 0
 * @param side which side of its group's mean it lies on
 * @param outsideLimits whether it lies strictly outside the process limits (false when the limits
 *     cannot be computed)
 * @param closeToLimits whether it lies beyond a two-sigma line but not outside the process limits
 *     (false when the limits cannot be computed)
 * @param specialCause the rule that fired for it, by precedence, and the side it fired on; empty
 *     for common cause
 * @param variation the variation it shows
 */
public record XmrPoint(
    int index,
    double value,
    int group,
    Side side,
    boolean outsideLimits,
    boolean closeToLimits,
    Optional<SpecialCause> specialCause,
    Variation variation) {

  /** Checks the parts. */
  public XmrPoint {
    checkNotNull(side, "side");
    checkNotNull(specialCause, "specialCause");
    checkNotNull(variation, "variation");
    checkArgument(index >= 0 && group >= 0, "index and group must be 0 or more but were %s and %s", index, group);
    checkArgument(
        !(outsideLimits && closeToLimits), "a point outside the limits is not close to them (point %s)", index);
    boolean consistent = specialCause.isPresent() == (variation != Variation.COMMON_CAUSE);
    checkArgument(
        consistent,
        "variation must be common cause exactly when no rule fired, but was %s with %s",
        variation,
        consistent ? "" : specialCause.map(SpecialCause::rule).map(Enum::name).orElse("no rule"));
  }

  /** The rule that fired for this point; empty for common cause. */
  public Optional<SpecialCauseRule> rule() {
    return specialCause.map(SpecialCause::rule);
  }

  /** Whether a special-cause rule fired for this point. */
  public boolean isSpecialCause() {
    return specialCause.isPresent();
  }

  /**
   * The point and what the chart shows of it: {@code point 11: 30.00 above the mean, outside the
   * limits; special cause, concerning (above the upper limit)}, {@code point 3: 9.00 below the
   * mean; common cause}. The value is rounded half-up to three decimal places below 1 in
   * magnitude, two below 100, one above; the exact double is {@link #value()}.
   */
  @Override
  public String toString() {
    String position =
        switch (side) {
          case ABOVE -> " above the mean";
          case BELOW -> " below the mean";
          case ON_MEAN -> " on the mean";
        };
    String limits = outsideLimits ? ", outside the limits" : closeToLimits ? ", near the limits" : "";
    String shown =
        switch (variation) {
          case COMMON_CAUSE -> "common cause";
          case SPECIAL_CAUSE_IMPROVING -> "special cause, improving";
          case SPECIAL_CAUSE_CONCERNING -> "special cause, concerning";
          case SPECIAL_CAUSE_NEUTRAL_HIGH -> "special cause, high";
          case SPECIAL_CAUSE_NEUTRAL_LOW -> "special cause, low";
        };
    String cause = specialCause.map(c -> " (" + c + ")").orElse("");
    return "point " + index + ": " + Digits.rounded(value) + position + limits + "; " + shown + cause;
  }
}
