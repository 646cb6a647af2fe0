package org.combatingdrugs.outcomes.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.ARRESTS;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.CARE;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.CASH;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.DEATHS;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.LAST_YEAR;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.SOC;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.TREATMENT;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.YEAR;
import static org.combatingdrugs.outcomes.assess.SentencePart.ASSURANCE;
import static org.combatingdrugs.outcomes.assess.SentencePart.BENCHMARK;
import static org.combatingdrugs.outcomes.assess.SentencePart.COMPARISON;
import static org.combatingdrugs.outcomes.assess.SentencePart.DIRECTION;
import static org.combatingdrugs.outcomes.assess.SentencePart.INTERVAL;
import static org.combatingdrugs.outcomes.assess.SentencePart.PROJECTION;
import static org.combatingdrugs.outcomes.assess.SentencePart.RATING;
import static org.combatingdrugs.outcomes.assess.SentencePart.SIGNIFICANCE;
import static org.combatingdrugs.outcomes.assess.SentencePart.TARGET;
import static org.combatingdrugs.outcomes.assess.SentencePart.TRAJECTORY;
import static org.combatingdrugs.outcomes.assess.SentencePart.TREND;
import static org.combatingdrugs.outcomes.assess.SentencePart.VARIATION;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.assess.SentenceFigure.Role;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.TargetToleranceScheme;
import org.combatingdrugs.outcomes.rag.Tolerance;
import org.combatingdrugs.outcomes.rag.TrajectoryScheme;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Target;
import org.junit.jupiter.api.Test;

/** The sentences a panel paper prints, from the Dorset figures and small datasets. */
class PanelSentencesTest {

  private static final Area BCP = Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE;
  private static final Area DORSET = Areas.DORSET;

  /** The Dorset report's writer: its own areas unnamed, BCP and continuity of care as it names them. */
  private static final PanelSentences DORSET_PAPER =
      PanelSentences.of(DorsetJuly2023.dataset().presentation())
          .withOwnArea(DORSET)
          .withOwnArea(Areas.PAN_DORSET_CDP)
          .withMetricLabel(CARE, "Continuity of care")
          .withAreaLabel(BCP, "BCP")
          .withBenchmarkName("England");

  private static Assessment assess(Dataset data, Metric metric, Area area, ReportingPeriod period) {
    return Assessor.assess(data, metric, area, period).orElseThrow();
  }

  private static ImmutableList<String> texts(ImmutableList<Sentence> sentences) {
    return sentences.stream().map(Sentence::text).collect(ImmutableList.toImmutableList());
  }

  @Test
  void test_sentence_countyLines_projectionAndRating() {
    Assessment arrests = assess(DorsetJuly2023.dataset(), ARRESTS, DORSET, YEAR.quarter(1));
    Sentence sentence = DORSET_PAPER.sentence(arrests, PROJECTION, RATING);
    assertThat(sentence.text())
        .isEqualTo(
            "County lines arrests: 38 in 2023/24 Q1, projected 152 for 2023/24, +90.0% (+72) on 2022/23;"
                + " GREEN (improvement of at least 0%)");
    assertThat(sentence.figures())
        .extracting(f -> f.role() + " " + f.printed().text() + " = " + f.exact().toExactString())
        .containsExactly(
            "VALUE 38 = 38",
            "PROJECTION 152 = 152",
            "PROJECTED_CHANGE_PERCENT +90.0% = 90%",
            "PROJECTED_CHANGE_AMOUNT +72 = 72",
            "THRESHOLD 0% = 0%");
  }

  @Test
  void test_sentence_continuityOfCare_gapToTheNationalAmbitionInPoints() {
    Assessment care = assess(DorsetJuly2023.dataset(), CARE, BCP, LAST_YEAR);
    Sentence sentence = DORSET_PAPER.sentence(care, TARGET);
    assertThat(sentence)
        .hasToString("Continuity of care, BCP: 45.2% in 2022/23, 29.8 percentage points below the 75% ambition for 2024/25");
    SentenceFigure gap = sentence.figures(Role.TARGET_GAP).get(0);
    assertThat(gap.printed()).isEqualTo(PrintedFigure.parse("29.8"));
    assertThat(gap.exact()).isEqualTo(Quantity.points("29.8"));
    assertThat(sentence.text().substring(gap.start(), gap.end())).isEqualTo("29.8");
  }

