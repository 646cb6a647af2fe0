package org.combatingdrugs.outcomes.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import org.combatingdrugs.outcomes.area.AreaType;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.target.Target;
import org.junit.jupiter.api.Test;

/**
 * The national metrics table read afresh, field by field, against rows of {@code
 * national-metrics.tsv}; and what a metric, an ambition and a provenance refuse.
 */
class NationalMetricsTableTest {

  private static Metric loaded(String id) {
    return NationalMetricsTable.load().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void test_load_everyRowInOrder() {
    ImmutableList<Metric> metrics = NationalMetricsTable.load();
    assertThat(metrics).hasSize(33);
    assertThat(metrics.get(0).id()).isEqualTo("adult-drug-use-last-year");
    assertThat(metrics.stream().filter(m -> m.unit().equals(Unit.PERCENT)).count()).isEqualTo(14);
    assertThat(metrics.stream().filter(m -> m.unit().equals(Unit.COUNT)).count()).isEqualTo(13);
    assertThat(metrics.stream().filter(m -> m.unit().equals(Unit.ratePer(100_000))).count()).isEqualTo(4);
    assertThat(metrics.stream().filter(m -> m.unit().equals(Unit.ratePer(1000))).count()).isEqualTo(2);
  }

  @Test
  void test_load_aRateRowFieldByField() {
    Metric deaths = loaded("drug-misuse-deaths");
    assertThat(deaths.name()).isEqualTo("Deaths related to drug misuse");
    assertThat(deaths.role()).isEqualTo(MetricRole.HEADLINE);
    assertThat(deaths.outcome()).contains(Outcome.REDUCE_DRUG_DEATHS_AND_HARM);
    assertThat(deaths.unit()).isEqualTo(Unit.ratePer(100_000));
    assertThat(deaths.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(deaths.source()).isEqualTo("ONS death registrations (deaths related to drug poisoning)");
    assertThat(deaths.publisher()).isEqualTo("ONS");
    assertThat(deaths.frequency()).isEqualTo(Frequency.ANNUAL);
    assertThat(deaths.lowestGeography()).contains(AreaType.LOCAL_AUTHORITY);
    assertThat(deaths.breakdowns()).containsExactly("age", "sex", "substance", "cause");
    assertThat(deaths.fingertipsIndicatorId()).contains(92432);
    assertThat(deaths.provenance().confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(deaths.provenance().notes()).startsWith("Secondary source maps the metric to ONS drug poisoning tables");
    assertThat(deaths).hasToString("Deaths related to drug misuse [drug-misuse-deaths]");
  }

  @Test
  void test_load_percentCountAndOtherGeography() {
    Metric care = loaded("continuity-of-care-prison");
    assertThat(care.unit()).isEqualTo(Unit.PERCENT);
    assertThat(care.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(care.frequency()).isEqualTo(Frequency.QUARTERLY);
    assertThat(care.fingertipsIndicatorId()).isEmpty();
    assertThat(care.breakdowns()).containsExactly("substance_group", "prison");
    assertThat(loaded("county-lines-closed").unit()).isEqualTo(Unit.COUNT);
    assertThat(loaded("reoffending-drug-misusing-offenders").lowestGeography()).isEmpty();
  }

  @Test
  void test_load_breakdownsKeepTheirBracketedLists() {
    // age_group(16-24;16-59);drug_type(all;cannabis;cocaine);sex;ethnicity
    assertThat(loaded("adult-drug-use-last-year").breakdowns())
        .containsExactly("age_group(16-24,16-59)", "drug_type(all,cannabis,cocaine)", "sex", "ethnicity");
    assertThat(loaded("ocu-prevalence").breakdowns()).containsExactly("drug(opiates,crack,both)", "age");
  }

  @Test
  void test_forOutcome_eachMetricUnderItsOwnOutcomeOnly() {
    MetricCatalogue national = MetricCatalogue.national();
    int total = 0;
    for (Outcome outcome : Outcome.values()) {
      ImmutableList<Metric> under = national.forOutcome(outcome);
      assertThat(under).allMatch(m -> m.outcome().equals(Optional.of(outcome)));
      total += under.size();
    }
    assertThat(total).isEqualTo(national.all().size());
    assertThat(national.forOutcome(Outcome.INCREASE_TREATMENT_ENGAGEMENT)).hasSize(3);
    assertThat(Arrays.stream(Outcome.values()).mapToInt(o -> national.forOutcome(o).size()).max()).hasValue(7);
  }

  @Test
  void test_metricAmbitionAndProvenance_refuseWhatTheyCannotHold() {
    assertThatThrownBy(() -> Metric.builder("m", "M", MetricRole.LOCAL).source(" ", "us").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source must not be blank but was ' '");
    assertThatThrownBy(() -> Metric.builder("m", "M", MetricRole.LOCAL).source("ours", " ").build())
        .hasMessage("publisher must not be blank but was ' '");
    assertThatThrownBy(() -> Metric.builder("m", "M", MetricRole.LOCAL).fingertipsIndicatorId(0).build())
        .hasMessage("fingertipsIndicatorId must be positive but was 0");
    assertThat(Metric.builder("m", "M", MetricRole.LOCAL).fingertipsIndicatorId(1).build().fingertipsIndicatorId()).contains(1);
    assertThatThrownBy(() -> new Provenance(" ", Confidence.HIGH, ""))
        .hasMessage("source must not be blank but was ' '");
    Ambition care = NationalAmbitions.CONTINUITY_OF_CARE_75;
    Target early = Target.reach(Quantity.percent("75"), FinancialYear.of(2023));
    assertThatThrownBy(
            () ->
                new Ambition(
                    care.id(), care.description(), care.metric(), care.figure(), care.unit(), care.baseline(),
                    care.due(), care.scope(), Optional.of(early), care.provenance()))
        .hasMessage("target must be due by 2024/25 but was " + Optional.of(early));
    Target due = Target.reach(Quantity.percent("75"), FinancialYear.of(2024));
    assertThat(
            new Ambition(
                    care.id(), care.description(), care.metric(), Optional.of(new BigDecimal("75")), care.unit(),
                    care.baseline(), care.due(), care.scope(), Optional.of(due), care.provenance())
                .target())
        .contains(due);
    assertThatThrownBy(
            () ->
                new Ambition(
                    care.id(), care.description(), Optional.empty(), care.figure(), care.unit(), care.baseline(),
                    care.due(), care.scope(), Optional.of(due), care.provenance()))
        .hasMessage("target of continuity-of-care-75 must have a metric");
    assertThat(
            new Ambition(
                    care.id(), care.description(), Optional.empty(), care.figure(), care.unit(), care.baseline(),
                    care.due(), care.scope(), Optional.empty(), care.provenance())
                .metric())
        .isEmpty();
  }
}
