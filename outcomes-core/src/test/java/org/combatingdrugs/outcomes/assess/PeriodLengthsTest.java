package org.combatingdrugs.outcomes.assess;

import static org.assertj.core.api.Assertions.assertThat;

import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.FinancialQuarter;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Target;
import org.junit.jupiter.api.Test;

/**
 * A count is never set against a baseline or a target for another length of period: a quarter's
 * arrests are not compared with a year's, and a trajectory does not run from a quarter to a year.
 * Proportions, which do not grow with the period, are.
 */
class PeriodLengthsTest {

  private static final Metric ARRESTS =
      Metric.local("arrests", "Arrests", Unit.COUNT, Polarity.HIGHER_IS_BETTER);
  private static final Metric SHARE =
      Metric.local("share", "Share", Unit.PERCENT, Polarity.HIGHER_IS_BETTER);
  private static final Area DORSET = Areas.DORSET;
  private static final FinancialYear YEAR = FinancialYear.of(2023);

  @Test
  void test_aQuarterAgainstAYearsBaseline_isNotCompared_andSaysWhy() {
    Dataset data =
        Dataset.builder("lengths", Areas.hierarchy())
            .metric(ARRESTS)
            .measurement(Measurement.of(ARRESTS, DORSET, YEAR.quarter(1), Count.of(38)))
            .baseline(ARRESTS, DORSET, Baseline.of(FinancialYear.of(2022), Quantity.count(80)))
            .build();
    Assessment arrests = Assessor.assess(data, ARRESTS, DORSET, YEAR.quarter(1)).orElseThrow();
    assertThat(arrests.comparison().reason())
        .contains(AssessmentReason.BASELINE_FOR_ANOTHER_PERIOD);
    assertThat(AssessmentReason.BASELINE_FOR_ANOTHER_PERIOD.sentence())
        .isEqualTo(
            "the baseline is for another length of period, and a count or amount is not compared"
                + " across different lengths of time");
  }

  @Test
  void test_aTrajectoryFromAQuarterToAYear_isRefused_forCountsOnly() {
    Dataset counts =
        Dataset.builder("lengths", Areas.hierarchy())
            .metric(ARRESTS)
            .measurement(Measurement.of(ARRESTS, DORSET, YEAR, Count.of(150)))
            .baseline(
                ARRESTS, DORSET, Baseline.of(FinancialQuarter.of(2022, 1), Quantity.count(30)))
            .target(ARRESTS, DORSET, Target.reach(Quantity.count(200), FinancialYear.of(2024)))
            .build();
    Assessment year = Assessor.assess(counts, ARRESTS, DORSET, YEAR).orElseThrow();
    assertThat(year.attainment().isComputed()).isTrue();
    assertThat(year.comparison().reason()).contains(AssessmentReason.BASELINE_FOR_ANOTHER_PERIOD);
    assertThat(year.expected().reason()).contains(AssessmentReason.BASELINE_FOR_ANOTHER_PERIOD);

    Dataset shares =
        Dataset.builder("lengths", Areas.hierarchy())
            .metric(SHARE)
            .measurement(Measurement.of(SHARE, DORSET, YEAR, Proportion.of(60, 100)))
            .baseline(
                SHARE, DORSET, Baseline.of(FinancialQuarter.of(2022, 1), Quantity.percent("40")))
            .target(SHARE, DORSET, Target.reach(Quantity.percent("80"), FinancialYear.of(2024)))
            .build();
    // 40% at the end of June 2022 to 80% at the end of March 2025: 21 of 33 months gone by the end
    // of March 2024, so 40 + 40 × 21/33 = 720/11 %.
    Assessment share = Assessor.assess(shares, SHARE, DORSET, YEAR).orElseThrow();
    assertThat(share.expected().orElseThrow())
        .isEqualTo(Quantity.of(Exact.of(720, 11), Unit.PERCENT));
  }
}
