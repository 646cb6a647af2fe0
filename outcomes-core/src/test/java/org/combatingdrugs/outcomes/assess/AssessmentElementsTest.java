package org.combatingdrugs.outcomes.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.ARRESTS;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.CARE;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.CASH;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.CRIME;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.DEATHS;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.LAST_YEAR;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.SOC;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.TO_SEPTEMBER;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.YEAR;

import java.math.BigDecimal;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.calc.ProjectionMethod;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.rag.RatingBasis;
import org.combatingdrugs.outcomes.rag.TargetToleranceScheme;
import org.combatingdrugs.outcomes.rag.Tolerance;
import org.combatingdrugs.outcomes.rag.TrajectoryScheme;
import org.combatingdrugs.outcomes.spc.Assurance;
import org.combatingdrugs.outcomes.stats.BenchmarkComparison;
import org.combatingdrugs.outcomes.stats.IntervalMethod;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Target;
import org.junit.jupiter.api.Test;

/** Every element of an assessment, from the Dorset figures: present with its value, or absent with its reason. */
class AssessmentElementsTest {

  private static final Area BCP = Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE;
  private static final Area DORSET = Areas.DORSET;

  private static Assessment assess(Dataset data, Metric metric, Area area, ReportingPeriod period) {
    return Assessor.assess(data, metric, area, period).orElseThrow();
  }

  @Test
  void test_countyLines_projectedChangeOnLastYear_ratedGreenOnTheProjection() {
    Assessment arrests = assess(DorsetJuly2023.dataset(), ARRESTS, DORSET, YEAR.quarter(1));
    assertThat(arrests.projection().orElseThrow().method()).isEqualTo(ProjectionMethod.RUN_RATE);
    assertThat(arrests.projectedChange().orElseThrow()).hasToString("on 2022/23: 80 → 152: +90.0% (+72)");
    assertThat(arrests.rating().orElseThrow().status()).isEqualTo(RagStatus.GREEN);
    assertThat(arrests.rating().orElseThrow().basis()).isEqualTo(RatingBasis.PROJECTED);
    assertThat(arrests.direction().orElseThrow().judgement()).isEqualTo(Judgement.IMPROVING);
    assertThat(arrests.interval().orElseThrow().method()).isEqualTo(IntervalMethod.BYAR);
    assertThat(arrests.significance().reason()).contains(AssessmentReason.NO_COMPARISON_VALUE);
    assertThat(arrests.trend().reason()).contains(AssessmentReason.SERIES_TOO_SHORT);
    assertThat(arrests.variation().reason()).contains(AssessmentReason.SERIES_TOO_SHORT);
    assertThat(arrests.benchmark().reason()).contains(AssessmentReason.NO_BENCHMARK);
  }

  @Test
  void test_theRestOfTheEnforcementTable_fromItsInputs() {
    Dataset data = DorsetJuly2023.dataset();
    assertThat(assess(data, SOC, DORSET, YEAR.quarter(1)).projectedChange().orElseThrow())
        .hasToString("on 2022/23: 964 → 1,036: +7.5% (+72)");
    Assessment crime = assess(data, CRIME, DORSET, TO_SEPTEMBER);
    assertThat(crime.projectedChange().orElseThrow()).hasToString("on 2022/23: 188 → 202: +7.4% (+14)");
    assertThat(crime.rating().orElseThrow().status()).isEqualTo(RagStatus.RED);
    Assessment cash = assess(data, CASH, DORSET, YEAR.quarter(1));
    assertThat(cash.projectedChange().orElseThrow()).hasToString("on 2022/23: £68,413 → £95,024: +38.9% (+£26,611)");
    assertThat(cash.interval().reason()).contains(AssessmentReason.NO_SAMPLING_MODEL);
  }

  @Test
  void test_aLaterQuarter_addsTheEarlierQuartersOfTheYear() {
    Dataset data =
        DorsetJuly2023.builder()
            .measurement(Measurement.of(ARRESTS, DORSET, YEAR.quarter(2), Count.of(40)))
            .build();
    Assessment q2 = assess(data, ARRESTS, DORSET, YEAR.quarter(2));
    assertThat(q2.projection().orElseThrow().value()).isEqualTo(Quantity.count(156));
    assertThat(q2.projection().orElseThrow().toString()).contains("2023/24 Q1-Q2");
    Dataset gap =
        DorsetJuly2023.builder()
            .measurement(Measurement.of(ARRESTS, DORSET, YEAR.quarter(3), Count.of(40)))
            .build();
    assertThat(assess(gap, ARRESTS, DORSET, YEAR.quarter(3)).projection().reason())
        .contains(AssessmentReason.YEAR_SO_FAR_INCOMPLETE);
  }

