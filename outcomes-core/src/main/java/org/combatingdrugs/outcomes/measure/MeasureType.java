package org.combatingdrugs.outcomes.measure;

/** What kind of value a metric takes. */
public enum MeasureType {
  /** A count of people, events or things ({@link Count}). */
  COUNT,
  /**
   * A share of a population, kept as numerator and denominator ({@link Proportion}) or, when only
   * the percentage was published, as that percentage ({@link PublishedPercentage}).
   */
  PROPORTION,
  /** Events per population times a multiplier ({@link Rate}). */
  RATE,
  /** An amount of money in pounds ({@link Money}). */
  MONEY
}
