package org.combatingdrugs.outcomes.spc;

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

  /** The variation of a special cause on the high or low side, given the direction. */
  static Variation of(boolean high, ImprovementDirection direction) {
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