  @Test
  void test_sentence_continuityOfCare_byItsCatalogueNameAndFullAreaName_whenNoLabelsAreSet() {
    Assessment care = assess(DorsetJuly2023.dataset(), CARE, BCP, LAST_YEAR);
    assertThat(PanelSentences.of(Presentation.DEFAULT).sentence(care, TARGET).text())
        .isEqualTo(
            "Prison leavers with a substance misuse need who engage in community treatment within 3 weeks,"
                + " Bournemouth, Christchurch and Poole: 45.2% in 2022/23, 29.8 percentage points below the 75%"
                + " ambition for 2024/25");
  }

  @Test
  void test_sentence_drugDeaths_downFromLastYear_notSignificant() {
    Dataset data =
        Dataset.builder("deaths", Areas.hierarchy())
            .metric(DEATHS)
            .measurement(Measurement.of(DEATHS, Areas.PAN_DORSET_CDP, CalendarYear.of(2021), Count.of(59)))
            .measurement(Measurement.of(DEATHS, Areas.PAN_DORSET_CDP, CalendarYear.of(2022), Count.of(55)))
            .build();
    Assessment deaths = assess(data, DEATHS, Areas.PAN_DORSET_CDP, CalendarYear.of(2022));
    assertThat(DORSET_PAPER.sentence(deaths, COMPARISON, SIGNIFICANCE).text())
        .isEqualTo("Drug-related deaths: 55 in 2022, down from 59 in 2021 (-6.8%, -4); not a significant change");
  }

  @Test
  void test_sentence_saysProvisional_whenTheDataAreProvisional() {
    Assessment deaths = assess(DorsetJuly2023.dataset(), DEATHS, Areas.PAN_DORSET_CDP, CalendarYear.of(2022));
    assertThat(DORSET_PAPER.sentence(deaths, COMPARISON, SIGNIFICANCE).text())
        .isEqualTo(
            "Drug-related deaths: 55 in 2022 (provisional), down from 59 in 2021 (-6.8%, -4); not a significant"
                + " change");
  }

  @Test
  void test_sentence_printsPartsInTheirOrder_whateverTheOrderAsked() {
    Assessment deaths = assess(DorsetJuly2023.dataset(), DEATHS, Areas.PAN_DORSET_CDP, CalendarYear.of(2022));
    assertThat(DORSET_PAPER.sentence(deaths, SIGNIFICANCE, COMPARISON, SIGNIFICANCE))
        .isEqualTo(DORSET_PAPER.sentence(deaths, Set.of(COMPARISON, SIGNIFICANCE)));
    assertThat(DORSET_PAPER.sentence(deaths).text()).isEqualTo("Drug-related deaths: 55 in 2022 (provisional)");
  }

  @Test
  void test_sentence_namesTheArea_unlessItIsOneOfTheReportsOwn() {
    Assessment arrests = assess(DorsetJuly2023.dataset(), ARRESTS, DORSET, YEAR.quarter(1));
    assertThat(PanelSentences.of(Presentation.DEFAULT).sentence(arrests).text())
        .isEqualTo("County lines arrests, Dorset: 38 in 2023/24 Q1");
    assertThat(PanelSentences.of(Presentation.DEFAULT).withOwnArea(DORSET).sentence(arrests).text())
        .isEqualTo("County lines arrests: 38 in 2023/24 Q1");
  }

  @Test
  void test_sentences_countyLines_everyPart_absentOnesWithTheirReason() {
    Assessment arrests = assess(DorsetJuly2023.dataset(), ARRESTS, DORSET, YEAR.quarter(1));
    assertThat(texts(DORSET_PAPER.sentences(arrests)))
        .containsExactly(
            "County lines arrests: 38 in 2023/24 Q1, 95% confidence interval 26.9 to 52.2",
            "County lines arrests: 38 in 2023/24 Q1; no comparison: there is no value for the same period last"
                + " year and no baseline to compare with",
            "County lines arrests: 38 in 2023/24 Q1, projected 152 for 2023/24, +90.0% (+72) on 2022/23",
            "County lines arrests: 38 in 2023/24 Q1; no target: no target is set for this metric in this area",
            "County lines arrests: 38 in 2023/24 Q1; no trajectory: no target is set for this metric in this area",
            "County lines arrests: 38 in 2023/24 Q1; improving",
            "County lines arrests: 38 in 2023/24 Q1; GREEN (projected improvement of at least 0%)",
            "County lines arrests: 38 in 2023/24 Q1; significance not tested: there is no value for the same"
                + " period last year and no baseline to compare with",
            "County lines arrests: 38 in 2023/24 Q1; no benchmark: no benchmark value is held for this metric"
                + " and period",
            "County lines arrests: 38 in 2023/24 Q1; no trend: the dataset holds too few consecutive points of"
                + " this series for the method",
            "County lines arrests: 38 in 2023/24 Q1; no XmR chart: the dataset holds too few consecutive points"
                + " of this series for the method",
            "County lines arrests: 38 in 2023/24 Q1; no assurance: the dataset holds too few consecutive points"
                + " of this series for the method");
  }

