package org.combatingdrugs.outcomes.measure;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;

import org.combatingdrugs.outcomes.exact.Exact;

/**
 * A share of a population kept as its numerator and denominator: 181 of 400 prison leavers engaged
 * in treatment within three weeks. Shown as a percentage; differences are percentage points.
 *
 * @param numerator the number with the characteristic, 0 to {@code denominator}
 * @param denominator the population, positive
 */
public record Proportion(long numerator, long denominator) implements Value {

  /** Checks 0 ≤ numerator ≤ denominator and denominator &gt; 0. */
  public Proportion {
    checkArgument(denominator > 0, "denominator must be positive but was %s", denominator);
    checkArgument(
        numerator >= 0 && numerator <= denominator,
        "numerator must be within 0..denominator (%s) but was %s",
        denominator,
        numerator);
  }

  /**
   * A proportion.
   *
   * @param numerator the number with the characteristic, 0 to {@code denominator}
   * @param denominator the population, positive
   * @return the value
   */
  public static Proportion of(long numerator, long denominator) {
    return new Proportion(numerator, denominator);
  }

  /** The exact share, from 0 to 1. */
  public Exact fraction() {
    return Exact.of(numerator, denominator);
  }

  @Override
  public Unit unit() {
    return Unit.PERCENT;
  }

  @Override
  public Quantity quantity() {
    return Quantity.of(fraction().multiply(100), Unit.PERCENT);
  }

  /** The percentage as a person reads it, with its counts: {@code 45.2% (113 of 250)}. */
  @Override
  public String toString() {
    return quantity() + " (" + Unit.grouped(BigDecimal.valueOf(numerator)) + " of " + Unit.grouped(BigDecimal.valueOf(denominator)) + ")";
  }

}
