package org.combatingdrugs.outcomes.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.junit.jupiter.api.Test;
import org.combatingdrugs.outcomes.target.Target;

class NationalAmbitionsTest {

  @Test
  void test_continuityOfCare_isATargetTheCatalogueHandsOut() {
    Ambition ambition = NationalAmbitions.CONTINUITY_OF_CARE_75;
    assertThat(ambition.metric()).contains(NationalMetrics.CONTINUITY_OF_CARE_PRISON);
    assertThat(ambition.due()).isEqualTo(FinancialYear.of(2024));
    Target target = ambition.target().orElseThrow();
    assertThat(target.level()).isEqualTo(Quantity.percent("75"));
    assertThat(
            target
                .attainmentOf(Quantity.percent("67.7"), NationalMetrics.CONTINUITY_OF_CARE_PRISON.polarity())
                .orElseThrow()
                .gap())
        .isEqualTo(Quantity.points("7.3"));
    assertThat(NationalAmbitions.forMetric(NationalMetrics.CONTINUITY_OF_CARE_PRISON))
        .containsExactly(ambition);
  }

  @Test
  void test_otherAmbitions_keptAsStatedWithoutInventingATarget() {
    Ambition places = NationalAmbitions.TREATMENT_PLACES_TOTAL;
    assertThat(places.figure()).contains(new BigDecimal("54500"));
    assertThat(places.baseline()).contains(FinancialYear.of(2021));
    assertThat(places.target()).isEmpty();
    assertThat(NationalAmbitions.all()).hasSize(12);
    assertThat(NationalAmbitions.byId("prevent-crimes-750000").orElseThrow().metric()).isEmpty();
    assertThat(NationalAmbitions.byId("prevent-neighbourhood-crimes-140000").orElseThrow().metric())
        .contains(NationalMetrics.NEIGHBOURHOOD_CRIME);
    assertThat(NationalAmbitions.byId("ocg-disruptions-6400").orElseThrow().provenance().confidence())
        .isEqualTo(Confidence.LOW);
    assertThat(NationalAmbitions.all()).filteredOn(a -> a.target().isPresent()).hasSize(1);
    assertThat(NationalAmbitions.all()).isSameAs(NationalAmbitions.all());
  }
}
