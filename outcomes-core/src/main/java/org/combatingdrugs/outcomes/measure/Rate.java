package org.combatingdrugs.outcomes.measure;

import static com.google.common.base.Preconditions.checkArgument;

import org.combatingdrugs.outcomes.exact.Exact;

/**
 * Events per population times a multiplier: 55 deaths among 389,000 people is 14.1 per 100,000.
 * Kept as its events and population so that rates pool exactly.
 *
 * @param events the number of events, 0 or more
 * @param population the population at risk, positive
 * @param multiplier the population the rate is expressed per (1,000, 100,000), positive
 */
public record Rate(long events, long population, long multiplier) implements Value {

  /** Checks events ≥ 0, population &gt; 0 and multiplier &gt; 0. */
  public Rate {
    checkArgument(events >= 0, "events must be 0 or more but was %s", events);
    checkArgument(population > 0, "population must be positive but was %s", population);
    checkArgument(multiplier > 0, "multiplier must be positive but was %s", multiplier);
  }

  /**
   * A rate.
   *
   * @param events the number of events, 0 or more
   * @param population the population at risk, positive
   * @param multiplier the population the rate is expressed per, positive
   * @return the value
   */
  public static Rate of(long events, long population, long multiplier) {
    return new Rate(events, population, multiplier);
  }

  @Override
  public MeasureType type() {
    return MeasureType.RATE;
  }

  @Override
  public Quantity quantity() {
    return Quantity.of(
        Exact.of(events, population).multiply(multiplier), Unit.ratePer(multiplier));
  }

  @Override
  public String toString() {
    return events + " per " + population + " x " + multiplier;
  }
}
