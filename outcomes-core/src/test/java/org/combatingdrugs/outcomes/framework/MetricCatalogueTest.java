package org.combatingdrugs.outcomes.framework;

import org.combatingdrugs.outcomes.judgement.Polarity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.combatingdrugs.outcomes.area.AreaType;
import org.combatingdrugs.outcomes.measure.MeasureType;
import org.combatingdrugs.outcomes.measure.Unit;
import org.junit.jupiter.api.Test;

class MetricCatalogueTest {

  private static final MetricCatalogue NATIONAL = MetricCatalogue.national();

  @Test
  void test_national_holdsTheFrameworksMetricsKnownSoFar() {
    assertThat(NATIONAL.withRole(MetricRole.HEADLINE)).hasSize(11);
    assertThat(NATIONAL.withRole(MetricRole.SUPPORTING)).hasSize(22);
    assertThat(NATIONAL.all()).hasSize(33);
    assertThat(NATIONAL.withRole(MetricRole.LOCAL)).isEmpty();
    for (Outcome outcome : Outcome.values()) {
      assertThat(NATIONAL.forOutcome(outcome))
          .as("metrics of %s", outcome)
          .anyMatch(m -> m.role() == MetricRole.HEADLINE);
    }
  }

  @Test
  void test_national_continuityOfCare() {
    Metric continuity = NationalMetrics.CONTINUITY_OF_CARE_PRISON;
    assertThat(continuity.id()).isEqualTo("continuity-of-care-prison");
    assertThat(continuity.outcome()).contains(Outcome.INCREASE_TREATMENT_ENGAGEMENT);
    assertThat(continuity.role()).isEqualTo(MetricRole.HEADLINE);
    assertThat(continuity.measureType()).isEqualTo(MeasureType.PROPORTION);
    assertThat(continuity.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(continuity.lowestGeography()).contains(AreaType.LOCAL_AUTHORITY);
    assertThat(NationalMetrics.OCU_PREVALENCE.unit()).isEqualTo(Unit.ratePer(1000));
    assertThat(NationalMetrics.OCU_PREVALENCE.fingertipsIndicatorId()).contains(91117);
    assertThat(NationalMetrics.ADULT_DRUG_USE_LAST_YEAR.breakdowns())
        .containsExactly("age_group(16-24,16-59)", "drug_type(all,cannabis,cocaine)", "sex", "ethnicity");
  }

  @Test
  void test_national_theThirtyThirdMetricSaysWhatIsUnconfirmed() {
    Metric sharpObject = NationalMetrics.SHARP_OBJECT_ASSAULT_ADMISSIONS;
    assertThat(sharpObject.role()).isEqualTo(MetricRole.SUPPORTING);
    assertThat(sharpObject.provenance().confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(sharpObject.provenance().notes()).contains("UNCONFIRMED");
  }

  @Test
  void test_national_sameInstancesOnEveryCall() throws IllegalAccessException {
    assertThat(MetricCatalogue.national()).isSameAs(NATIONAL);
    Set<String> constants = new HashSet<>();
    for (Field field : NationalMetrics.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Metric.class) {
        Metric metric = Metric.class.cast(field.get(null));
        assertThat(NATIONAL.get(metric.id())).isSameAs(metric);
        assertThat(field.getName()).isEqualTo(metric.id().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        constants.add(metric.id());
      }
    }
    assertThat(constants).hasSameSizeAs(NATIONAL.all());
  }

  @Test
  void test_national_everyUnconfirmedFactSaysSo() {
    for (Metric metric : NATIONAL.all()) {
      if (metric.provenance().confidence() != Confidence.HIGH) {
        assertThat(metric.provenance().notes()).as("notes of %s", metric.id()).isNotBlank();
      }
      assertThat(metric.provenance().source()).isNotBlank();
    }
  }

  @Test
  void test_withLocal_addsDorsetsOwnMetrics() {
    Metric arrests =
        Metric.local("county-lines-arrests", "County lines arrests", Unit.COUNT, Polarity.HIGHER_IS_BETTER);
    Metric cash = Metric.local("cash-seized", "Cash seized", Unit.POUNDS, Polarity.HIGHER_IS_BETTER);
    MetricCatalogue dorset = NATIONAL.withLocal(arrests, cash);
    assertThat(dorset.get("cash-seized")).isEqualTo(cash);
    assertThat(dorset.withRole(MetricRole.LOCAL)).containsExactly(arrests, cash);
    assertThat(dorset.all()).hasSize(NATIONAL.all().size() + 2);
    assertThat(NATIONAL.byId("cash-seized")).isEmpty();
  }

  @Test
  void test_withLocal_neverShadowsAnId() {
    Metric fake = Metric.local("numbers-in-treatment", "Our count", Unit.COUNT, Polarity.HIGHER_IS_BETTER);
    assertThatThrownBy(() -> NATIONAL.withLocal(fake))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("local metric id must be new but 'numbers-in-treatment' is already the HEADLINE metric");
    Metric arrests = Metric.local("arrests", "Arrests", Unit.COUNT, Polarity.HIGHER_IS_BETTER);
    assertThatThrownBy(() -> NATIONAL.withLocal(arrests, arrests))
        .hasMessage("local metric id must be new but 'arrests' is already another local metric");
    assertThatThrownBy(() -> NATIONAL.withLocal(NationalMetrics.DRUG_SEIZURES))
        .hasMessage("local metric must have role LOCAL but drug-seizures has SUPPORTING");
  }

  @Test
  void test_get_namesAnUnknownId() {
    assertThatThrownBy(() -> NATIONAL.get("no-such-metric"))
        .hasMessage("id must name a metric of the catalogue but was 'no-such-metric'");
    assertThat(Outcome.byId("reduce-drug-supply")).contains(Outcome.REDUCE_DRUG_SUPPLY);
    assertThat(Outcome.ofKind(Outcome.Kind.STRATEGIC))
        .containsExactly(
            Outcome.REDUCE_DRUG_USE, Outcome.REDUCE_DRUG_RELATED_CRIME, Outcome.REDUCE_DRUG_DEATHS_AND_HARM);
  }

  @Test
  void test_metric_nationalNeedsAnOutcome() {
    assertThatThrownBy(() -> Metric.builder("x", "X", MetricRole.HEADLINE).build())
        .hasMessage("outcome must be given for the national metric x");
  }
}
