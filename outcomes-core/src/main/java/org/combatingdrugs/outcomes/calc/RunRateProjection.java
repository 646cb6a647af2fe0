package org.combatingdrugs.outcomes.calc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * A run-rate projection: the observed value divided by the observed period's share of the full
 * period on the stated basis. Dorset's 38 county lines arrests in 2023/24 Q1 project to 38 ÷ 1/4 =
 * 152 by quarters; by days the same quarter is 91/366 of that year and projects to 152.84….
 *
 * @param observedValue the value observed in {@code observed}; counts or pounds only
 * @param observed the part of the period observed, enclosed by {@code period}
 * @param period the full period projected to
 * @param basis how the share of the period is measured
 */
public record RunRateProjection(
    Quantity observedValue, ReportingPeriod observed, ReportingPeriod period, ElapsedBasis basis)
    implements Projection {

  /**
   * Checks that the unit is additive, the value not negative, and the observed period lies within
   * the full one and can be measured on the basis.
   */
  public RunRateProjection {
    checkNotNull(observedValue, "observedValue");
    checkNotNull(observed, "observed");
    checkNotNull(period, "period");
    checkNotNull(basis, "basis");
    checkArgument(
        observedValue.unit().isAdditive(),
        "observedValue must be a count or money to run-rate but was %s",
        observedValue);
    checkArgument(
        observedValue.signum() >= 0, "observedValue must be 0 or more but was %s", observedValue);
    checkArgument(
        period.encloses(observed),
        "observed must lie within %s but was %s",
        period,
        observed);
    checkArgument(
        observed.shareOf(period, basis).signum() > 0,
        "observed must be a part of %s with some length but was %s",
        period,
        observed);
  }

  /** The share of the full period that was observed, on the basis: {@code 1/4} for a quarter. */
  public Exact share() {
    return observed.shareOf(period, basis);
  }

  @Override
  public Quantity value() {
    return observedValue.divide(share());
  }

  @Override
  public ProjectionMethod method() {
    return ProjectionMethod.RUN_RATE;
  }

  /**
   * The projection as a report states it: {@code £95,024 for 2023/24 by run rate from £23,756 in
   * 2023/24 Q1 (×4 by quarters)}, {@code 152.8 for 2023/24 by run rate from 38 in 2023/24 Q1
   * (×366/91 by days)}. Values print as {@link Quantity#toString()} rounds them (half-up); the
   * multiplier is the exact reciprocal of {@link #share()}, and the exact projection is {@link
   * #value()}.
   */
  @Override
  public String toString() {
    Exact share = share();
    return observedValue.divide(share)
        + " for "
        + period.label()
        + " by run rate from "
        + observedValue
        + " in "
        + observed.label()
        + " (×"
        + share.reciprocal().toExactString()
        + " by "
        + basis.name().toLowerCase(Locale.ROOT)
        + ")";
  }
}