  @Test
  void test_lastYearsQuarters_giveAProfile() {
    Dataset data =
        DorsetJuly2023.builder()
            .measurement(Measurement.of(ARRESTS, DORSET, LAST_YEAR.quarter(1), Count.of(16)))
            .build();
    Assessment arrests = assess(data, ARRESTS, DORSET, YEAR.quarter(1));
    assertThat(arrests.projection().orElseThrow().method()).isEqualTo(ProjectionMethod.PRIOR_YEAR_PROFILE);
    assertThat(arrests.projection().orElseThrow().value()).isEqualTo(Quantity.count(190));
    assertThat(arrests.comparison().orElseThrow()).hasToString("on 2022/23 Q1: 16 → 38: +137.5% (+22)");
    assertThat(arrests.significance().orElseThrow().isSignificant()).isTrue();
  }

  @Test
  void test_lastYearsTotal_isTheSumOfItsQuartersWhenNoYearIsHeld() {
    Dataset data =
        DorsetJuly2023.builder()
            .measurement(Measurement.of(SOC, BCP, LAST_YEAR.quarter(1), Count.of(100)))
            .measurement(Measurement.of(SOC, BCP, LAST_YEAR.quarter(2), Count.of(200)))
            .measurement(Measurement.of(SOC, BCP, LAST_YEAR.quarter(3), Count.of(300)))
            .measurement(Measurement.of(SOC, BCP, LAST_YEAR.quarter(4), Count.of(400)))
            .measurement(Measurement.of(SOC, BCP, YEAR.quarter(1), Count.of(150)))
            .build();
    Assessment soc = assess(data, SOC, BCP, YEAR.quarter(1));
    assertThat(soc.projection().orElseThrow().value()).isEqualTo(Quantity.count(1500));
    assertThat(soc.projectedChange().orElseThrow()).hasToString("on 2022/23: 1,000 → 1,500: +50.0% (+500)");
    assertThat(soc.trend().orElseThrow().method()).isNotNull();
    assertThat(soc.variation().orElseThrow().points()).hasSize(5);
  }

  @Test
  void test_aTargetDueWhenItsBaselineEnds_hasNoTrajectory() {
    Dataset data =
        DorsetJuly2023.builder()
            .target(SOC, DORSET, Target.reach(Quantity.count(1000), LAST_YEAR))
            .baseline(SOC, DORSET, Baseline.of(LAST_YEAR, Quantity.count(900)))
            .build();
    Assessment soc = assess(data, SOC, DORSET, LAST_YEAR);
    assertThat(soc.expected().reason()).contains(AssessmentReason.OUTSIDE_TRAJECTORY);
  }

  @Test
  void test_lastYearsTotalBelowItsOwnQuarter_isSaidNotProjectedByProfile() {
    Dataset data =
        DorsetJuly2023.builder()
            .measurement(Measurement.of(ARRESTS, DORSET, LAST_YEAR.quarter(1), Count.of(81)))
            .build();
    Assessment arrests = assess(data, ARRESTS, DORSET, YEAR.quarter(1));
    assertThat(arrests.projection().reason()).contains(AssessmentReason.LAST_YEAR_INCONSISTENT);
    assertThat(arrests.projectedChange().reason()).contains(AssessmentReason.LAST_YEAR_INCONSISTENT);
  }

  @Test
  void test_treatmentTarget_gapAndNoProjection() {
    Assessment adults = assess(DorsetJuly2023.dataset(), DorsetJuly2023.TREATMENT, BCP, LAST_YEAR);
    assertThat(adults.attainment().orElseThrow()).hasToString("2,590 against at least 2,700: 110 to go");
    assertThat(adults.projection().reason()).contains(AssessmentReason.WHOLE_YEAR);
    assertThat(adults.rating().reason()).contains(AssessmentReason.NO_COMPARISON_VALUE);
    assertThat(adults.expected().reason()).contains(AssessmentReason.NO_BASELINE);
  }

  @Test
  void test_aQuarterlyCount_isNotSetAgainstAYearsTarget() {
    Dataset data =
        DorsetJuly2023.builder()
            .target(ARRESTS, DORSET, Target.reach(Quantity.count(100), YEAR))
            .build();
    Assessment arrests = assess(data, ARRESTS, DORSET, YEAR.quarter(1));
    assertThat(arrests.attainment().reason()).contains(AssessmentReason.TARGET_FOR_ANOTHER_PERIOD);
  }

  @Test
  void test_continuityOfCare_gapToTheAmbition_andPublishedPercentagesHaveNoInterval() {
    Assessment care = assess(DorsetJuly2023.dataset(), CARE, BCP, LAST_YEAR);
    assertThat(care.attainment().orElseThrow().gap()).isEqualTo(Quantity.points("29.8"));
    assertThat(care.interval().reason()).contains(AssessmentReason.PUBLISHED_PERCENTAGE_WITHOUT_COUNTS);
    assertThat(care.rating().orElseThrow().status()).isEqualTo(RagStatus.RED);
  }

