package org.combatingdrugs.outcomes.measure;

/**
 * What kind of value a metric takes, and so which {@link Unit} it is measured in: counts in {@link
 * Unit#COUNT}, proportions in {@link Unit#PERCENT}, rates per a multiplier ({@link Unit#ratePer}),
 * money in {@link Unit#POUNDS}. The one classification of values in the library.
 */
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
