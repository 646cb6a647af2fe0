package org.combatingdrugs.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.stats.ConfidenceLevel;
import org.combatingdrugs.outcomes.stats.PoissonChange;
import org.combatingdrugs.outcomes.stats.ProportionIntervals;
import org.combatingdrugs.outcomes.target.Target;
import org.junit.jupiter.api.Test;

/** What an analyst meets in JShell reads as a report writes it; the exact value is an accessor away. */
class ReadableToStringTest {

  @Test
  void test_relativeChange_readsAsASignedPercentage() {
    assertThat(PercentageChange.between(Quantity.count(59), Quantity.count(102)).relative().orElseThrow())
        .hasToString("+72.9%");
    assertThat(PercentageChange.between(Quantity.count(59), Quantity.count(55)).relative().orElseThrow())
        .hasToString("-6.8%");
    assertThat(PercentageChange.between(Quantity.count(5), Quantity.count(5)).relative().orElseThrow())
        .hasToString("0.0%");
  }

  @Test
  void test_change_readsAsAReportWritesIt() {
    Change arrests = PercentageChange.between(Quantity.count(80), Quantity.count(152));
    assertThat(arrests).hasToString("80 → 152: +90.0% (+72)");
    assertThat(PercentageChange.between(Quantity.percent("45.2"), Quantity.percent("67.7")))
        .hasToString("45.2% → 67.7%: +22.5 pp");
    assertThat(PercentageChange.between(Quantity.count(0), Quantity.count(5)))
        .hasToString("0 → 5: undefined (+5)");
    assertThat(PercentageChange.between(Quantity.pounds("68413"), Quantity.pounds("95024")))
        .hasToString("£68,413 → £95,024: +38.9% (+£26,611)");
  }

  @Test
  void test_rate_readsPerItsMultiplier() {
    assertThat(Rate.of(4089, 524_231, 1000).quantity()).hasToString("7.8 per 1,000");
  }

  @Test
  void test_interval_readsWithItsMethodAndLevel() {
    assertThat(ProportionIntervals.wilson(65, 100, ConfidenceLevel.NINETY_FIVE))
        .hasToString("0.650 [0.553, 0.736] (Wilson, 95%)");
  }

  @Test
  void test_attainment_readsWithItsGapAndWhetherItIsMet() {
    Target ambition = Target.reach(Quantity.percent("75"), FinancialYear.of(2024));
    assertThat(ambition.attainmentOf(Quantity.percent("45.2"), Polarity.HIGHER_IS_BETTER))
        .hasToString("45.2% against at least 75.0%: 29.8 pp to go");
    Target adults = Target.reach(Quantity.count(2700), FinancialYear.of(2023));
    assertThat(adults.attainmentOf(Quantity.count(2590), Polarity.HIGHER_IS_BETTER))
        .hasToString("2,590 against at least 2,700: 110 to go");
    Target youngPeople = Target.reach(Quantity.count(75), FinancialYear.of(2023));
    assertThat(youngPeople.attainmentOf(Quantity.count(102), Polarity.HIGHER_IS_BETTER))
        .hasToString("102 against at least 75: met");
  }

  @Test
  void test_changeSignificance_readsWithItsMethodAndVerdict() {
    assertThat(PoissonChange.test(59, 55, ConfidenceLevel.NINETY_FIVE))
        .hasToString("no significant change (exact conditional binomial, p = 0.779)");
  }
}
