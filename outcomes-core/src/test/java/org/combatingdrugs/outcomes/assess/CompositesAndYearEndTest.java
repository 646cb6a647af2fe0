package org.combatingdrugs.outcomes.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.TREATMENT;

import java.time.LocalDate;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.area.AreaType;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.DateRange;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.MonthRange;
import org.combatingdrugs.outcomes.target.Baseline;
import org.junit.jupiter.api.Test;

/**
 * A composite's baseline summed from its parts', a composite whose members hold the values when
 * its local authorities do not, and the span a year-end projection is made from.
 */
class CompositesAndYearEndTest {

  private static final Area BCP = Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE;
  private static final Area DORSET = Areas.DORSET;
  private static final Area PAN_DORSET = Areas.PAN_DORSET_CDP;
  private static final FinancialYear BASE_YEAR = FinancialYear.of(2021);
  private static final FinancialYear YEAR = FinancialYear.of(2023);
  private static final Metric SEIZURES =
      Metric.local("seizures", "Drug seizures", Unit.COUNT, Polarity.HIGHER_IS_BETTER);

  private static Dataset.Builder treatment() {
    return Dataset.builder("treatment", Areas.hierarchy())
        .metrics(MetricCatalogue.national(), TREATMENT.id())
        .measurement(Measurement.of(TREATMENT, BCP, YEAR, Count.of(2700)))
        .measurement(Measurement.of(TREATMENT, DORSET, YEAR, Count.of(1900)));
  }

  private static Assessment panDorset(Dataset data) {
    return Scorecards.of(data, PAN_DORSET, YEAR).line(TREATMENT.id()).orElseThrow().assessment().orElseThrow();
  }

  @Test
  void test_summedBaseline_thePartsBaselinesOfOnePeriodAddUp() {
    Dataset data =
        treatment()
            .baseline(TREATMENT, BCP, Baseline.of(BASE_YEAR, Quantity.count(2500)))
            .baseline(TREATMENT, DORSET, Baseline.of(BASE_YEAR, Quantity.count(1800)))
            .build();
    Comparison comparison = panDorset(data).comparison().orElseThrow();
    // 2,500 + 1,800 = 4,300 in 2021/22 against 2,700 + 1,900 = 4,600 now: +300, +6.976…%.
    assertThat(comparison.basis()).isEqualTo(Comparison.Basis.BASELINE);
    assertThat(comparison.period()).isEqualTo(BASE_YEAR);
    assertThat(comparison.value()).isEqualTo(Quantity.count(4300));
    assertThat(comparison).hasToString("on 2021/22 (baseline): 4,300 → 4,600: +7.0% (+300)");
  }

  @Test
  void test_summedBaseline_noneWhenThePartsBaselinesDifferInPeriodOrOneIsMissing() {
    Dataset apart =
        treatment()
            .baseline(TREATMENT, BCP, Baseline.of(BASE_YEAR, Quantity.count(2500)))
            .baseline(TREATMENT, DORSET, Baseline.of(FinancialYear.of(2020), Quantity.count(1800)))
            .build();
    assertThat(panDorset(apart).comparison().reason()).contains(AssessmentReason.NO_COMPARISON_VALUE);
    Dataset oneOnly = treatment().baseline(TREATMENT, DORSET, Baseline.of(BASE_YEAR, Quantity.count(1800))).build();
    assertThat(panDorset(oneOnly).comparison().reason()).contains(AssessmentReason.NO_COMPARISON_VALUE);
    Dataset firstOnly = treatment().baseline(TREATMENT, BCP, Baseline.of(BASE_YEAR, Quantity.count(2500))).build();
    assertThat(panDorset(firstOnly).comparison().reason()).contains(AssessmentReason.NO_COMPARISON_VALUE);
  }

  @Test
  void test_partsHold_aRegionOfPartnershipsHoldingTheValues() {
    Area east = Area.of("east-cdp", "East partnership", AreaType.COMBATING_DRUGS_PARTNERSHIP);
    Area west = Area.of("west-cdp", "West partnership", AreaType.COMBATING_DRUGS_PARTNERSHIP);
    Area region = Area.of("south-region", "South", AreaType.REGION);
    AreaHierarchy areas =
        AreaHierarchy.empty()
            .compose(east, BCP, DORSET)
            .compose(west, Areas.CORNWALL, Areas.PLYMOUTH)
            .compose(region, east, west);
    Dataset data =
        Dataset.builder("region", areas)
            .metrics(MetricCatalogue.national(), TREATMENT.id())
            .measurement(Measurement.of(TREATMENT, east, YEAR, Count.of(4600)))
            .measurement(Measurement.of(TREATMENT, west, YEAR, Count.of(3100)))
            .build();
    ScorecardLine line = Scorecards.of(data, region, YEAR).line(TREATMENT.id()).orElseThrow();
    assertThat(line.pooledFrom()).containsExactly(east, west);
    assertThat(line.assessment().orElseThrow().latest().value().quantity()).isEqualTo(Quantity.count(7700));
  }

