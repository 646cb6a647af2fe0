package org.combatingdrugs.outcomes.assess;

import static org.assertj.core.api.Assertions.assertThat;

import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.period.ReportingPeriods;
import org.combatingdrugs.outcomes.target.Target;
import org.junit.jupiter.api.Test;

/** The Dorset report's figures assessed from a dataset, each element present or with its reason. */
class AssessorTest {

  private static final Metric ARRESTS =
      Metric.local("county-lines-arrests", "County lines arrests", Unit.COUNT, Polarity.HIGHER_IS_BETTER);
  private static final Metric CRIME = NationalMetrics.NEIGHBOURHOOD_CRIME;
  private static final Metric TREATMENT = NationalMetrics.NUMBERS_IN_TREATMENT;
  private static final Metric CARE = NationalMetrics.CONTINUITY_OF_CARE_PRISON;
  private static final Area DORSET = Areas.DORSET;
  private static final Area BCP = Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE;
  private static final ReportingPeriod Q1 = ReportingPeriods.parse("2023/24 Q1");
  private static final ReportingPeriod TO_SEPTEMBER = ReportingPeriods.parse("2023/24 to September");

  private static Dataset.Builder dorset() {
    return Dataset.builder("Dorset CDP, July 2023", Areas.hierarchy())
        .metric(ARRESTS)
        .metrics(MetricCatalogue.national(), CRIME.id(), TREATMENT.id(), CARE.id())
        .measurement(Measurement.of(ARRESTS, DORSET, Q1, Count.of(38)))
        .measurement(Measurement.of(ARRESTS, DORSET, FinancialYear.of(2022), Count.of(80)))
        .measurement(Measurement.of(CRIME, DORSET, TO_SEPTEMBER, Count.of(101)))
        .measurement(Measurement.of(CRIME, DORSET, TO_SEPTEMBER.sameLastYear(), Count.of(94)))
        .measurement(Measurement.of(TREATMENT, BCP, FinancialYear.of(2022), Count.of(2590)))
        .target(TREATMENT, BCP, Target.reach(Quantity.count(2700), FinancialYear.of(2023)))
        .measurement(Measurement.of(CARE, BCP, FinancialYear.of(2022), PublishedPercentage.of("45.2")))
        .target(CARE, BCP, Target.reach(Quantity.percent("75"), FinancialYear.of(2024)));
  }

  @Test
  void test_aQuarter_isProjectedToTheYearByQuarters() {
    Assessment arrests = Assessor.assess(dorset().build(), ARRESTS, DORSET, Q1).orElseThrow();
    assertThat(arrests.projection().orElseThrow().value()).isEqualTo(Quantity.count(152));
    assertThat(arrests.comparison().reason()).contains(AssessmentReason.NO_COMPARISON_VALUE);
    assertThat(arrests.direction().orElseThrow().judgement()).isEqualTo(Judgement.IMPROVING);
    assertThat(arrests.target().reason()).contains(AssessmentReason.NO_TARGET);
    assertThat(arrests.attainment().reason()).contains(AssessmentReason.NO_TARGET);
  }

  @Test
  void test_aYearToDate_isComparedWithLastYearsAndJudgedByTheCatalogue() {
    Assessment crime = Assessor.assess(dorset().build(), CRIME, DORSET, TO_SEPTEMBER).orElseThrow();
    assertThat(crime.projection().orElseThrow().value()).isEqualTo(Quantity.count(202));
    assertThat(crime.comparison().orElseThrow())
        .hasToString("on 2022/23 to September: 94 → 101: +7.4% (+7)");
    assertThat(crime.direction().orElseThrow().judgement()).isEqualTo(Judgement.WORSENING);
  }

  @Test
  void test_aWholeYear_isNotProjectedAndStandsAgainstItsTarget() {
    Assessment adults = Assessor.assess(dorset().build(), TREATMENT, BCP, FinancialYear.of(2022)).orElseThrow();
    assertThat(adults.projection().reason()).contains(AssessmentReason.WHOLE_YEAR);
    assertThat(adults.attainment().orElseThrow()).hasToString("2,590 against at least 2,700: 110 to go");
    Assessment care = Assessor.assess(dorset().build(), CARE, BCP, FinancialYear.of(2022)).orElseThrow();
    assertThat(care.attainment().orElseThrow().gap()).isEqualTo(Quantity.points("29.8"));
    assertThat(care.projection().reason()).contains(AssessmentReason.WHOLE_YEAR);
  }

  @Test
  void test_percentagesInAYear_areNotRunRated() {
    Dataset data =
        dorset().measurement(Measurement.of(CARE, BCP, Q1, PublishedPercentage.of("52.0"))).build();
    assertThat(Assessor.assess(data, CARE, BCP, Q1).orElseThrow().projection().reason())
        .contains(AssessmentReason.NOT_ADDITIVE);
  }

  @Test
  void test_aCalendarYear_spansTwoFinancialYearsAndIsNotProjected() {
    ReportingPeriod year2023 = ReportingPeriods.parse("2023");
    Dataset data = dorset().measurement(Measurement.of(ARRESTS, DORSET, year2023, Count.of(140))).build();
    assertThat(Assessor.assess(data, ARRESTS, DORSET, year2023).orElseThrow().projection().reason())
        .contains(AssessmentReason.NOT_PART_OF_A_YEAR);
  }

  @Test
  void test_noValue_isAReasonNotAnError() {
    assertThat(Assessor.assess(dorset().build(), ARRESTS, BCP, Q1).reason())
        .contains(AssessmentReason.NO_VALUE_FOR_PERIOD);
    assertThat(Assessor.assess(dorset().build(), ARRESTS, DORSET, ReportingPeriods.parse("2006 to 2008")).reason())
        .contains(AssessmentReason.NO_VALUE_FOR_PERIOD);
  }

  @Test
  void test_anotherAreasMeasurement_neverChangesAnAssessment() {
    Assessment before = Assessor.assess(dorset().build(), ARRESTS, DORSET, Q1).orElseThrow();
    Dataset more = dorset().measurement(Measurement.of(ARRESTS, BCP, Q1, Count.of(51))).build();
    assertThat(Assessor.assess(more, ARRESTS, DORSET, Q1).orElseThrow()).isEqualTo(before);
  }

  @Test
  void test_aProvisionalValue_isAssessedAsAFinalOne_andSaysSo() {
    Dataset data =
        dorset()
            .measurement(
                new Measurement(ARRESTS, DORSET, Q1.next(), Count.of(41), DataStatus.PROVISIONAL))
            .build();
    Assessment provisional = Assessor.assess(data, ARRESTS, DORSET, Q1.next()).orElseThrow();
    Assessment settled = Assessor.assess(data, ARRESTS, DORSET, Q1).orElseThrow();
    assertThat(provisional.isProvisional()).isTrue();
    assertThat(settled.isProvisional()).isFalse();
    // 38 + 41 = 79 in two quarters of four: 158 for the year.
    assertThat(provisional.projection().orElseThrow().value()).isEqualTo(Quantity.count(158));
    assertThat(provisional.interval().isComputed()).isTrue();
  }
}
