package org.combatingdrugs.outcomes.framework;

import org.combatingdrugs.outcomes.judgement.Polarity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaType;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.junit.jupiter.api.Test;

class MeasurementTest {

  private static final Metric DEATHS =
      Metric.local("drug-deaths", "Deaths related to drug misuse", Unit.COUNT, Polarity.LOWER_IS_BETTER);
  private static final Area DORSET = Area.of("E06000059", "Dorset", AreaType.LOCAL_AUTHORITY);

  @Test
  void test_of_dorsetDrugDeaths() {
    Measurement provisional =
        Measurement.of(DEATHS, DORSET, CalendarYear.of(2022), Count.of(55))
            .withStatus(DataStatus.PROVISIONAL);
    assertThat(provisional.status()).isEqualTo(DataStatus.PROVISIONAL);
    assertThat(provisional).hasToString("drug-deaths, Dorset (E06000059), 2022: 55 (provisional)");
    new EqualsTester()
        .addEqualityGroup(
            provisional, new Measurement(DEATHS, DORSET, CalendarYear.of(2022), Count.of(55), DataStatus.PROVISIONAL))
        .addEqualityGroup(Measurement.of(DEATHS, DORSET, CalendarYear.of(2022), Count.of(55)))
        .testEquals();
  }

  @Test
  void test_of_refusesAValueOfAnotherType() {
    assertThatThrownBy(
            () -> Measurement.of(DEATHS, DORSET, CalendarYear.of(2022), PublishedPercentage.of("45.2")))
        .hasMessage("value must be a COUNT in count for drug-deaths but was 45.2% (PROPORTION)");
  }

  @Test
  void test_of_refusesARateAtAnotherMultiplier() {
    Metric perThousand =
        Metric.local("ocu-rate", "OCU prevalence", Unit.ratePer(1000), Polarity.LOWER_IS_BETTER);
    assertThat(Measurement.of(perThousand, DORSET, CalendarYear.of(2022), Rate.of(5, 1000, 1000)).value())
        .isEqualTo(Rate.of(5, 1000, 1000));
    assertThatThrownBy(
            () -> Measurement.of(perThousand, DORSET, CalendarYear.of(2022), Rate.of(5, 1000, 100_000)))
        .hasMessageContaining("value must be a RATE in per 1,000 for ocu-rate");
  }

  @Test
  void test_metricAndArea_validateTheirText() {
    assertThatThrownBy(() -> Metric.local("Drug Deaths", "x", Unit.COUNT, Polarity.NO_JUDGEMENT))
        .hasMessage("id must be lower-case letters, digits and single hyphens but was 'Drug Deaths'");
    assertThatThrownBy(() -> Metric.local("deaths", " ", Unit.COUNT, Polarity.NO_JUDGEMENT))
        .hasMessage("name must not be blank but was ' '");
    assertThatThrownBy(() -> Area.of(" E06000059", "Dorset", AreaType.LOCAL_AUTHORITY))
        .hasMessage("code must be non-blank without surrounding spaces but was ' E06000059'");
  }
}
