package org.combatingdrugs.outcomes.calc;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.result.Result;

/** Entry points for projecting a full-period value from part-period data. */
public final class Projections {

  private Projections() {}

  /**
   * A run-rate projection: the value so far divided by the share of the period observed.
   *
   * @param observedValue the value observed; counts or pounds
   * @param observed the part of the period observed
   * @param period the full period
   * @param basis how the share is measured (days, months or quarters)
   * @return the projection
   * @throws IllegalArgumentException when the unit is not additive, the observed period is not
   *     within the full one, or it is not whole months or quarters on that basis
   */
  public static RunRateProjection runRate(
      Quantity observedValue, ReportingPeriod observed, ReportingPeriod period, ElapsedBasis basis) {
    return new RunRateProjection(observedValue, observed, period, basis);
  }

  /**
   * A projection by last year's profile; not computed when the same part of last year held
   * nothing.
   *
   * @param observedValue this year's value so far
   * @param observed the part of this year observed
   * @param period this year
   * @param lastYearSamePart last year's value in the same part of the year, 0 or more
   * @param lastYearTotal last year's total
   * @return the projection, or why there is none
   */
  public static Result<PriorYearProfileProjection, ProjectionReason> priorYearProfile(
      Quantity observedValue,
      ReportingPeriod observed,
      ReportingPeriod period,
      Quantity lastYearSamePart,
      Quantity lastYearTotal) {
    PriorYearProfileProjection.validate(
        observedValue, observed, period, lastYearSamePart, lastYearTotal);
    if (lastYearSamePart.signum() == 0) {
      return Result.notComputed(ProjectionReason.ZERO_PRIOR_YEAR_SHARE);
    }
    return Result.computed(
        new PriorYearProfileProjection(
            observedValue, observed, period, lastYearSamePart, lastYearTotal));
  }

  /**
   * A projection along the least-squares line through a series; not computed with fewer
   * than two points.
   *
   * @param series observations of consecutive periods of one kind, in one unit
   * @param period the period projected to
   * @return the projection, or why there is none (fewer than two points, or a count or amount of
   *     money the line takes below zero)
   * @throws IllegalArgumentException naming {@code period} when it is not a period of the series'
   *     kind from its first period up to {@link LinearTrendProjection#MAX_STEPS_AHEAD} periods
   *     beyond its last (a quarter after an annual series, for one)
   */
  public static Result<LinearTrendProjection, ProjectionReason> linearTrend(
      List<Observation> series, ReportingPeriod period) {
    checkNotNull(series, "series");
    checkNotNull(period, "period");
    if (series.size() < 2) {
      return Result.notComputed(ProjectionReason.TOO_FEW_POINTS);
    }
    LinearTrendProjection projection = LinearTrendProjection.of(series, period);
    if (projection.value().unit().isAdditive() && projection.value().signum() < 0) {
      return Result.notComputed(ProjectionReason.BELOW_ZERO);
    }
    return Result.computed(projection);
  }
}
