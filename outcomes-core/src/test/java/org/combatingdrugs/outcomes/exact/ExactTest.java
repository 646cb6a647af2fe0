package org.combatingdrugs.outcomes.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ExactTest {

  @Test
  void test_of_decimalIsExact() {
    assertThat(Exact.of(new BigDecimal("45.2"))).isEqualTo(Exact.of(226, 5));
    assertThat(Exact.of(new BigDecimal("1.2E+3"))).isEqualTo(Exact.of(1200));
    assertThat(Exact.of(new BigDecimal("-0.125"))).isEqualTo(Exact.of(-1, 8));
    assertThat(Exact.of(new BigDecimal("45.20"))).isEqualTo(Exact.of(new BigDecimal("45.2")));
  }

  @Test
  void test_of_keepsLowestTermsWithPositiveDenominator() {
    Exact x = Exact.of(6, -9);
    assertThat(x.numerator()).isEqualTo(BigInteger.valueOf(-2));
    assertThat(x.denominator()).isEqualTo(BigInteger.valueOf(3));
    assertThat(Exact.of(0, -5)).isEqualTo(Exact.ZERO).hasSameHashCodeAs(Exact.ZERO);
    assertThat(Exact.of(2, 4)).isEqualTo(Exact.of(-1, -2)).hasSameHashCodeAs(Exact.of(1, 2));
  }

  @Test
  void test_of_refusesAZeroDenominatorAndAHugeScale() {
    assertThatThrownBy(() -> Exact.of(3, 0)).hasMessage("denominator must not be zero (numerator 3)");
    assertThatThrownBy(() -> Exact.of(new BigDecimal("1E+1001")))
        .hasMessage("decimal must have a scale within -1000..1000 but was -1001");
    assertThatThrownBy(() -> Exact.ONE.divide(Exact.ZERO)).hasMessage("divisor must not be zero (dividing 1)");
    assertThatThrownBy(() -> Exact.ZERO.reciprocal()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_toDecimal_usesTheNamedMode() {
    Exact soc = Exact.of(72 * 100, 964);
    assertThat(soc.toDecimal(1, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("7.5"));
    assertThat(soc.toDecimal(1, RoundingMode.DOWN)).isEqualTo(new BigDecimal("7.4"));
    assertThat(Exact.of(-5, 2).toDecimal(0, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("-3"));
    assertThat(Exact.of(-5, 2).toDecimal(0, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("-2"));
    assertThatThrownBy(() -> Exact.of(1, 3).toDecimal(2, RoundingMode.UNNECESSARY))
        .hasMessage("mode UNNECESSARY cannot show 1/3 with 2 decimals");
    assertThat(Exact.of(1, 4).toDecimal(2, RoundingMode.UNNECESSARY)).isEqualTo(new BigDecimal("0.25"));
    assertThatThrownBy(() -> soc.toDecimal(-1, RoundingMode.DOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimals must be within 0..1000 but was -1");
  }

  @Test
  void test_toExactString_decimalWhenItTerminates() {
    assertThat(Exact.of(7, 4).toExactString()).isEqualTo("1.75");
    assertThat(Exact.of(-1, -3).toExactString()).isEqualTo("1/3");
    assertThat(Exact.of(6, -9).toExactString()).isEqualTo("-2/3");
    assertThat(Exact.of(3, 30).toExactString()).isEqualTo("0.1");
    assertThat(Exact.ZERO.toExactString()).isEqualTo("0");
    assertThat(Exact.of(1200).toExactString()).isEqualTo("1200");
    assertThat(Exact.of(1, 1024).toExactString()).isEqualTo("0.0009765625");
  }

  @Test
  void test_toString_addsAnApproximationToAFractionThatDoesNotTerminate() {
    assertThat(Exact.of(1800, 241)).hasToString("1800/241 ≈ 7.46888");
    assertThat(Exact.of(-2, 3)).hasToString("-2/3 ≈ -0.666667");
    assertThat(Exact.of(7, 4)).hasToString("1.75");
  }

  @Test
  void test_parse_readsWhatToExactStringWrites() {
    assertThat(Exact.parse("-7/12")).isEqualTo(Exact.of(-7, 12));
    assertThat(Exact.parse(" 14 / -24 ")).isEqualTo(Exact.of(-7, 12));
    assertThat(Exact.parse("1.75")).isEqualTo(Exact.of(7, 4));
    assertThatThrownBy(() -> Exact.parse("seven"))
        .hasMessage("text must be a decimal or a fraction such as 7/12 but was 'seven'");
    assertThatThrownBy(() -> Exact.parse("1/0"))
        .hasMessage("text '1/0' cannot be read: denominator must not be zero (numerator 1)");
  }

  @Test
  void test_compareTo_ordersNegativeValuesCorrectly() {
    assertThat(Exact.of(-3).compareTo(Exact.of(-2))).isNegative();
    assertThat(Exact.of(-1, 10).compareTo(Exact.ONE.negate())).isPositive();
    assertThat(Exact.of(1, -2).compareTo(Exact.of(-2, 4))).isZero();
    assertThat(Exact.of(-1, 2).compareTo(Exact.of(1, 3))).isNegative();
    assertThat(Exact.of(-3).max(Exact.of(-2))).isEqualTo(Exact.of(-2));
    assertThat(Exact.of(-3).min(Exact.of(-2))).isEqualTo(Exact.of(-3));
  }

  @Test
  void test_wholeParts() {
    assertThat(Exact.of(-12, 4).isInteger()).isTrue();
    assertThat(Exact.of(1, 2).isInteger()).isFalse();
    assertThat(Exact.ZERO.isInteger()).isTrue();
    assertThat(Exact.of(-7, 2).longValue()).isEqualTo(-3);
    assertThat(Exact.of(2, 3).pow(3)).isEqualTo(Exact.of(8, 27));
    assertThat(Exact.of(2, 3).pow(0)).isEqualTo(Exact.ONE);
    assertThat(Exact.of(1, 3).doubleValue()).isEqualTo(1.0 / 3);
  }
}
