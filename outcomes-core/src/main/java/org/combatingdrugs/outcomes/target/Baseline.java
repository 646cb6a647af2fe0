package org.combatingdrugs.outcomes.target;

import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * The value a metric had in a reporting period, used as the starting point of a target or a
 * trajectory ("from the 2019 baseline", "last year").
 *
 * @param period the period the value describes
 * @param value the value in the metric's units
 */
public record Baseline(ReportingPeriod period, Quantity value) {

  /** Checks that both parts are present. */
  public Baseline {
    checkNotNull(period, "period");
    checkNotNull(value, "value");
  }

  /**
   * A baseline.
   *
   * @param period the period the value describes
   * @param value the value in that period
   * @return the baseline
   */
  public static Baseline of(ReportingPeriod period, Quantity value) {
    return new Baseline(period, value);
  }

  /** The baseline in words: {@code 2,590 in 2022/23}; the value as {@link Quantity#toString()} rounds it. */
  @Override
  public String toString() {
    return value + " in " + period.label();
  }
}
