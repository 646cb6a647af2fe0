package org.combatingdrugs.outcomes.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.combatingdrugs.outcomes.exact.Exact;
import org.junit.jupiter.api.Test;

class QuantityTest {

  @Test
  void test_equals_byValueAndUnit() {
    new EqualsTester()
        .addEqualityGroup(
            Quantity.percent("45.2"),
            Quantity.percent("45.20"),
            Quantity.of(Exact.of(226, 5), Unit.PERCENT))
        .addEqualityGroup(Quantity.of(Exact.of(226, 5), Unit.COUNT))
        .addEqualityGroup(Quantity.pounds("23756"), Quantity.of(23756, Unit.POUNDS))
        .addEqualityGroup(Quantity.of(5, Unit.ratePer(1000)))
        .addEqualityGroup(Quantity.of(5, Unit.ratePer(100_000)))
        .testEquals();
  }

  @Test
  void test_arithmetic_isExact() {
    Quantity cash = Quantity.pounds("23756");
    assertThat(cash.multiply(Exact.of(4))).isEqualTo(Quantity.pounds("95024"));
    assertThat(Quantity.count(38).divide(Exact.of(1, 4))).isEqualTo(Quantity.count(152));
    assertThat(Quantity.percent("75").minus(Quantity.percent("45.2")))
        .isEqualTo(Quantity.points("29.8"));
    assertThat(Quantity.percent("45.2").plus(Quantity.points("29.8"))).isEqualTo(Quantity.percent("75"));
    assertThat(Quantity.percent("75").minus(Quantity.points("29.8"))).isEqualTo(Quantity.percent("45.2"));
    assertThat(Quantity.points("29.8")).hasToString("29.8 pp");
    assertThat(Quantity.points("29.8").toExactString()).isEqualTo("29.8 pp");
    assertThatThrownBy(() -> Quantity.points("3").minus(Quantity.percent("3")))
        .hasMessage("other must be in percentage points like 3.0 pp but was 3.0% (percent)");
    assertThat(Quantity.count(2590).plus(Quantity.count(1889))).isEqualTo(Quantity.count(4479));
    assertThat(Quantity.count(7).negate().signum()).isEqualTo(-1);
    assertThat(Quantity.count(101).multiply(Exact.of(1, 2)).isInteger()).isFalse();
  }

  @Test
  void test_plus_refusesOtherUnits() {
    assertThatThrownBy(() -> Quantity.count(3).plus(Quantity.pounds("3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other must be in count")
        .hasMessageContaining("£3");
    assertThatThrownBy(() -> Quantity.count(3).compareTo(Quantity.percent("3")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_divide_byZeroIsRefused() {
    assertThatThrownBy(() -> Quantity.count(3).divide(Exact.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("divisor must not be zero");
  }

  @Test
  void test_format_likeReports() {
    assertThat(Quantity.pounds("95024").format(0, RoundingMode.HALF_UP)).isEqualTo("£95,024");
    assertThat(Quantity.count(2590).format(0, RoundingMode.HALF_UP)).isEqualTo("2,590");
    assertThat(Quantity.percent("45.2").format(1, RoundingMode.HALF_UP)).isEqualTo("45.2%");
    assertThat(Quantity.pounds("-720").format(0, RoundingMode.HALF_UP)).isEqualTo("-£720");
    assertThat(Quantity.of(Exact.of(141, 10), Unit.ratePer(100_000)).format(1, RoundingMode.HALF_UP))
        .isEqualTo("14.1 per 100,000");
    assertThat(Quantity.count(1234567).toDecimal(0, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("1234567"));
  }

  @Test
  void test_toExactString_isExact() {
    assertThat(Quantity.count(38).toExactString()).isEqualTo("38");
    assertThat(Quantity.pounds("23756").toExactString()).isEqualTo("£23756");
    assertThat(Quantity.pounds("-0.5").toExactString()).isEqualTo("-£0.5");
    assertThat(Quantity.percent("45.20").toExactString()).isEqualTo("45.2%");
    assertThat(Quantity.of(Exact.of(7, 12), Unit.COUNT).toExactString()).isEqualTo("7/12");
    assertThat(Quantity.of(Exact.of(-7, 12), Unit.COUNT).toExactString()).isEqualTo("-7/12");
    assertThat(Quantity.of(3, Unit.ratePer(1000)).toExactString()).isEqualTo("3 per 1,000");
  }

  @Test
  void test_toString_readsAsAPersonReadsIt() {
    assertThat(Quantity.count(38)).hasToString("38");
    assertThat(Quantity.count(2590)).hasToString("2,590");
    assertThat(Quantity.count(-2050)).hasToString("-2,050");
    assertThat(Quantity.of(Exact.of(7, 12), Unit.COUNT)).hasToString("0.6");
    assertThat(Quantity.pounds("23756")).hasToString("£23,756");
    assertThat(Quantity.pounds("59478661")).hasToString("£59,478,661");
    assertThat(Quantity.pounds("12.5")).hasToString("£12.50");
    assertThat(Quantity.pounds("-0.5")).hasToString("-£0.50");
    assertThat(Quantity.percent("45.20")).hasToString("45.2%");
    assertThat(Quantity.percent("0.04")).hasToString("0.04%");
    assertThat(Quantity.percent("0")).hasToString("0.0%");
    assertThat(Quantity.of(Exact.of(4_089_000, 524_231), Unit.ratePer(1000))).hasToString("7.8 per 1,000");
    assertThat(Quantity.of(3, Unit.ratePer(1000))).hasToString("3.0 per 1,000");
  }

  @Test
  void test_toDifferenceString_signsItAndWritesPoints() {
    assertThat(Quantity.percent("75").minus(Quantity.percent("45.2")).toDifferenceString()).isEqualTo("+29.8 pp");
    assertThat(Quantity.percent("45.2").minus(Quantity.percent("45.2")).toDifferenceString()).isEqualTo("0.0 pp");
    assertThat(Quantity.count(72).toDifferenceString()).isEqualTo("+72");
    assertThat(Quantity.pounds("-720").toDifferenceString()).isEqualTo("-£720");
    assertThat(Quantity.count(-2050).toDifferenceString()).isEqualTo("-2,050");
  }

  @Test
  void test_nulls_areRefused() {
    new NullPointerTester().testAllPublicStaticMethods(Quantity.class);
    new NullPointerTester().testAllPublicInstanceMethods(Quantity.count(1));
  }

  @Test
  void test_plus_pointsAddToAPercentageFromEitherSide_andToNothingElse() {
    assertThat(Quantity.points("29.8").plus(Quantity.percent("45.2"))).isEqualTo(Quantity.percent("75"));
    assertThat(Quantity.points("29.8").plus(Quantity.percent("45.2")).unit()).isEqualTo(Unit.PERCENT);
    assertThatThrownBy(() -> Quantity.points("1").plus(Quantity.count(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantity.count(1).plus(Quantity.points("1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantity.percent("1").plus(Quantity.count(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
