package org.combatingdrugs.outcomes.spc;

import org.combatingdrugs.outcomes.judgement.Direction;

/** The variation a point shows, as the Making Data Count icons show it. */
public enum Variation {
  /** Common-cause variation: no rule fired. */
  COMMON_CAUSE,
  /** Special cause in the improving direction. */
  SPECIAL_CAUSE_IMPROVING,
  /** Special cause in the concerning direction. */
  SPECIAL_CAUSE_CONCERNING,
  /** Special cause high, for a measure with no improvement direction. */
  SPECIAL_CAUSE_NEUTRAL_HIGH,
  /** Special cause low, for a measure with no improvement direction. */
  SPECIAL_CAUSE_NEUTRAL_LOW;

  /** Whether this is a neutral special cause (high or low). */
  public boolean isNeutral() {
    return this == SPECIAL_CAUSE_NEUTRAL_HIGH || this == SPECIAL_CAUSE_NEUTRAL_LOW;
  }

  /** The variation of a special cause fired upwards or downwards, given the improvement direction. */
  static Variation of(Direction side, ImprovementDirection direction) {
    boolean high = side == Direction.UP;
    switch (direction) {
      case INCREASE:
        return high ? SPECIAL_CAUSE_IMPROVING : SPECIAL_CAUSE_CONCERNING;
      case DECREASE:
        return high ? SPECIAL_CAUSE_CONCERNING : SPECIAL_CAUSE_IMPROVING;
      default:
        return high ? SPECIAL_CAUSE_NEUTRAL_HIGH : SPECIAL_CAUSE_NEUTRAL_LOW;
    }
  }
}
