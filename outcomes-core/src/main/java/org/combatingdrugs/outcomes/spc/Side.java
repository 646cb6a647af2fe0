package org.combatingdrugs.outcomes.spc;

/** Which side of its group's mean a point lies on. */
public enum Side {
  /** Strictly above the mean. */
  ABOVE,
  /** Strictly below the mean. */
  BELOW,
  /** Exactly on the mean: it breaks a run on one side. */
  ON_MEAN;

  static Side of(double value, double mean) {
    return value > mean ? ABOVE : value < mean ? BELOW : ON_MEAN;
  }
}
