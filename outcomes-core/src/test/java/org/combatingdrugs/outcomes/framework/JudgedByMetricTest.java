package org.combatingdrugs.outcomes.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.rag.DirectionOfTravel;
import org.combatingdrugs.outcomes.stats.ConfidenceLevel;
import org.combatingdrugs.outcomes.stats.PoissonChange;
import org.combatingdrugs.outcomes.target.Target;
import org.junit.jupiter.api.Test;

/** A metric or a measurement judges exactly as the polarity the catalogue gives it. */
class JudgedByMetricTest {

  @Test
  void test_everyCatalogueMetricJudgesAsItsPolarity() {
    Change rise = PercentageChange.between(Quantity.count(59), Quantity.count(65));
    for (Metric metric : MetricCatalogue.national().all()) {
      Polarity polarity = metric.polarity();
      assertThat(DirectionOfTravel.from(rise, metric)).isEqualTo(DirectionOfTravel.from(rise, polarity));
      assertThat(PoissonChange.test(59, 95, ConfidenceLevel.NINETY_FIVE).judgement(metric))
          .isEqualTo(PoissonChange.test(59, 95, ConfidenceLevel.NINETY_FIVE).judgement(polarity));
    }
  }

  @Test
  void test_aMeasurementJudgesByItsMetric() {
    Metric metric = NationalMetrics.NUMBERS_IN_TREATMENT;
    Measurement bcp =
        Measurement.of(metric, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, FinancialYear.of(2022), Count.of(2590));
    assertThat(bcp.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    Target target = Target.reach(Quantity.count(2700), FinancialYear.of(2023));
    assertThat(target.attainmentOf(bcp.value().quantity(), bcp))
        .isEqualTo(target.attainmentOf(bcp.value().quantity(), metric))
        .isEqualTo(target.attainmentOf(bcp.value().quantity(), Polarity.HIGHER_IS_BETTER));
    assertThat(target.attainmentOf(bcp.value().quantity(), bcp).orElseThrow().met()).isFalse();
  }
}
