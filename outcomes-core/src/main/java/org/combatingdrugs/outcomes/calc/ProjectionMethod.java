package org.combatingdrugs.outcomes.calc;

/** How a full-period value was projected from part-period data. */
public enum ProjectionMethod {
  /**
   * The value so far divided by the share of the period elapsed, on a stated basis: a quarter × 4,
   * a half-year × 2, seven months × 12/7.
   */
  RUN_RATE,
  /**
   * The value so far divided by the share of last year's total that the same part of last year
   * held, so that a seasonal pattern is carried over.
   */
  PRIOR_YEAR_PROFILE,
  /** An ordinary least-squares line through a series of consecutive periods, extended. */
  LINEAR_TREND
}
