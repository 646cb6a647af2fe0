package org.combatingdrugs.outcomes.measure;

/**
 * The value a metric takes in one area and period. Each kind keeps what was measured (a count, a
 * numerator and denominator, events and population, pounds, or only a published percentage) and
 * shows it as a {@link Quantity} for arithmetic.
 */
public sealed interface Value permits Count, Proportion, Rate, Money, PublishedPercentage {

  /** The unit the value is shown in: a rate's carries its multiplier. */
  Unit unit();

  /** The kind of value, from its unit. */
  default MeasureType type() {
    return unit().type();
  }

  /**
   * The value as an exact quantity: a count, pounds, a percentage (0–100) for proportions and
   * published percentages, or events per the rate's multiplier.
   */
  Quantity quantity();
}