  @Test
  void test_span_monthsSoFarProjectFromTheirMonthRange() {
    Dataset data =
        Dataset.builder("seizures", Areas.hierarchy())
            .metric(SEIZURES)
            .measurement(Measurement.of(SEIZURES, DORSET, CalendarMonth.of(2023, 4), Count.of(30)))
            .measurement(Measurement.of(SEIZURES, DORSET, CalendarMonth.of(2023, 5), Count.of(40)))
            .build();
    Assessment may = Assessor.assess(data, SEIZURES, DORSET, CalendarMonth.of(2023, 5)).orElseThrow();
    // 30 + 40 = 70 in two months of twelve: 70 × 6 = 420.
    assertThat(may.projection().orElseThrow().value()).isEqualTo(Quantity.count(420));
    assertThat(may.projection().orElseThrow())
        .hasToString("420 for 2023/24 by run rate from 70 in April 2023 to May 2023 (×6 by months)");
    assertThat(MonthRange.of(CalendarMonth.of(2023, 4), CalendarMonth.of(2023, 5))).hasToString("April 2023 to May 2023");
  }

  @Test
  void test_span_datesSoFarProjectFromTheYearsStartByDays() {
    DateRange firstHalf = DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 10));
    DateRange secondHalf = DateRange.of(LocalDate.of(2023, 4, 11), LocalDate.of(2023, 4, 20));
    Dataset data =
        Dataset.builder("seizures", Areas.hierarchy())
            .metric(SEIZURES)
            .measurement(Measurement.of(SEIZURES, DORSET, firstHalf, Count.of(10)))
            .measurement(Measurement.of(SEIZURES, DORSET, secondHalf, Count.of(20)))
            .build();
    Assessment twentyDays = Assessor.assess(data, SEIZURES, DORSET, secondHalf).orElseThrow();
    // 10 + 20 = 30 in 20 days, of the 366 days of 2023/24: 30 × 366 / 20 = 549.
    assertThat(twentyDays.projection().orElseThrow().value()).isEqualTo(Quantity.count(549));
    assertThat(twentyDays.projection().orElseThrow())
        .hasToString("549 for 2023/24 by run rate from 30 in 2023-04-01..2023-04-20 (×18.3 by days)");
  }

  @Test
  void test_forAnotherLength_byDaysWhenAPeriodIsNotWholeMonths() {
    Quantity count = Quantity.count(10);
    DateRange elevenDays = DateRange.of(LocalDate.of(2023, 4, 10), LocalDate.of(2023, 4, 20));
    DateRange elevenLater = DateRange.of(LocalDate.of(2023, 5, 10), LocalDate.of(2023, 5, 20));
    DateRange twelveDays = DateRange.of(LocalDate.of(2023, 5, 10), LocalDate.of(2023, 5, 21));
    assertThat(Ratings.forAnotherLength(count, elevenDays, elevenLater)).isFalse();
    assertThat(Ratings.forAnotherLength(count, elevenDays, twelveDays)).isTrue();
    assertThat(Ratings.forAnotherLength(Quantity.percent("10"), elevenDays, twelveDays)).isFalse();
    assertThat(Ratings.forAnotherLength(count, CalendarMonth.of(2023, 2), CalendarMonth.of(2023, 3))).isFalse();
  }

  @Test
  void test_partsHold_noLineForACompositeWhosePartsHoldNothing() {
    Dataset data =
        Dataset.builder("elsewhere", Areas.hierarchy())
            .metric(SEIZURES)
            .measurement(Measurement.of(SEIZURES, Areas.CORNWALL, YEAR, Count.of(12)))
            .build();
    assertThat(Scorecards.of(data, PAN_DORSET, YEAR).line(SEIZURES.id())).isEmpty();
    assertThat(Scorecards.of(data, Areas.DEVON_AND_CORNWALL_POLICE_FORCE_AREA, YEAR).line(SEIZURES.id())).isPresent();
    Area hartlepool = Area.of("E06000001", "Hartlepool", AreaType.LOCAL_AUTHORITY);
    assertThatThrownBy(() -> Scorecards.of(data, hartlepool, YEAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("area must be in the dataset elsewhere but was Hartlepool (E06000001)");
  }
}
