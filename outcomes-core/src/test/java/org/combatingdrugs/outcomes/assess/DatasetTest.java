package org.combatingdrugs.outcomes.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaType;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriods;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Target;
import org.junit.jupiter.api.Test;

/** The Dorset partnership's July 2023 figures as a dataset: held, indexed, and refused when wrong. */
class DatasetTest {

  private static final Metric CASH =
      Metric.local("cash-seized", "Cash seized", Unit.POUNDS, Polarity.HIGHER_IS_BETTER);
  private static final Metric TREATMENT = NationalMetrics.NUMBERS_IN_TREATMENT;
  private static final Area BCP = Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE;
  private static final Area DORSET = Areas.DORSET;

  private static Dataset.Builder dorset() {
    return Dataset.builder("Dorset CDP, July 2023", Areas.hierarchy())
        .metric(CASH)
        .metrics(MetricCatalogue.national(), "numbers-in-treatment", "continuity-of-care-prison");
  }

  @Test
  void test_dataset_holdsSeriesInPeriodOrderAndLooksThemUp() {
    Dataset data =
        dorset()
            .measurement(Measurement.of(CASH, DORSET, ReportingPeriods.parse("2023/24 Q1"), Money.of("23756")))
            .measurement(Measurement.of(CASH, DORSET, ReportingPeriods.parse("2022/23"), Money.of("68413")))
            .measurement(Measurement.of(TREATMENT, BCP, FinancialYear.of(2022), Count.of(2590)))
            .measurement(Measurement.of(TREATMENT, DORSET, FinancialYear.of(2022), Count.of(1889)))
            .target(TREATMENT, BCP, Target.reach(Quantity.count(2700), FinancialYear.of(2023)))
            .baseline(TREATMENT, BCP, Baseline.of(FinancialYear.of(2022), Quantity.count(2590)))
            .benchmark(
                NationalMetrics.CONTINUITY_OF_CARE_PRISON, FinancialYear.of(2022), PublishedPercentage.of("37.0"))
            .build();

    assertThat(data).hasToString("Dorset CDP, July 2023: 3 metrics, " + Areas.hierarchy().areas().size() + " areas, 4 measurements");
    assertThat(data.series(CASH, DORSET).keySet()).extracting(Object::toString).containsExactly("2022/23", "2023/24 Q1");
    assertThat(data.latest(CASH, DORSET).orElseThrow().value()).isEqualTo(Money.of("23756"));
    assertThat(data.latest(CASH, BCP)).isEmpty();
    assertThat(data.series(CASH, BCP)).isEmpty();
    assertThat(data.measurement(TREATMENT, DORSET, FinancialYear.of(2022)).orElseThrow().value()).isEqualTo(Count.of(1889));
    assertThat(data.measurement(TREATMENT, DORSET, FinancialYear.of(2023))).isEmpty();
    assertThat(data.target(TREATMENT, BCP).orElseThrow().level()).isEqualTo(Quantity.count(2700));
    assertThat(data.target(TREATMENT, DORSET)).isEmpty();
    assertThat(data.baseline(TREATMENT, BCP).orElseThrow().period()).isEqualTo(FinancialYear.of(2022));
    assertThat(data.benchmark(NationalMetrics.CONTINUITY_OF_CARE_PRISON, FinancialYear.of(2022)))
        .contains(PublishedPercentage.of("37.0"));
    assertThat(data.metric("cash-seized")).contains(CASH);
    assertThat(data.metric("no-such-metric")).isEmpty();
    assertThat(data.seriesKeys()).hasSize(3);
  }

