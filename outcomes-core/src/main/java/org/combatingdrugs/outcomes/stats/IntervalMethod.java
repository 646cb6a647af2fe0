package org.combatingdrugs.outcomes.stats;

/** How a confidence interval was computed. */
public enum IntervalMethod {
  /** Wilson score interval for a proportion. */
  WILSON,
  /** Exact Poisson interval from chi-squared quantiles, for counts below 10. */
  EXACT_POISSON,
  /** Byar's approximation to the Poisson interval, for counts of 10 and more. */
  BYAR,
  /** Dobson's method for a directly standardised rate. */
  DOBSON,
  /** Student's t interval for a mean. */
  STUDENT_T,
  /** Newcombe's hybrid score interval for a difference of two proportions (method 10). */
  NEWCOMBE_HYBRID_SCORE,
  /** Clopper–Pearson interval of the conditional binomial, for a ratio of two Poisson counts. */
  CONDITIONAL_BINOMIAL
}
