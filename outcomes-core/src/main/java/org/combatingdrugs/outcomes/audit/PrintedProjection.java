package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.RoundingMode;
import org.combatingdrugs.outcomes.calc.Projections;
import org.combatingdrugs.outcomes.calc.RunRateProjection;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * A run-rate projection as a report printed it: "1st quarter: £23,756; projected: £94,304".
 *
 * @param label what the projection is of, as the report names it
 * @param printed the projection as printed, in the observed value's unit
 * @param observedValue the value so far as printed: a count or pounds, 0 or more
 * @param observed the part of the period observed, within {@code period}
 * @param period the full period projected to
 * @param basis how the observed share of the period is measured
 */
public record PrintedProjection(
    String label,
    PrintedFigure printed,
    PrintedFigure observedValue,
    ReportingPeriod observed,
    ReportingPeriod period,
    ElapsedBasis basis)
    implements ReportItem {

  /** Checks the projection can be made, as {@link Projections#runRate} checks it, in one unit. */
  public PrintedProjection {
    checkNotNull(label, "label");
    checkNotNull(printed, "printed");
    checkNotNull(observedValue, "observedValue");
    checkNotNull(observed, "observed");
    checkNotNull(period, "period");
    checkNotNull(basis, "basis");
    ItemChecks.check("label", label);
    ItemChecks.checkSameUnit("printed", printed, "observedValue", observedValue);
    RunRateProjection unused =
        Projections.runRate(observedValue.quantity(), observed, period, basis);
  }

  /**
   * A projection from the text of its figures.
   *
   * @param label what the projection is of
   * @param printed the projection as printed: {@code "£94,304"}
   * @param observedValue the value so far as printed: {@code "£23,756"}
   * @param observed the part of the period observed
   * @param period the full period
   * @param basis how the share is measured
   * @return the item
   */
  public static PrintedProjection of(
      String label,
      CharSequence printed,
      CharSequence observedValue,
      ReportingPeriod observed,
      ReportingPeriod period,
      ElapsedBasis basis) {
    return new PrintedProjection(
        label,
        PrintedChange.parse("printed", printed),
        PrintedChange.parse("observedValue", observedValue),
        observed,
        period,
        basis);
  }

  /** The projection the printed inputs give: the value so far divided by the share observed. */
  public RunRateProjection projection() {
    return Projections.runRate(observedValue.quantity(), observed, period, basis);
  }

  /**
   * This item with every figure read as printed by another rounding ({@link
   * PrintedFigure#roundedBy}).
   *
   * @param rounding how the report rounded; never {@code UNNECESSARY}
   * @return the item
   */
  @Override
  public PrintedProjection roundedBy(RoundingMode rounding) {
    return new PrintedProjection(
        label,
        printed.roundedBy(rounding),
        observedValue.roundedBy(rounding),
        observed,
        period,
        basis);
  }
}
