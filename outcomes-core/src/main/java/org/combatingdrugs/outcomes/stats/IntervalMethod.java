package org.combatingdrugs.outcomes.stats;

/** How a confidence interval was computed. */
public enum IntervalMethod {
  /** Wilson score interval for a proportion. */
  WILSON("Wilson"),
  /** Exact Poisson interval from chi-squared quantiles, for counts below 10. */
  EXACT_POISSON("exact Poisson"),
  /** Byar's approximation to the Poisson interval, for counts of 10 and more. */
  BYAR("Byar"),
  /** Dobson's method for a directly standardised rate. */
  DOBSON("Dobson"),
  /**
   * Dobson's interval whose lower limit fell below zero and was set to zero: a rate is never
   * negative. PHEindicatormethods reports the negative limit as its formula gives it.
   */
  DOBSON_BOUNDED_AT_ZERO("Dobson, lower limit bounded at zero"),
  /** Student's t interval for a mean. */
  STUDENT_T("Student's t"),
  /** Newcombe's hybrid score interval for a difference of two proportions (method 10). */
  NEWCOMBE_HYBRID_SCORE("Newcombe hybrid score"),
  /** Clopper–Pearson interval of the conditional binomial, for a ratio of two Poisson counts. */
  CONDITIONAL_BINOMIAL("exact conditional binomial");

  private final String label;

  IntervalMethod(String label) {
    this.label = label;
  }

  /** The method's name as a report writes it: {@code Wilson}, {@code exact Poisson}. */
  public String label() {
    return label;
  }
}
