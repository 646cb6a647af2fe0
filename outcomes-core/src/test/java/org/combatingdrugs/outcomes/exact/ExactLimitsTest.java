package org.combatingdrugs.outcomes.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The documented limits of exact values hold exactly at their ends, one inside and one beyond. */
class ExactLimitsTest {

  @Test
  void test_parse_acceptsTextOfTheLongestLength_andRefusesOneCharacterMore() {
    String longest = "0".repeat(Exact.MAX_TEXT_LENGTH - 1) + "7";
    assertThat(Exact.parse(longest)).isEqualTo(Exact.of(7));
    assertThatThrownBy(() -> Exact.parse("0" + longest))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must be at most 10000 characters but had 10001");
  }

  @Test
  void test_pow_exponentRunsFromZeroToTenThousand() {
    assertThat(Exact.ONE.pow(10_000)).isEqualTo(Exact.ONE);
    assertThat(Exact.of(-1).pow(10_000)).isEqualTo(Exact.ONE);
    assertThatThrownBy(() -> Exact.ONE.pow(10_001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exponent must be within 0..10000 but was 10001");
  }

  @Test
  void test_pow_powerOfAtMostFiftyThousandBits() {
    // 32 has six bits: 32^9999 = 2^49995 is allowed, 32^10000 = 2^50000 is not.
    assertThat(Exact.of(32).pow(9_999)).isEqualTo(Exact.of(BigInteger.TWO.pow(49_995)));
    assertThat(Exact.of(1, 32).pow(9_999)).isEqualTo(Exact.ONE.divide(Exact.of(BigInteger.TWO.pow(49_995))));
    assertThatThrownBy(() -> Exact.of(32).pow(10_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exponent 10000 would give a power of more than 50000 bits (from a value of 6 bits)");
  }

  @Test
  void test_decimalsFor_threeBelowOne_twoBelowAHundred_thenOne() {
    assertThat(Digits.decimalsFor(0.999)).isEqualTo(3);
    assertThat(Digits.decimalsFor(1.0)).isEqualTo(2);
    assertThat(Digits.decimalsFor(-1.0, 0.5)).isEqualTo(2);
    assertThat(Digits.decimalsFor(99.99)).isEqualTo(2);
    assertThat(Digits.decimalsFor(100.0)).isEqualTo(1);
    assertThat(Digits.decimalsFor(0.5, -100.0)).isEqualTo(1);
    assertThat(Digits.decimalsFor()).isEqualTo(3);
  }
}
