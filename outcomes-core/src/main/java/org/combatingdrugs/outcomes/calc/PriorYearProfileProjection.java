package org.combatingdrugs.outcomes.calc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * A projection by last year's seasonal profile: this year's value so far divided by the share of
 * last year's total that the same part of last year held. If April–June held 30% of last year's
 * arrests, 45 arrests in April–June this year project to 150.
 *
 * @param observedValue this year's value so far; counts or pounds
 * @param observed the part of this year observed, enclosed by {@code period}
 * @param period this year, the period projected to
 * @param lastYearSamePart last year's value in the same part of the year, more than zero
 * @param lastYearTotal last year's total, at least {@code lastYearSamePart}
 */
public record PriorYearProfileProjection(
    Quantity observedValue,
    ReportingPeriod observed,
    ReportingPeriod period,
    Quantity lastYearSamePart,
    Quantity lastYearTotal)
    implements Projection {

  /** Checks units, enclosure and that last year's share is a positive fraction. */
  public PriorYearProfileProjection {
    validate(observedValue, observed, period, lastYearSamePart, lastYearTotal);
    checkArgument(
        lastYearSamePart.signum() > 0,
        "lastYearSamePart must be positive but was %s",
        lastYearSamePart);
  }

  /** Every check but the positivity of last year's part, which the factory reports as data. */
  static void validate(
      Quantity observedValue,
      ReportingPeriod observed,
      ReportingPeriod period,
      Quantity lastYearSamePart,
      Quantity lastYearTotal) {
    checkNotNull(observedValue, "observedValue");
    checkNotNull(observed, "observed");
    checkNotNull(period, "period");
    checkNotNull(lastYearSamePart, "lastYearSamePart");
    checkNotNull(lastYearTotal, "lastYearTotal");
    checkArgument(
        observedValue.unit().isAdditive(),
        "observedValue must be a count or money to project by profile but was %s",
        observedValue);
    checkArgument(
        observedValue.signum() >= 0, "observedValue must be 0 or more but was %s", observedValue);
    checkArgument(
        period.encloses(observed), "observed must lie within %s but was %s", period, observed);
    checkArgument(
        lastYearSamePart.unit().equals(observedValue.unit()),
        "lastYearSamePart must be in %s but was %s",
        observedValue.unit(),
        lastYearSamePart);
    checkArgument(
        lastYearTotal.unit().equals(observedValue.unit()),
        "lastYearTotal must be in %s but was %s",
        observedValue.unit(),
        lastYearTotal);
    checkArgument(
        lastYearSamePart.signum() >= 0,
        "lastYearSamePart must be 0 or more but was %s",
        lastYearSamePart);
    checkArgument(
        lastYearTotal.compareTo(lastYearSamePart) >= 0,
        "lastYearTotal must be at least lastYearSamePart %s but was %s",
        lastYearSamePart,
        lastYearTotal);
  }

  /** The share of last year's total held by the same part of the year. */
  public Exact share() {
    return lastYearSamePart.amount().divide(lastYearTotal.amount());
  }

  @Override
  public Quantity value() {
    return observedValue.divide(share());
  }

  @Override
  public ProjectionMethod method() {
    return ProjectionMethod.PRIOR_YEAR_PROFILE;
  }

  /**
   * The projection as a report states it: {@code 150 for 2023/24 by last year's profile from 45 in
   * 2023/24 Q1 (last year 30 of 100 by then)}. Values print as {@link Quantity#toString()} rounds
   * them (half-up); the exact projection is {@link #value()}.
   */
  @Override
  public String toString() {
    return value()
        + " for "
        + period.label()
        + " by last year's profile from "
        + observedValue
        + " in "
        + observed.label()
        + " (last year "
        + lastYearSamePart
        + " of "
        + lastYearTotal
        + " by then)";
  }
}
