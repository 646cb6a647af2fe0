package org.combatingdrugs.outcomes.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.combatingdrugs.outcomes.exact.Exact;
import org.junit.jupiter.api.Test;

class ValueTest {

  @Test
  void test_quantity_ofEachKind() {
    assertThat(Count.of(38).quantity()).isEqualTo(Quantity.count(38));
    assertThat(Proportion.of(181, 400).quantity()).isEqualTo(Quantity.percent("45.25"));
    assertThat(Rate.of(55, 389_000, 100_000).quantity())
        .isEqualTo(Quantity.of(Exact.of(5500, 389), Unit.ratePer(100_000)));
    assertThat(Money.of("23756").quantity()).isEqualTo(Quantity.pounds("23756"));
    assertThat(PublishedPercentage.of("45.2").quantity()).isEqualTo(Quantity.percent("45.2"));
  }

  @Test
  void test_type_ofEachKind() {
    assertThat(Count.of(1).type()).isEqualTo(MeasureType.COUNT);
    assertThat(Proportion.of(1, 2).type()).isEqualTo(MeasureType.PROPORTION);
    assertThat(PublishedPercentage.of("1").type()).isEqualTo(MeasureType.PROPORTION);
    assertThat(Rate.of(1, 2, 1000).type()).isEqualTo(MeasureType.RATE);
    assertThat(Money.of("1").type()).isEqualTo(MeasureType.MONEY);
  }

  @Test
  void test_unit_isTheOnePlaceARateKeepsItsMultiplier() {
    Rate deaths = Rate.of(55, 389_000, 100_000);
    assertThat(deaths.unit()).isEqualTo(Unit.ratePer(100_000));
    assertThat(deaths.multiplier()).isEqualTo(100_000);
    assertThat(deaths.quantity().unit()).isEqualTo(deaths.unit());
    for (Value v : new Value[] {Count.of(1), Proportion.of(1, 2), PublishedPercentage.of("1"), deaths, Money.of("1")}) {
      assertThat(v.quantity().unit()).as("%s", v).isEqualTo(v.unit());
      assertThat(v.unit().type()).as("%s", v).isEqualTo(v.type());
    }
    assertThatThrownBy(() -> new Rate(1, 2, Unit.PERCENT))
        .hasMessage("unit must be a rate per a multiplier but was percent");
  }

  @Test
  void test_invalidInputs_nameTheFieldAndValue() {
    assertThatThrownBy(() -> Count.of(-1)).hasMessage("count must be 0 or more but was -1");
    assertThatThrownBy(() -> Proportion.of(5, 0)).hasMessage("denominator must be positive but was 0");
    assertThatThrownBy(() -> Proportion.of(401, 400))
        .hasMessage("numerator must be within 0..denominator (400) but was 401");
    assertThatThrownBy(() -> Proportion.of(-1, 400))
        .hasMessage("numerator must be within 0..denominator (400) but was -1");
    assertThatThrownBy(() -> Rate.of(-1, 10, 1000)).hasMessage("events must be 0 or more but was -1");
    assertThatThrownBy(() -> Rate.of(1, 0, 1000)).hasMessage("population must be positive but was 0");
    assertThatThrownBy(() -> Rate.of(1, 10, 0)).hasMessage("multiplier must be positive but was 0");
    assertThatThrownBy(() -> Money.of("-5")).hasMessage("pounds must be 0 or more but was -5");
    assertThatThrownBy(() -> PublishedPercentage.of("100.1"))
        .hasMessage("percent must be within 0..100 but was 100.1");
    assertThatThrownBy(() -> PublishedPercentage.of("-0.1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PublishedPercentage.of("45.2%"))
        .hasMessage("percent must be a decimal number but was '45.2%'");
    assertThatThrownBy(() -> Money.of("£1,000")).hasMessage("pounds must be a decimal number but was '£1,000'");
    assertThatThrownBy(() -> Quantity.pounds("")).hasMessage("pounds must be a decimal number but was ''");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(Money.of("12.5"), Money.of("12.50"), Money.of(new BigDecimal("12.500")))
        .addEqualityGroup(Money.of("0"), Money.of("0.00"))
        .addEqualityGroup(PublishedPercentage.of("45.2"))
        .addEqualityGroup(PublishedPercentage.of("45.20"))
        .addEqualityGroup(Proportion.of(1, 2))
        .addEqualityGroup(Proportion.of(2, 4))
        .addEqualityGroup(Count.of(2))
        .testEquals();
  }

  @Test
  void test_publishedPercentage_keepsItsPrecision() {
    assertThat(PublishedPercentage.of("45.2").decimals()).isEqualTo(1);
    assertThat(PublishedPercentage.of("58").decimals()).isZero();
  }

  @Test
  void test_nulls_areRefused() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Money.class);
    tester.testAllPublicStaticMethods(PublishedPercentage.class);
    tester.testAllPublicStaticMethods(Unit.class);
  }

  @Test
  void test_unit_ratePerValidatesAndNames() {
    assertThat(Unit.ratePer(100_000)).hasToString("per 100,000");
    assertThat(Unit.COUNT).hasToString("count");
    assertThat(Unit.ratePer(1000).isAdditive()).isFalse();
    assertThat(Unit.POUNDS.isAdditive()).isTrue();
    assertThatThrownBy(() -> Unit.ratePer(0)).hasMessage("multiplier must be positive but was 0");
  }

  @Test
  void test_toString_readsAsAPersonReadsIt() {
    assertThat(Count.of(2590)).hasToString("2,590");
    assertThat(Money.of("23756")).hasToString("£23,756");
    assertThat(Money.of("12.5")).hasToString("£12.50");
    assertThat(Proportion.of(113, 250)).hasToString("45.2% (113 of 250)");
    assertThat(Rate.of(4089, 524_231, 1000)).hasToString("7.8 per 1,000 (4,089 in 524,231)");
    assertThat(PublishedPercentage.of("45.20")).hasToString("45.20%");
  }

  @Test
  void test_publishedPercentage_fromADecimalKeepsItsPlaces() {
    PublishedPercentage printed = PublishedPercentage.of(new BigDecimal("45.2"));
    assertThat(printed).isEqualTo(PublishedPercentage.of("45.2"));
    assertThat(printed.quantity()).isEqualTo(Quantity.percent("45.2"));
    assertThat(printed.decimals()).isEqualTo(1);
    assertThat(PublishedPercentage.of(new BigDecimal("58")).decimals()).isZero();
  }
}
