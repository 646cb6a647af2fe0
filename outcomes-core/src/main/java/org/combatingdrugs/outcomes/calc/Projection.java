package org.combatingdrugs.outcomes.calc;

import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * A projected full-period value, with the method and data that produced it. Each kind states its
 * basis: the elapsed share for a run rate, last year's share for a profile, the fitted line for a
 * trend.
 */
public sealed interface Projection
    permits RunRateProjection, PriorYearProfileProjection, LinearTrendProjection {

  /** The projected value, exact, in the data's unit. */
  Quantity value();

  /** The method used. */
  ProjectionMethod method();

  /** The period projected to (the full year of a run rate, the target period of a trend). */
  ReportingPeriod period();

  /**
   * The change from an earlier value (last year's outturn) to this projection.
   *
   * @param earlier the earlier value, in the same unit, not negative
   * @return the projected change
   */
  default Change changeFrom(Quantity earlier) {
    return PercentageChange.between(earlier, value());
  }
}
