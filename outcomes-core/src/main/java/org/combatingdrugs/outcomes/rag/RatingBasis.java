package org.combatingdrugs.outcomes.rag;

/** What a rating was judged on. */
public enum RatingBasis {
  /** A value actually recorded (or a change between recorded values). */
  ACTUAL,
  /** A value projected to the end of a period, not yet recorded. */
  PROJECTED
}
