package org.combatingdrugs.outcomes.spc;

import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.judgement.Polarity;

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

  /** The variation of a special cause fired upwards or downwards, judged by the polarity. */
  static Variation of(Direction side, Polarity polarity) {
    return switch (polarity.judge(side)) {
      case IMPROVING -> SPECIAL_CAUSE_IMPROVING;
      case WORSENING -> SPECIAL_CAUSE_CONCERNING;
      case NOT_JUDGED, NO_CHANGE -> side == Direction.UP ? SPECIAL_CAUSE_NEUTRAL_HIGH : SPECIAL_CAUSE_NEUTRAL_LOW;
    };
  }
}