  @Test
  void test_dataset_refusesWhatItDoesNotHoldNamingMetricAreaAndPeriod() {
    Metric unknown = Metric.local("soc-disruptions", "SOC disruptions", Unit.COUNT, Polarity.HIGHER_IS_BETTER);
    assertThatThrownBy(
            () -> dorset().measurement(Measurement.of(unknown, DORSET, FinancialYear.of(2022), Count.of(964))))
        .hasMessage("measurement for soc-disruptions for 2022/23: the dataset has no metric soc-disruptions");
    Area elsewhere = Area.of("E06000099", "Somewhere else", AreaType.LOCAL_AUTHORITY);
    assertThatThrownBy(
            () -> dorset().measurement(Measurement.of(CASH, elsewhere, FinancialYear.of(2022), Money.of("1"))))
        .hasMessageStartingWith("measurement for cash-seized in E06000099 for 2022/23: the dataset has no area");
    assertThatThrownBy(
            () ->
                dorset()
                    .measurement(Measurement.of(CASH, DORSET, ReportingPeriods.parse("2023/24 Q1"), Money.of("23756")))
                    .measurement(Measurement.of(CASH, DORSET, ReportingPeriods.parse("Q1 2023/24"), Money.of("23576"))))
        .hasMessage("two values for cash-seized in E00000000 for 2023/24 Q1: £23,756 and £23,576".replace("E00000000", DORSET.code()));
    Metric redefined = Metric.local("cash-seized", "Cash", Unit.POUNDS, Polarity.NO_JUDGEMENT);
    assertThatThrownBy(() -> dorset().metric(redefined)).hasMessageStartingWith("metric cash-seized is defined twice, differently");
    assertThatThrownBy(
            () -> dorset().target(TREATMENT, BCP, Target.reach(Quantity.percent("75"), FinancialYear.of(2024))))
        .hasMessage("target for numbers-in-treatment in " + BCP.code() + " for 2024/25 must be in count but was "
            + Target.reach(Quantity.percent("75"), FinancialYear.of(2024)));
    assertThatThrownBy(
            () -> dorset().baseline(CASH, DORSET, Baseline.of(FinancialYear.of(2022), Quantity.count(5))))
        .hasMessage("baseline for cash-seized in " + DORSET.code() + " for 2022/23 must be in pounds but was 5 in 2022/23");
    assertThatThrownBy(() -> dorset().benchmark(TREATMENT, FinancialYear.of(2022), Money.of("5")))
        .hasMessage("benchmark for numbers-in-treatment for 2022/23 must be in count but was £5");
    assertThatThrownBy(() -> Dataset.builder(" ", Areas.hierarchy())).hasMessage("name must not be blank but was ' '");
  }

  @Test
  void test_addingAnotherAreasMeasurement_neverChangesASeries() {
    Dataset.Builder builder =
        dorset().measurement(Measurement.of(TREATMENT, BCP, FinancialYear.of(2022), Count.of(2590)));
    Dataset before = builder.build();
    Dataset after = builder.measurement(Measurement.of(TREATMENT, DORSET, FinancialYear.of(2022), Count.of(1889))).build();
    assertThat(after.series(TREATMENT, BCP)).isEqualTo(before.series(TREATMENT, BCP));
    assertThat(before.series(TREATMENT, DORSET)).isEmpty();
  }

  @Test
  void test_scheme_isTheMetricsOwnOrTheDefault() {
    org.combatingdrugs.outcomes.rag.TargetToleranceScheme panel =
        org.combatingdrugs.outcomes.rag.TargetToleranceScheme.of(
            org.combatingdrugs.outcomes.rag.Tolerance.points(new java.math.BigDecimal("5")));
    org.combatingdrugs.outcomes.rag.ChangeBandsScheme bands =
        org.combatingdrugs.outcomes.rag.ChangeBandsScheme.of(
            org.combatingdrugs.outcomes.rag.ChangeMeasure.RELATIVE,
            java.util.List.of(
                org.combatingdrugs.outcomes.rag.ChangeBand.below(org.combatingdrugs.outcomes.exact.Exact.ZERO, org.combatingdrugs.outcomes.rag.RagStatus.RED),
                org.combatingdrugs.outcomes.rag.ChangeBand.atLeast(org.combatingdrugs.outcomes.exact.Exact.ZERO, org.combatingdrugs.outcomes.rag.RagStatus.GREEN)));
    assertThat(dorset().build().scheme(CASH)).isEmpty();
    Dataset data = dorset().scheme(NationalMetrics.CONTINUITY_OF_CARE_PRISON, panel).defaultScheme(bands).build();
    assertThat(data.scheme(NationalMetrics.CONTINUITY_OF_CARE_PRISON)).contains(panel);
    assertThat(data.scheme(CASH)).contains(bands);
    Metric unknown = Metric.local("soc-disruptions", "SOC disruptions", Unit.COUNT, Polarity.HIGHER_IS_BETTER);
    assertThatThrownBy(() -> dorset().scheme(unknown, panel))
        .hasMessage("scheme for soc-disruptions: the dataset has no metric soc-disruptions");
  }
}
