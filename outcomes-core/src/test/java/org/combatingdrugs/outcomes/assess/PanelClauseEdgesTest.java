package org.combatingdrugs.outcomes.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.CARE;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.LAST_YEAR;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.TREATMENT;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.YEAR;
import static org.combatingdrugs.outcomes.assess.SentencePart.BENCHMARK;
import static org.combatingdrugs.outcomes.assess.SentencePart.COMPARISON;
import static org.combatingdrugs.outcomes.assess.SentencePart.PROJECTION;
import static org.combatingdrugs.outcomes.assess.SentencePart.RATING;
import static org.combatingdrugs.outcomes.assess.SentencePart.TARGET;

import java.util.List;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.ChangeBand;
import org.combatingdrugs.outcomes.rag.ChangeBandsScheme;
import org.combatingdrugs.outcomes.rag.ChangeMeasure;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.target.Baseline;
import org.junit.jupiter.api.Test;

/**
 * Clauses a panel sentence writes only in particular cases: a comparison with a baseline, a
 * projected change from a zero total, a value exactly at its target, a rating by points, and a
 * benchmark comparison judged better or worse.
 */
class PanelClauseEdgesTest {

  private static final Area BCP = Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE;
  private static final Area DORSET = Areas.DORSET;

  private static PanelSentences paper() {
    return PanelSentences.of(Presentation.DEFAULT)
        .withOwnArea(DORSET)
        .withMetricLabel(CARE, "Continuity of care")
        .withMetricLabel(TREATMENT, "Adults in treatment")
        .withAreaLabel(BCP, "BCP")
        .withBenchmarkName("England");
  }

  private static Assessment assess(Dataset data, Metric metric, Area area, ReportingPeriod period) {
    return Assessor.assess(data, metric, area, period).orElseThrow();
  }

  @Test
  void test_comparison_withABaseline_saysSo() {
    Dataset data =
        Dataset.builder("treatment", Areas.hierarchy())
            .metrics(MetricCatalogue.national(), TREATMENT.id())
            .measurement(Measurement.of(TREATMENT, DORSET, YEAR, Count.of(2700)))
            .baseline(TREATMENT, DORSET, Baseline.of(FinancialYear.of(2021), Quantity.count(2500)))
            .build();
    // 2,500 → 2,700: +200, +8.0%.
    assertThat(paper().sentence(assess(data, TREATMENT, DORSET, YEAR), COMPARISON).text())
        .isEqualTo("Adults in treatment: 2,700 in 2023/24, up from the baseline of 2,500 in 2021/22 (+8.0%, +200)");
  }

  @Test
  void test_projection_changeFromAZeroTotalHasNoRelativeSize() {
    Metric seizures = Metric.local("seizures", "Drug seizures", Unit.COUNT, Polarity.HIGHER_IS_BETTER);
    Dataset data =
        Dataset.builder("seizures", Areas.hierarchy())
            .metric(seizures)
            .measurement(Measurement.of(seizures, DORSET, LAST_YEAR, Count.of(0)))
            .measurement(Measurement.of(seizures, DORSET, YEAR.quarter(1), Count.of(5)))
            .build();
    // 5 in the first quarter × 4 = 20, against 0 last year: +20, no percentage.
    assertThat(paper().sentence(assess(data, seizures, DORSET, YEAR.quarter(1)), PROJECTION).text())
        .isEqualTo(
            "Drug seizures: 5 in 2023/24 Q1, projected 20 for 2023/24, +20 on 2022/23 ("
                + AssessmentReason.ZERO_BASE.sentence()
                + ")");
  }

  @Test
  void test_target_aValueExactlyAtItIsAtTheTarget() {
    Dataset data =
        DorsetJuly2023.builder().measurement(Measurement.of(CARE, DORSET, YEAR, PublishedPercentage.of("75.0"))).build();
    assertThat(paper().sentence(assess(data, CARE, DORSET, YEAR), TARGET).text())
        .isEqualTo("Continuity of care: 75.0% in 2023/24, at the 75% ambition for 2024/25 (met)");
  }

  @Test
  void test_rating_byPointsNamesTheThresholdInPoints() {
    ChangeBandsScheme points =
        ChangeBandsScheme.of(
            ChangeMeasure.POINTS,
            List.of(
                ChangeBand.below(Exact.of(-5), RagStatus.RED),
                ChangeBand.between(Exact.of(-5), Exact.ZERO, RagStatus.AMBER),
                ChangeBand.atLeast(Exact.ZERO, RagStatus.GREEN)));
    Dataset data =
        DorsetJuly2023.builder()
            .scheme(CARE, points)
            .measurement(Measurement.of(CARE, DORSET, YEAR, PublishedPercentage.of("70.0")))
            .build();
    // 67.7% → 70.0%: +2.3 points, at least 0.
    assertThat(paper().sentence(assess(data, CARE, DORSET, YEAR), RATING).text())
        .isEqualTo("Continuity of care: 70.0% in 2023/24; GREEN (improvement of at least 0 percentage points)");
    Dataset fallen =
        DorsetJuly2023.builder()
            .scheme(CARE, points)
            .measurement(Measurement.of(CARE, DORSET, YEAR, PublishedPercentage.of("60.0")))
            .build();
    // 67.7% → 60.0%: -7.7 points, below -5.
    assertThat(paper().sentence(assess(fallen, CARE, DORSET, YEAR), RATING).text())
        .isEqualTo("Continuity of care: 60.0% in 2023/24; RED (improvement below -5 percentage points)");
  }

  @Test
  void test_benchmark_higherIsBetter_lowerIsWorse() {
    // 113 of 250 is 45.2%, 95% Wilson interval 39.1% to 51.4%.
    Dataset above =
        DorsetJuly2023.builder()
            .measurement(Measurement.of(CARE, BCP, YEAR, Proportion.of(113, 250)))
            .benchmark(CARE, YEAR, Proportion.of(300, 1000))
            .build();
    assertThat(paper().sentence(assess(above, CARE, BCP, YEAR), BENCHMARK).text())
        .isEqualTo("Continuity of care, BCP: 45.2% in 2023/24; higher than England's 30.0% (better)");
    Dataset below =
        DorsetJuly2023.builder()
            .measurement(Measurement.of(CARE, BCP, YEAR, Proportion.of(113, 250)))
            .benchmark(CARE, YEAR, Proportion.of(600, 1000))
            .build();
    assertThat(paper().sentence(assess(below, CARE, BCP, YEAR), BENCHMARK).text())
        .isEqualTo("Continuity of care, BCP: 45.2% in 2023/24; lower than England's 60.0% (worse)");
  }
}
