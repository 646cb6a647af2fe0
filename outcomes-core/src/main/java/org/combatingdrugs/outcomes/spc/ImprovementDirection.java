package org.combatingdrugs.outcomes.spc;

import org.combatingdrugs.outcomes.framework.Polarity;

/** Which direction of a charted measure is an improvement. */
public enum ImprovementDirection {
  /** Higher is better. */
  INCREASE,
  /** Lower is better. */
  DECREASE,
  /** Neither: special causes are neutral high or low. */
  NEUTRAL;

  /**
   * The direction matching a metric's polarity.
   *
   * @param polarity the polarity
   * @return INCREASE, DECREASE or NEUTRAL
   */
  public static ImprovementDirection of(Polarity polarity) {
    switch (polarity) {
      case HIGHER_IS_BETTER:
        return INCREASE;
      case LOWER_IS_BETTER:
        return DECREASE;
      default:
        return NEUTRAL;
    }
  }

  /** The opposite direction; NEUTRAL stays NEUTRAL. */
  public ImprovementDirection reversed() {
    return this == INCREASE ? DECREASE : this == DECREASE ? INCREASE : NEUTRAL;
  }
}
