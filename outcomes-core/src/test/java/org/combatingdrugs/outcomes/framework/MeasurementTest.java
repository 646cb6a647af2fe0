package org.combatingdrugs.outcomes.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaType;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.MeasureType;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.junit.jupiter.api.Test;

class MeasurementTest {

  private static final Metric DEATHS =
      Metric.of("drug-deaths", "Deaths related to drug misuse", MeasureType.COUNT, Polarity.LOWER_IS_BETTER);
  private static final Area DORSET = Area.of("E06000059", "Dorset", AreaType.LOCAL_AUTHORITY);

  @Test
  void test_of_dorsetDrugDeaths() {
    Measurement provisional =
        Measurement.of(DEATHS, DORSET, CalendarYear.of(2022), Count.of(55))
            .withStatus(DataStatus.PROVISIONAL);
    assertThat(provisional.status()).isEqualTo(DataStatus.PROVISIONAL);
    assertThat(provisional).hasToString("drug-deaths E06000059 2022 = 55 (PROVISIONAL)");
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
        .hasMessage("value must be a COUNT for drug-deaths but was 45.2% (PROPORTION)");
  }

  @Test
  void test_metricAndArea_validateTheirText() {
    assertThatThrownBy(() -> Metric.of("Drug Deaths", "x", MeasureType.COUNT, Polarity.NO_JUDGEMENT))
        .hasMessage("id must be lower-case letters, digits and single hyphens but was 'Drug Deaths'");
    assertThatThrownBy(() -> Metric.of("deaths", " ", MeasureType.COUNT, Polarity.NO_JUDGEMENT))
        .hasMessage("name must not be blank but was ' '");
    assertThatThrownBy(() -> Area.of(" E06000059", "Dorset", AreaType.LOCAL_AUTHORITY))
        .hasMessage("code must be non-blank without surrounding spaces but was ' E06000059'");
  }
}
