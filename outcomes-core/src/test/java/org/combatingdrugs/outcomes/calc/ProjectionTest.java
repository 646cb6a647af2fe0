package org.combatingdrugs.outcomes.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.List;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.YearToDate;
import org.junit.jupiter.api.Test;
import org.combatingdrugs.outcomes.result.Result;

class ProjectionTest {

  private static final FinancialYear FY = FinancialYear.of(2023);
  private static final ChangeFormat FORMAT = ChangeFormat.of(1, RoundingMode.HALF_UP);

  @Test
  void test_runRate_dorsetQ1ByQuarters() {
    RunRateProjection countyLines =
        Projections.runRate(Quantity.count(38), FY.quarter(1), FY, ElapsedBasis.QUARTERS);
    assertThat(countyLines.value()).isEqualTo(Quantity.count(152));
    assertThat(countyLines.share()).isEqualTo(Exact.of(1, 4));
    assertThat(countyLines.method()).isEqualTo(ProjectionMethod.RUN_RATE);
    assertThat(countyLines.period()).isEqualTo(FY);
    assertThat(FORMAT.format(countyLines.changeFrom(Quantity.count(80)))).isEqualTo("+90.0% (+72)");

    RunRateProjection soc =
        Projections.runRate(Quantity.count(259), FY.quarter(1), FY, ElapsedBasis.QUARTERS);
    assertThat(soc.value()).isEqualTo(Quantity.count(1036));
    assertThat(FORMAT.format(soc.changeFrom(Quantity.count(964)))).isEqualTo("+7.5% (+72)");

    RunRateProjection cash =
        Projections.runRate(Quantity.pounds("23756"), FY.quarter(1), FY, ElapsedBasis.QUARTERS);
    assertThat(cash.value()).isEqualTo(Quantity.pounds("95024"));
    assertThat(FORMAT.format(cash.changeFrom(Quantity.pounds("68413"))))
        .isEqualTo("+38.9% (+£26,611)");
  }

  @Test
  void test_runRate_halfYearAndSevenMonths() {
    YearToDate halfYear = YearToDate.through(CalendarMonth.of(2023, 9));
    RunRateProjection neighbourhood =
        Projections.runRate(Quantity.count(101), halfYear, FY, ElapsedBasis.MONTHS);
    assertThat(neighbourhood.value()).isEqualTo(Quantity.count(202));
    assertThat(FORMAT.format(neighbourhood.changeFrom(Quantity.count(188))))
        .isEqualTo("+7.4% (+14)");
    RunRateProjection sevenMonths =
        Projections.runRate(
            Quantity.count(70), YearToDate.through(CalendarMonth.of(2023, 10)), FY, ElapsedBasis.MONTHS);
    assertThat(sevenMonths.value()).isEqualTo(Quantity.count(120));
  }

  @Test
  void test_runRate_byDaysIsExact() {
    RunRateProjection byDays =
        Projections.runRate(Quantity.count(38), FY.quarter(1), FY, ElapsedBasis.DAYS);
    assertThat(byDays.share()).isEqualTo(Exact.of(91, 366));
    assertThat(byDays.value()).isEqualTo(Quantity.of(Exact.of(38 * 366, 91), Quantity.count(1).unit()));
    assertThat(byDays.value().toDecimal(2, RoundingMode.HALF_UP)).hasToString("152.84");
  }

  @Test
  void test_runRate_refusesPercentagesAndOutsidePeriods() {
    assertThatThrownBy(
            () -> Projections.runRate(Quantity.percent("45"), FY.quarter(1), FY, ElapsedBasis.QUARTERS))
        .hasMessage("observedValue must be a count or money to run-rate but was 45.0%");
    assertThatThrownBy(
            () ->
                Projections.runRate(
                    Quantity.count(3), FinancialYear.of(2024).quarter(1), FY, ElapsedBasis.QUARTERS))
        .hasMessage("observed must lie within 2023/24 but was 2024/25 Q1");
  }

