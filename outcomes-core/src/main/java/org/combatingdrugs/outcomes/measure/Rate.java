package org.combatingdrugs.outcomes.measure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

import org.combatingdrugs.outcomes.exact.Exact;

/**
 * Events per population times a multiplier: 55 deaths among 389,000 people is 14.1 per 100,000.
 * Kept as its events and population so that rates pool exactly. The multiplier lives in the unit
 * ({@link Unit#ratePer}), the one place a rate's multiplier is held.
 *
 * @param events the number of events, 0 or more
 * @param population the population at risk, positive
 * @param unit the rate unit, such as {@code Unit.ratePer(100_000)}
 */
public record Rate(long events, long population, Unit unit) implements Value {

  /** Checks events ≥ 0, population &gt; 0 and a rate unit. */
  public Rate {
    checkNotNull(unit, "unit");
    checkArgument(events >= 0, "events must be 0 or more but was %s", events);
    checkArgument(population > 0, "population must be positive but was %s", population);
    checkArgument(unit.isRate(), "unit must be a rate per a multiplier but was %s", unit);
  }

  /**
   * A rate.
   *
   * @param events the number of events, 0 or more
   * @param population the population at risk, positive
   * @param multiplier the population the rate is expressed per (1,000, 100,000), positive
   * @return the value
   */
  public static Rate of(long events, long population, long multiplier) {
    return new Rate(events, population, Unit.ratePer(multiplier));
  }

  /** The population the rate is expressed per (1,000, 100,000), from its unit. */
  public long multiplier() {
    return unit.multiplier();
  }

  @Override
  public Quantity quantity() {
    return Quantity.of(Exact.of(events, population).multiply(unit.multiplier()), unit);
  }

  /** The rate as a person reads it, with its counts: {@code 7.8 per 1,000 (4,089 in 524,231)}. */
  @Override
  public String toString() {
    return quantity() + " (" + Unit.grouped(BigDecimal.valueOf(events)) + " in " + Unit.grouped(BigDecimal.valueOf(population)) + ")";
  }

}
