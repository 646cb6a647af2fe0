package org.combatingdrugs.outcomes.calc;

import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * One point of a series: a value in a period.
 *
 * @param period the period
 * @param value the value in that period
 */
public record Observation(ReportingPeriod period, Quantity value) {

  /** Checks that both parts are present. */
  public Observation {
    checkNotNull(period, "period");
    checkNotNull(value, "value");
  }

  /**
   * An observation.
   *
   * @param period the period
   * @param value the value
   * @return the observation
   */
  public static Observation of(ReportingPeriod period, Quantity value) {
    return new Observation(period, value);
  }

  @Override
  public String toString() {
    return period + ": " + value;
  }
}