  @Test
  void test_priorYearProfile() {
    PriorYearProfileProjection profile =
        Projections.priorYearProfile(
                Quantity.count(45), FY.quarter(1), FY, Quantity.count(30), Quantity.count(100))
            .orElseThrow();
    assertThat(profile.share()).isEqualTo(Exact.of(3, 10));
    assertThat(profile.value()).isEqualTo(Quantity.count(150));
    assertThat(profile.method()).isEqualTo(ProjectionMethod.PRIOR_YEAR_PROFILE);
  }

  @Test
  void test_priorYearProfile_notProjectedFromAnEmptyShare() {
    Result<PriorYearProfileProjection, ProjectionReason> result =
        Projections.priorYearProfile(
            Quantity.count(4), FY.quarter(1), FY, Quantity.count(0), Quantity.count(12));
    assertThat(result.isComputed()).isFalse();
    assertThat(result)
        .isEqualTo(
            Result.notComputed(ProjectionReason.ZERO_PRIOR_YEAR_SHARE));
    assertThatThrownBy(result::orElseThrow)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "not computed: last year's same months held none of last year's total, so their share"
                + " cannot scale (ZERO_PRIOR_YEAR_SHARE)");
    assertThat(ProjectionReason.ZERO_PRIOR_YEAR_SHARE.method()).isEqualTo(ProjectionMethod.PRIOR_YEAR_PROFILE);
    assertThatThrownBy(
            () ->
                Projections.priorYearProfile(
                    Quantity.count(4), FY.quarter(1), FY, Quantity.count(20), Quantity.count(12)))
        .hasMessage("lastYearTotal must be at least lastYearSamePart 20 but was 12");
  }

  @Test
  void test_linearTrend_drugDeathsByRegistrationYear() {
    List<Observation> deaths =
        List.of(
            Observation.of(CalendarYear.of(2019), Quantity.count(50)),
            Observation.of(CalendarYear.of(2020), Quantity.count(54)),
            Observation.of(CalendarYear.of(2021), Quantity.count(59)),
            Observation.of(CalendarYear.of(2022), Quantity.count(55)));
    LinearTrendProjection trend =
        Projections.linearTrend(deaths, CalendarYear.of(2024)).orElseThrow();
    assertThat(trend.trend().slope()).isEqualTo(Exact.of(2));
    assertThat(trend.trend().intercept()).isEqualTo(Exact.of(103, 2));
    assertThat(trend.step()).isEqualTo(5);
    assertThat(trend.value()).isEqualTo(Quantity.of(Exact.of(123, 2), Quantity.count(1).unit()));
    assertThat(Projections.linearTrend(deaths.subList(0, 1), CalendarYear.of(2024)))
        .isEqualTo(Result.notComputed(ProjectionReason.TOO_FEW_POINTS));
  }

  @Test
  void test_linearTrend_refusesGapsAndUnreachablePeriods() {
    List<Observation> gap =
        List.of(
            Observation.of(CalendarYear.of(2019), Quantity.count(50)),
            Observation.of(CalendarYear.of(2021), Quantity.count(59)));
    assertThatThrownBy(() -> Projections.linearTrend(gap, CalendarYear.of(2024)))
        .hasMessage("series must be consecutive periods but 2021 follows 2019");
    List<Observation> two =
        List.of(
            Observation.of(CalendarYear.of(2019), Quantity.count(50)),
            Observation.of(CalendarYear.of(2020), Quantity.count(59)));
    assertThatThrownBy(() -> Projections.linearTrend(two, FY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 2023/24");
  }

  @Test
  void test_linearTrend_namesItsMethod_andObservationsReadAsPeriodAndValue() {
    List<Observation> deaths =
        List.of(
            Observation.of(CalendarYear.of(2021), Quantity.count(59)),
            Observation.of(CalendarYear.of(2022), Quantity.count(55)));
    assertThat(Projections.linearTrend(deaths, CalendarYear.of(2023)).orElseThrow().method())
        .isEqualTo(ProjectionMethod.LINEAR_TREND);
    assertThat(deaths.get(0)).hasToString("2021: 59");
    assertThat(Observation.of(FinancialYear.of(2023), Quantity.percent("45.2"))).hasToString("2023/24: 45.2%");
    assertThat(RelativeChangeReason.ZERO_BASE.sentence())
        .isEqualTo("the base is zero, so a change from it has no relative size");
  }
}
