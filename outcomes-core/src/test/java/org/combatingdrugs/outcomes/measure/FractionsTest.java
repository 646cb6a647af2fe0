package org.combatingdrugs.outcomes.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class FractionsTest {

  @Test
  void test_of_isExact() {
    assertThat(Fractions.of(new BigDecimal("45.2"))).isEqualTo(BigFraction.of(226, 5));
    assertThat(Fractions.of(new BigDecimal("1.2E+3"))).isEqualTo(BigFraction.of(1200));
    assertThat(Fractions.of(new BigDecimal("-0.125"))).isEqualTo(BigFraction.of(-1, 8));
  }

  @Test
  void test_round_usesTheMode() {
    BigFraction soc = BigFraction.of(72 * 100, 964);
    assertThat(Fractions.round(soc, 1, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("7.5"));
    assertThat(Fractions.round(soc, 1, RoundingMode.DOWN)).isEqualTo(new BigDecimal("7.4"));
    assertThatThrownBy(() -> Fractions.round(BigFraction.of(1, 3), 2, RoundingMode.UNNECESSARY))
        .hasMessage("mode UNNECESSARY cannot show 1/3 with 2 decimals");
    assertThat(Fractions.round(BigFraction.of(1, 4), 2, RoundingMode.UNNECESSARY)).isEqualTo(new BigDecimal("0.25"));
    assertThatThrownBy(() -> Fractions.round(soc, -1, RoundingMode.DOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimals must be within 0..1000 but was -1");
  }

  @Test
  void test_toExactString_decimalWhenItTerminates() {
    assertThat(Fractions.toExactString(BigFraction.of(7, 4))).isEqualTo("1.75");
    assertThat(Fractions.toExactString(BigFraction.of(-1, -3))).isEqualTo("1/3");
    assertThat(Fractions.toExactString(BigFraction.of(6, -9))).isEqualTo("-2/3");
    assertThat(Fractions.toExactString(BigFraction.of(3, 30))).isEqualTo("0.1");
    assertThat(Fractions.toExactString(BigFraction.ZERO)).isEqualTo("0");
    assertThat(Fractions.toExactString(BigFraction.of(1200))).isEqualTo("1200");
  }

  @Test
  void test_compare_ordersNegativeFractionsCorrectly() {
    assertThat(Fractions.compare(BigFraction.of(-3), BigFraction.of(-2))).isNegative();
    assertThat(Fractions.compare(BigFraction.of(-1, 10), BigFraction.ONE.negate())).isPositive();
    assertThat(Fractions.compare(BigFraction.of(1, -2), BigFraction.of(-2, 4))).isZero();
    assertThat(Fractions.compare(BigFraction.of(-1, 2), BigFraction.of(1, 3))).isNegative();
    assertThat(Quantity.count(-3).compareTo(Quantity.count(-2))).isNegative();
  }

  @Test
  void test_isInteger() {
    assertThat(Fractions.isInteger(BigFraction.of(-12, 4))).isTrue();
    assertThat(Fractions.isInteger(BigFraction.of(1, 2))).isFalse();
    assertThat(Fractions.isInteger(BigFraction.ZERO)).isTrue();
  }
}