  @Test
  void test_sentence_absentProjection_wholeYear_notPartOfAYear_notAdditive() {
    Dataset data = DorsetJuly2023.dataset();
    assertThat(DORSET_PAPER.sentence(assess(data, TREATMENT, BCP, LAST_YEAR), PROJECTION).text())
        .isEqualTo(
            "Number of people in structured drug and alcohol treatment, BCP: 2,590 in 2022/23; no projection:"
                + " the period is a whole financial year, so there is nothing left to project");
    assertThat(DORSET_PAPER.sentence(assess(data, DEATHS, Areas.PAN_DORSET_CDP, CalendarYear.of(2022)), PROJECTION).text())
        .isEqualTo(
            "Drug-related deaths: 55 in 2022 (provisional); no projection: the period is not part of one"
                + " financial year, so there is no year end to project to");
    Dataset monthly =
        DorsetJuly2023.builder()
            .measurement(Measurement.of(CARE, DORSET, CalendarMonth.of(2023, 5), Proportion.of(55, 100)))
            .build();
    assertThat(DORSET_PAPER.sentence(assess(monthly, CARE, DORSET, CalendarMonth.of(2023, 5)), PROJECTION).text())
        .isEqualTo(
            "Continuity of care: 55.0% in May 2023; no projection: percentages and rates do not add up over a"
                + " year, so they are not projected");
  }

  @Test
  void test_sentence_absentProjectedChange_andAChangeFromZero() {
    Dataset data =
        DorsetJuly2023.builder()
            .measurement(Measurement.of(SOC, BCP, LAST_YEAR.quarter(1), Count.of(0)))
            .measurement(Measurement.of(SOC, BCP, YEAR.quarter(1), Count.of(5)))
            .build();
    Assessment soc = assess(data, SOC, BCP, YEAR.quarter(1));
    assertThat(DORSET_PAPER.sentence(soc, COMPARISON, PROJECTION, RATING).text())
        .isEqualTo(
            "Serious and organised crime disruptions, BCP: 5 in 2023/24 Q1, up from 0 in 2022/23 Q1 (+5; the"
                + " value compared with is zero, so the change has no relative size), projected 20 for 2023/24;"
                + " no projected change: last year's total is not in the dataset, so the projection is not"
                + " compared with it; not rated: the value compared with is zero, so the change has no relative"
                + " size");
  }

  @Test
  void test_sentence_aTargetForAnotherLengthOfPeriod_isNotSetAgainstIt() {
    Dataset data =
        DorsetJuly2023.builder().target(ARRESTS, DORSET, Target.reach(Quantity.count(100), YEAR)).build();
    assertThat(DORSET_PAPER.sentence(assess(data, ARRESTS, DORSET, YEAR.quarter(1)), TARGET).text())
        .isEqualTo(
            "County lines arrests: 38 in 2023/24 Q1; not set against the 100 target for 2023/24: the target is"
                + " for another length of period than the value, and a count or amount is not compared with a"
                + " target for a different length of time (rate the projection instead)");
  }

  @Test
  void test_sentence_treatment_countGapToALocalTarget_noTrajectory_notRated() {
    Assessment adults = assess(DorsetJuly2023.dataset(), TREATMENT, BCP, LAST_YEAR);
    assertThat(DORSET_PAPER.withMetricLabel(TREATMENT, "Adults in treatment").sentence(adults, TARGET, TRAJECTORY, RATING).text())
        .isEqualTo(
            "Adults in treatment, BCP: 2,590 in 2022/23, 110 below the 2,700 target for 2023/24; no trajectory:"
                + " the target has no baseline, so there is no trajectory to it; not rated: there is no value for"
                + " the same period last year and no baseline to compare with");
  }

  @Test
  void test_sentence_noInterval_forMoneyAndForAPublishedPercentage() {
    Dataset data = DorsetJuly2023.dataset();
    assertThat(DORSET_PAPER.sentence(assess(data, CASH, DORSET, YEAR.quarter(1)), INTERVAL, PROJECTION).text())
        .isEqualTo(
            "Cash seized: £23,756 in 2023/24 Q1; no confidence interval: an amount of money is not a count of"
                + " events, so it has no confidence interval; projected £95,024 for 2023/24, +38.9% (+£26,611) on"
                + " 2022/23");
    assertThat(DORSET_PAPER.sentence(assess(data, CARE, BCP, LAST_YEAR), INTERVAL, SIGNIFICANCE).text())
        .isEqualTo(
            "Continuity of care, BCP: 45.2% in 2022/23; no confidence interval: the percentage was published"
                + " without its numerator and denominator, so its uncertainty is not known; significance not"
                + " tested: there is no value for the same period last year and no baseline to compare with");
  }

