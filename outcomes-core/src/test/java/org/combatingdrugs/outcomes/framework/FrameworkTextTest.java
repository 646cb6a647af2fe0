package org.combatingdrugs.outcomes.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.junit.jupiter.api.Test;

/** The framework's outcomes, ambitions and catalogue read as the framework writes them. */
class FrameworkTextTest {

  @Test
  void test_outcome_idTitleAndText() {
    assertThat(Outcome.REDUCE_DRUG_USE.id()).isEqualTo("reduce-drug-use");
    assertThat(Outcome.REDUCE_DRUG_USE.title()).isEqualTo("Reduce drug use");
    assertThat(Outcome.REDUCE_DRUG_USE).hasToString("Reduce drug use");
    assertThat(Outcome.INCREASE_TREATMENT_ENGAGEMENT.id()).isEqualTo("increase-treatment-engagement");
    assertThat(Outcome.INCREASE_TREATMENT_ENGAGEMENT).hasToString("Increase engagement in drug treatment");
    assertThat(Outcome.byId("improve-recovery-outcomes")).contains(Outcome.IMPROVE_RECOVERY_OUTCOMES);
  }

  @Test
  void test_ambition_readsAsItsIdDescriptionAndDue() {
    assertThat(NationalAmbitions.CONTINUITY_OF_CARE_75)
        .hasToString(
            "continuity-of-care-75: Raise the share of prison leavers engaging with community treatment within"
                + " 3 weeks to 75% (by 2024/25)");
  }

  @Test
  void test_catalogue_listsItsMetricIdsInOrder() {
    Metric local = Metric.local("cash-seized", "Cash seized", Unit.POUNDS, Polarity.HIGHER_IS_BETTER);
    MetricCatalogue catalogue = MetricCatalogue.national().withLocal(local);
    String ids = catalogue.all().stream().map(Metric::id).collect(Collectors.joining(", "));
    assertThat(catalogue).hasToString("MetricCatalogue[" + ids + "]");
    assertThat(catalogue.toString()).startsWith("MetricCatalogue[adult-drug-use-last-year, ocu-prevalence, ");
    assertThat(catalogue.toString()).endsWith(", cash-seized]");
  }
}
