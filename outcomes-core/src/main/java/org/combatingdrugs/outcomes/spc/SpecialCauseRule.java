package org.combatingdrugs.outcomes.spc;

/** The special-cause rules, in their order of precedence. */
public enum SpecialCauseRule {
  /** A point strictly outside the process limits. */
  OUTSIDE_LIMITS,
  /** A run of points each strictly above (or below) the one before: 7 points by default. */
  TREND,
  /**
   * Two or three of three consecutive points close to the limits (beyond the two-sigma line but
   * inside the process limits), all three points on the same side of the mean; only the close
   * points are flagged.
   */
  TWO_OF_THREE_NEAR_LIMITS,
  /** A run of points on one side of the mean: 7 by default; a point on the mean breaks it. */
  SHIFT
}