  @Test
  void test_sentence_continuityOfCare_againstItsTrajectory_withTheChangeInPoints() {
    Dataset data =
        DorsetJuly2023.builder()
            .baseline(CARE, BCP, Baseline.of(LAST_YEAR, Quantity.percent("45.2")))
            .scheme(CARE, TrajectoryScheme.of(Tolerance.points(new BigDecimal("5"))))
            .measurement(Measurement.of(CARE, BCP, YEAR, PublishedPercentage.of("52.0")))
            .build();
    Assessment care = assess(data, CARE, BCP, YEAR);
    assertThat(DORSET_PAPER.sentence(care, COMPARISON, TARGET, TRAJECTORY, DIRECTION, RATING).text())
        .isEqualTo(
            "Continuity of care, BCP: 52.0% in 2023/24, up from 45.2% in 2022/23 (+6.8 percentage points), 23.0"
                + " percentage points below the 75% ambition for 2024/25, 8.1 percentage points below the 60.1%"
                + " expected on the trajectory; improving; RED (value below 55.1%)");
  }

  @Test
  void test_sentence_benchmark_similarToEngland_withTheInterval() {
    Dataset data =
        DorsetJuly2023.builder()
            .measurement(Measurement.of(CARE, BCP, YEAR, Proportion.of(113, 250)))
            .benchmark(CARE, YEAR, Proportion.of(411, 1000))
            .build();
    Assessment care = assess(data, CARE, BCP, YEAR);
    assertThat(DORSET_PAPER.sentence(care, INTERVAL, COMPARISON, BENCHMARK).text())
        .isEqualTo(
            "Continuity of care, BCP: 45.2% in 2023/24, 95% confidence interval 39.1% to 51.4%, unchanged from"
                + " 45.2% in 2022/23; similar to England's 41.1%");
    assertThat(PanelSentences.of(Presentation.DEFAULT).withOwnArea(BCP).withMetricLabel(CARE, "Care").sentence(care, BENCHMARK).text())
        .isEqualTo("Care: 45.2% in 2023/24; similar to the benchmark of 41.1%");
  }

  @Test
  void test_sentence_aMonthlySeries_trendVariationAndAssurance() {
    Dataset.Builder builder = DorsetJuly2023.builder();
    int[] counts = {60, 62, 58, 61, 59, 60, 63, 57, 60, 61, 59, 90};
    for (int i = 0; i < counts.length; i++) {
      builder.measurement(
          Measurement.of(CARE, DORSET, CalendarMonth.of(2023, 4).plusMonths(i), Proportion.of(counts[i], 100)));
    }
    Assessment care = assess(builder.build(), CARE, DORSET, CalendarMonth.of(2024, 3));
    assertThat(DORSET_PAPER.sentence(care, TARGET, TREND, VARIATION, ASSURANCE).text())
        .isEqualTo(
            "Continuity of care: 90.0% in March 2024, 15.0 percentage points above the 75% ambition for 2024/25"
                + " (met); rising recent trend (improving); special-cause improvement on its XmR chart (above"
                + " the upper limit; trial limits); consistently failing the ambition");
  }

  @Test
  void test_sentence_ratingAgainstATarget_namesTheLevelWithItsUnit() {
    Dataset data =
        Dataset.builder("Police and Crime Panel, July 2024", Areas.hierarchy())
            .metrics(MetricCatalogue.national(), CARE.id())
            .defaultScheme(TargetToleranceScheme.of(Tolerance.points(new BigDecimal("5"))))
            .measurement(Measurement.of(CARE, DORSET, CalendarMonth.of(2024, 5), PublishedPercentage.of("55")))
            .target(CARE, DORSET, Target.reach(Quantity.percent("58"), FinancialYear.of(2024)))
            .build();
    Assessment care = assess(data, CARE, DORSET, CalendarMonth.of(2024, 5));
    assertThat(DORSET_PAPER.sentence(care, TARGET, RATING).text())
        .isEqualTo(
            "Continuity of care: 55.0% in May 2024, 3.0 percentage points below the 58% target for 2024/25;"
                + " AMBER (value below 58%)");
  }

