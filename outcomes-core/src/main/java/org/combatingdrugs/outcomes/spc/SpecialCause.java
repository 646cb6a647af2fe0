package org.combatingdrugs.outcomes.spc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.judgement.Direction;

/**
 * The special-cause rule that fired for a point, and the side it fired on, as NHSRplotthedots
 * names it ("Above UCL", "7 Point Trend (Increasing)", "2 in 3 Below CL", "7 Points Above CL").
 *
 * @param rule the rule, the first by precedence that fired
 * @param direction {@link Direction#UP} for a point above the mean or in a rising trend, {@link
 *     Direction#DOWN} for below the mean or a falling trend; never NO_CHANGE
 */
public record SpecialCause(SpecialCauseRule rule, Direction direction) {

  /** Checks the parts. */
  public SpecialCause {
    checkNotNull(rule, "rule");
    checkNotNull(direction, "direction");
    checkArgument(
        direction != Direction.NO_CHANGE, "direction of a special cause must be UP or DOWN but was %s", direction);
  }

  /**
   * The rule and its side in words, after NHSRplotthedots' names: {@code above the upper limit},
   * {@code a rising trend}, {@code two of three near the lower limit}, {@code a run above the mean}.
   */
  @Override
  public String toString() {
    boolean up = direction == Direction.UP;
    return switch (rule) {
      case OUTSIDE_LIMITS -> up ? "above the upper limit" : "below the lower limit";
      case TREND -> up ? "a rising trend" : "a falling trend";
      case TWO_OF_THREE_NEAR_LIMITS -> up ? "two of three near the upper limit" : "two of three near the lower limit";
      case SHIFT -> up ? "a run above the mean" : "a run below the mean";
    };
  }
}
