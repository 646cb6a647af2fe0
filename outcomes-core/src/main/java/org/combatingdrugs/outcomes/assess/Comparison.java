package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.measure.Quantity;

/**
 * What the latest value is compared with, and the change from it: the same period last year, or
 * the baseline the target names when last year is not held.
 *
 * @param basis which value was taken
 * @param period the period of the value compared with
 * @param value that value
 * @param change the change from it to the latest value (relative, absolute, points for percentages)
 */
public record Comparison(Basis basis, ReportingPeriod period, Quantity value, Change change) {

  /** Which value the latest is compared with. */
  public enum Basis {
    /** The same period one year earlier. */
    SAME_PERIOD_LAST_YEAR,
    /** The baseline set for the metric in the area. */
    BASELINE
  }

  /** Checks that every part is present. */
  public Comparison {
    checkNotNull(basis, "basis");
    checkNotNull(period, "period");
    checkNotNull(value, "value");
    checkNotNull(change, "change");
  }

  /** The comparison as a report writes it: {@code on 2022/23: 80 → 152: +90.0% (+72)}. */
  @Override
  public String toString() {
    return "on " + period + (basis == Basis.BASELINE ? " (baseline)" : "") + ": " + change;
  }
}