  @Test
  void test_sentence_followsThePresentation_placesAndMode() {
    Assessment deaths = assess(DorsetJuly2023.dataset(), DEATHS, Areas.PAN_DORSET_CDP, CalendarYear.of(2022));
    PanelSentences twoPlacesDown =
        PanelSentences.of(new Presentation(2, RoundingMode.DOWN)).withOwnArea(Areas.PAN_DORSET_CDP);
    assertThat(twoPlacesDown.sentence(deaths, COMPARISON).text())
        .isEqualTo("Drug-related deaths: 55 in 2022 (provisional), down from 59 in 2021 (-6.77%, -4)");
    PanelSentences nonePlaces = PanelSentences.of(new Presentation(0, RoundingMode.HALF_EVEN)).withOwnArea(Areas.PAN_DORSET_CDP);
    assertThat(nonePlaces.sentence(deaths, COMPARISON).text())
        .isEqualTo("Drug-related deaths: 55 in 2022 (provisional), down from 59 in 2021 (-7%, -4)");
  }

  @Test
  void test_sentence_aMetricWithNoBetterDirection_isNotJudged() {
    Metric seizures = Metric.local("seizures", "Drug seizures", Unit.COUNT, Polarity.NO_JUDGEMENT);
    Dataset data =
        Dataset.builder("seizures", Areas.hierarchy())
            .metric(seizures)
            .measurement(Measurement.of(seizures, DORSET, LAST_YEAR, Count.of(120)))
            .measurement(Measurement.of(seizures, DORSET, YEAR, Count.of(150)))
            .defaultScheme(DorsetJuly2023.BANDS)
            .build();
    Assessment assessed = assess(data, seizures, DORSET, YEAR);
    assertThat(DORSET_PAPER.sentence(assessed, COMPARISON, DIRECTION, RATING).text())
        .isEqualTo(
            "Drug seizures: 150 in 2023/24, up from 120 in 2022/23 (+25.0%, +30); rising, not judged: the metric"
                + " has no better direction, so it is not judged; not rated: the metric has no better direction,"
                + " so it is not judged");
  }

  @Test
  void test_sentence_refusesAFigureNotPrintedWhereItSays() {
    SentenceFigure figure = new SentenceFigure(Role.VALUE, PrintedFigure.parse("38"), Quantity.count(38), 3);
    assertThat(Sentence.of("38 in 2023/24 Q1", ImmutableList.of()).figures()).isEmpty();
    assertThatThrownBy(() -> Sentence.of("38 in 2023/24 Q1", ImmutableList.of(figure)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'38' at 3");
    assertThatThrownBy(() -> new SentenceFigure(Role.VALUE, PrintedFigure.parse("38"), Quantity.count(38), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> PanelSentences.of(Presentation.DEFAULT).withAreaLabel(BCP, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label");
  }

  @Test
  void test_valueTypes_equalByValue_andReadable() {
    SentenceFigure figure = new SentenceFigure(Role.VALUE, PrintedFigure.parse("38"), Quantity.count(38), 0);
    new EqualsTester()
        .addEqualityGroup(
            Sentence.of("38", ImmutableList.of(figure)), Sentence.of("38", ImmutableList.of(figure)))
        .addEqualityGroup(Sentence.of("38", ImmutableList.of()))
        .testEquals();
    assertThat(figure).hasToString("'38' at 0, value, exactly 38");
    assertThat(Sentence.of("38", ImmutableList.of(figure))).hasToString("38");
    assertThat(DORSET_PAPER)
        .hasToString(
            "panel sentences: percentages to 1 place, rounded HALF_UP; labels {continuity-of-care-prison=Continuity"
                + " of care}; area labels {E06000058=BCP}; own areas [E06000059, pan-dorset-cdp]; benchmark"
                + " England");
    assertThat(SentencePart.PROJECTION.describesValue()).isTrue();
    assertThat(SentencePart.RATING.describesValue()).isFalse();
  }

  @Test
  void test_nulls_areRefused() {
    Assessment arrests = assess(DorsetJuly2023.dataset(), ARRESTS, DORSET, YEAR.quarter(1));
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Presentation.class, Presentation.DEFAULT)
            .setDefault(Assessment.class, arrests)
            .setDefault(Metric.class, NationalMetrics.NUMBERS_IN_TREATMENT)
            .setDefault(Area.class, DORSET)
            .setDefault(Set.class, ImmutableSet.of())
            .setDefault(PrintedFigure.class, PrintedFigure.parse("38"))
            .setDefault(Quantity.class, Quantity.count(38));
    tester.testAllPublicStaticMethods(PanelSentences.class);
    tester.testAllPublicInstanceMethods(DORSET_PAPER);
    tester.testAllPublicStaticMethods(Sentence.class);
    tester.testAllPublicConstructors(SentenceFigure.class);
  }
}