  @Test
  void test_continuityOfCare_againstItsTrajectory() {
    Baseline baseline = Baseline.of(LAST_YEAR, Quantity.percent("45.2"));
    Dataset data =
        DorsetJuly2023.builder()
            .baseline(CARE, BCP, baseline)
            .scheme(CARE, TrajectoryScheme.of(Tolerance.points(new BigDecimal("5"))))
            .measurement(Measurement.of(CARE, BCP, YEAR, PublishedPercentage.of("52.0")))
            .build();
    Assessment care = assess(data, CARE, BCP, YEAR);
    assertThat(care.expected().orElseThrow()).isEqualTo(Quantity.percent("60.1"));
    assertThat(care.rating().orElseThrow().status()).isEqualTo(RagStatus.RED);
    assertThat(care.comparison().orElseThrow()).hasToString("on 2022/23: 45.2% → 52.0%: +6.8 pp");
  }

  @Test
  void test_panelScorecard_continuityOfCareInMay2024_fivePointTolerance() {
    ReportingPeriod may = CalendarMonth.of(2024, 5);
    FinancialYear year = FinancialYear.of(2024);
    Dataset data =
        Dataset.builder("Police and Crime Panel, July 2024", Areas.hierarchy())
            .metrics(MetricCatalogue.national(), CARE.id())
            .defaultScheme(TargetToleranceScheme.of(Tolerance.points(new BigDecimal("5"))))
            .measurement(Measurement.of(CARE, DORSET, may, PublishedPercentage.of("55")))
            .measurement(Measurement.of(CARE, BCP, may, PublishedPercentage.of("60")))
            .target(CARE, DORSET, Target.reach(Quantity.percent("58"), year))
            .target(CARE, BCP, Target.reach(Quantity.percent("57"), year))
            .build();
    assertThat(assess(data, CARE, DORSET, may).rating().orElseThrow()).hasToString("AMBER (actual value below 58)");
    assertThat(assess(data, CARE, BCP, may).rating().orElseThrow().status()).isEqualTo(RagStatus.GREEN);
  }

  @Test
  void test_drugDeaths_fallIsNotSignificant() {
    Assessment deaths = assess(DorsetJuly2023.dataset(), DEATHS, Areas.PAN_DORSET_CDP, CalendarYear.of(2022));
    assertThat(deaths.comparison().orElseThrow()).hasToString("on 2021: 59 → 55: -6.8% (-4)");
    assertThat(deaths.direction().orElseThrow().judgement()).isEqualTo(Judgement.IMPROVING);
    assertThat(deaths.significance().orElseThrow().isSignificant()).isFalse();
    assertThat(deaths.projection().reason()).contains(AssessmentReason.NOT_PART_OF_A_YEAR);
  }

  @Test
  void test_counts_areComparedWithTheBenchmarkByTheirInterval() {
    Dataset data =
        DorsetJuly2023.builder()
            .measurement(Measurement.of(CARE, BCP, YEAR, Proportion.of(113, 250)))
            .benchmark(CARE, YEAR, Proportion.of(411, 1000))
            .build();
    Assessment care = assess(data, CARE, BCP, YEAR);
    assertThat(care.interval().orElseThrow().method()).isEqualTo(IntervalMethod.WILSON);
    assertThat(care.benchmark().orElseThrow().comparison().comparison())
        .isEqualTo(BenchmarkComparison.Comparison.SIMILAR);
    assertThat(care.significance().reason()).contains(AssessmentReason.PUBLISHED_PERCENTAGE_WITHOUT_COUNTS);
  }

  @Test
  void test_aSteadyMonthlySeries_givesAssuranceAgainstItsTarget() {
    Dataset.Builder builder = DorsetJuly2023.builder();
    int[] counts = {60, 62, 58, 61, 59, 60, 63, 57, 60, 61, 59, 60};
    for (int i = 0; i < counts.length; i++) {
      builder.measurement(Measurement.of(CARE, DORSET, CalendarMonth.of(2023, 4).plusMonths(i), Proportion.of(counts[i], 100)));
    }
    Assessment care = assess(builder.build(), CARE, DORSET, CalendarMonth.of(2024, 3));
    assertThat(care.variation().orElseThrow().points()).hasSize(12);
    assertThat(care.assurance().orElseThrow()).isEqualTo(Assurance.CONSISTENTLY_FAILS);
    assertThat(care.trend().orElseThrow().significant()).isFalse();
  }

  @Test
  void test_elevenPoints_drawTheChartWithTrialLimits_butGiveNoAssurance() {
    Dataset.Builder builder = DorsetJuly2023.builder();
    int[] counts = {60, 62, 58, 61, 59, 60, 63, 57, 60, 61, 59};
    for (int i = 0; i < counts.length; i++) {
      builder.measurement(Measurement.of(CARE, DORSET, CalendarMonth.of(2023, 4).plusMonths(i), Proportion.of(counts[i], 100)));
    }
    Assessment care = assess(builder.build(), CARE, DORSET, CalendarMonth.of(2024, 2));
    assertThat(care.variation().orElseThrow().points()).hasSize(11);
    assertThat(care.assurance().reason()).contains(AssessmentReason.SERIES_TOO_SHORT);
  }
}
