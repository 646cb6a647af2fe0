package org.combatingdrugs.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.calc.ProjectionReason;
import org.combatingdrugs.outcomes.calc.Observation;
import org.combatingdrugs.outcomes.calc.ProjectionMethod;
import org.combatingdrugs.outcomes.calc.Projections;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialQuarter;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriods;
import org.combatingdrugs.outcomes.period.YearToDate;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.rag.Tolerance;
import org.combatingdrugs.outcomes.rag.TrajectoryScheme;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Bound;
import org.combatingdrugs.outcomes.target.Target;
import org.combatingdrugs.outcomes.target.Trajectory;
import org.junit.jupiter.api.Test;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.rag.Rating;

/** Edge cases found in review: every one is refused with IllegalArgumentException naming the field. */
class ReviewedEdgesTest {

  private static final FinancialYear FY = FinancialYear.of(2023);

  @Test
  void test_extremeDecimalScales_areRefused() {
    assertThatThrownBy(() -> Quantity.percent("1e-999999999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent must have a scale within -1000..1000 but was 999999999");
    assertThatThrownBy(() -> Money.of("1e-99999999")).hasMessageStartingWith("pounds must have a scale");
    assertThatThrownBy(() -> PublishedPercentage.of(new BigDecimal("1e-99999999")))
        .hasMessageStartingWith("percent must have a scale");
    assertThatThrownBy(() -> Exact.of(new BigDecimal("1e999999999")))
        .hasMessageStartingWith("decimal must have a scale");
    assertThatThrownBy(() -> Tolerance.points(new BigDecimal("1e-999999999")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_rounding_boundsAndBlamesTheRightThing() {
    assertThatThrownBy(() -> Quantity.count(1).toDecimal(Integer.MAX_VALUE, RoundingMode.HALF_UP))
        .hasMessage("decimals must be within 0..1000 but was 2147483647");
    assertThat(Exact.of(1, 3).toDecimal(1000, RoundingMode.HALF_UP).scale()).isEqualTo(1000);
  }

  @Test
  void test_periodSteps_areBounded() {
    assertThatThrownBy(() -> CalendarMonth.of(2023, 4).plusMonths(Long.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("months must be within");
    assertThatThrownBy(() -> FY.quarter(1).plusQuarters(Long.MIN_VALUE))
        .hasMessageStartingWith("quarters must be within");
    assertThatThrownBy(() -> YearToDate.through(CalendarMonth.of(2999, 5)))
        .hasMessage("last must be within April 1900..March 2999 but was May 2999");
    assertThatThrownBy(() -> YearToDate.through(CalendarMonth.of(1900, 2)))
        .hasMessage("last must be within April 1900..March 2999 but was February 1900");
    assertThat(YearToDate.through(CalendarMonth.of(2999, 3)).financialYear()).isEqualTo(FinancialYear.of(2998));
    assertThatThrownBy(() -> FinancialQuarter.containing(LocalDate.of(1900, 2, 1)))
        .hasMessage("day must be within 1900-04-01..2999-03-31 but was 1900-02-01");
  }

  @Test
  void test_parse_acceptsNonBreakingSpaces() {
    assertThat(ReportingPeriods.parse("2023/24\u00A0Q1")).isEqualTo(FY.quarter(1));
    assertThat(ReportingPeriods.parse("\u00A0April\u202F2023 ")).isEqualTo(CalendarMonth.of(2023, 4));
  }

  @Test
  void test_projections_validateEarlyAndNeverGoBelowZero() {
    assertThatThrownBy(
            () -> Projections.priorYearProfile(Quantity.percent("5"), FY.quarter(1), FY, Quantity.percent("0"), Quantity.percent("9")))
        .hasMessageStartingWith("observedValue must be a count or money");
    assertThatThrownBy(
            () -> Projections.priorYearProfile(Quantity.count(5), FY.quarter(1), FY, Quantity.count(0), Quantity.pounds("3")))
        .hasMessage("lastYearTotal must be in count but was £3");
    assertThatThrownBy(() -> Projections.runRate(Quantity.count(3), CalendarMonth.of(2023, 5), FY, ElapsedBasis.QUARTERS))
        .hasMessage("May 2023 must be whole financial quarters for basis QUARTERS");
    assertThatThrownBy(() -> Projections.runRate(Quantity.count(-5), FY.quarter(1), FY, ElapsedBasis.QUARTERS))
        .hasMessage("observedValue must be 0 or more but was -5");
    List<Observation> falling =
        List.of(Observation.of(CalendarYear.of(2021), Quantity.count(10)), Observation.of(CalendarYear.of(2022), Quantity.count(2)));
    assertThat(Projections.linearTrend(falling, CalendarYear.of(2024)))
        .isEqualTo(Result.notComputed(ProjectionReason.BELOW_ZERO));
    assertThat(Projections.linearTrend(falling, CalendarYear.of(2022)).orElseThrow().value())
        .isEqualTo(Quantity.count(2));
    assertThat(Projections.linearTrend(falling, CalendarYear.of(2023)))
        .isEqualTo(Result.notComputed(ProjectionReason.BELOW_ZERO));
  }

  @Test
  void test_trajectory_keepsTheTargetsBound() {
    Trajectory down =
        Trajectory.linear(
            Baseline.of(FinancialYear.of(2022), Quantity.percent("60")),
            Target.stayWithin(Bound.AT_MOST, Quantity.percent("40"), FinancialYear.of(2024)),
            ElapsedBasis.QUARTERS);
    TrajectoryScheme scheme = TrajectoryScheme.of(Tolerance.points(new BigDecimal("5")));
    assertThat(scheme.rate(Quantity.percent("60"), FY, down, Polarity.LOWER_IS_BETTER).value().map(Rating::status))
        .contains(RagStatus.RED);
    assertThat(scheme.rate(Quantity.percent("48"), FY, down, Polarity.LOWER_IS_BETTER).value().map(Rating::status))
        .contains(RagStatus.GREEN);
    assertThatThrownBy(() -> scheme.rate(Quantity.percent("48"), FY, down, Polarity.HIGHER_IS_BETTER))
        .hasMessageContaining("contradicts polarity");
  }
}
