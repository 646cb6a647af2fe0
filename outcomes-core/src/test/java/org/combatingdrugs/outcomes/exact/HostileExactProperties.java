package org.combatingdrugs.outcomes.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.combatingdrugs.outcomes.HostileInput.validOrRefused;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.combatingdrugs.outcomes.HostileInput;

/**
 * Issue 14's rule for exact numbers: decimals of any scale and length, text of any length, and
 * powers of any size give an exact value that prints and reads back, or a refusal naming the
 * caller's field or value, promptly.
 */
class HostileExactProperties {

  @Property(tries = 200)
  void anyDecimal_isExactOrRefusedNamingIt(@ForAll("decimals") BigDecimal decimal) {
    validOrRefused(
        () -> Exact.of(decimal),
        exact -> {
          assertThat(exact.denominator().signum()).isPositive();
          assertThat(Exact.parse(exact.toExactString())).isEqualTo(exact);
          assertThat(exact.toDecimal(Exact.MAX_DECIMAL_SCALE, RoundingMode.HALF_EVEN).compareTo(decimal))
              .isZero();
        },
        "decimal");
  }

  @Property(tries = 200)
  void anyText_parsesOrIsRefusedNamingIt(@ForAll("text") String text) {
    validOrRefused(
        () -> Exact.parse(text),
        exact -> {
          assertThat(Exact.parse(exact.toExactString())).isEqualTo(exact);
          assertThat(exact.toString()).startsWith(exact.toExactString());
        },
        "text",
        text.length() > 50 ? text.substring(0, 50) : text);
  }

  @Property(tries = 100)
  void anyPowerOfAnyValue_isExactOrRefusedNamingTheExponent(
      @ForAll("decimals") BigDecimal base, @ForAll("exponents") int exponent) {
    Exact value = Exact.of(base.precision() > 1000 || base.scale() > 1000 || base.scale() < -1000 ? BigDecimal.ONE : base);
    validOrRefused(
        () -> value.pow(exponent),
        power -> {
          assertThat(power.signum()).isEqualTo(exponent == 0 ? 1 : exponent % 2 == 0 ? Math.abs(value.signum()) : value.signum());
          assertThat(power.denominator().signum()).isPositive();
        },
        "exponent");
  }

  @Property(tries = 100)
  void anyRoundingOfAnyFraction_isPromptOrRefusedNamingTheDecimals(
      @ForAll("longs") long numerator,
      @ForAll("longs") long denominator,
      @ForAll("places") int decimals,
      @ForAll RoundingMode mode) {
    validOrRefused(
        () -> Exact.of(numerator, denominator).toDecimal(decimals, mode),
        rounded -> {
          assertThat(rounded.scale()).isEqualTo(decimals);
          Exact exact = Exact.of(numerator, denominator);
          BigDecimal den = new BigDecimal(exact.denominator());
          // |rounded − n/d| ≤ 10^-decimals, multiplied through by d
          assertThat(rounded.multiply(den).subtract(new BigDecimal(exact.numerator())).abs())
              .isLessThanOrEqualTo(den.movePointLeft(decimals));
        },
        "decimals",
        "denominator",
        "mode UNNECESSARY");
  }

  @Property(tries = 100)
  void anyDoubleOfAnyValue_isTheNearestOrAnInfinity(@ForAll("decimals") BigDecimal decimal) {
    validOrRefused(
        () -> Exact.of(decimal).doubleValue(),
        d -> {
          assertThat(d.isNaN()).isFalse();
          if (Double.isFinite(d)) {
            assertThat(d).isEqualTo(decimal.doubleValue());
          }
        },
        "decimal");
  }

  @Example
  void test_of_atTheExtremeScale_isRefusedNamingIt() {
    assertThatThrownBy(() -> Exact.of(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimal must have a scale within -1000..1000 but was -2147483648");
  }

  @Example
  void test_parse_ofAMillionDigits_isRefusedAtOnce() {
    assertThatThrownBy(() -> Exact.parse("1" + "0".repeat(1_000_000)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must be at most 10000 characters but had 1000001");
    assertThatThrownBy(() -> Exact.parse("1e999999999"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("text '1e999999999' cannot be read: decimal must have a scale within");
    Exact huge = Exact.of(new BigDecimal("1e1000"));
    assertThat(Exact.parse(huge.toExactString())).isEqualTo(huge);
  }

  @Example
  void test_pow_beyondTheLargestResult_isRefusedNamingTheExponent() {
    Exact big = Exact.of(new BigDecimal("3" + "7".repeat(999)));
    assertThatThrownBy(() -> big.pow(10_000))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("exponent 10000 would give a power of more than 50000 bits (from a value of 3321 bits)");
    assertThat(Exact.of(2).pow(10_000)).isEqualTo(Exact.of(BigInteger.TWO.pow(10_000)));
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return HostileInput.decimals();
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        HostileInput.numberText(),
        Arbitraries.of(
            "1/0", "1/" + "0".repeat(20_000), "7".repeat(9_999) + "/3", "-7/12", " 14 / -24 ", "1/-0", "½"),
        Arbitraries.strings().numeric().ofMaxLength(40).map(s -> s + "/" + s.length()));
  }

  @Provide
  Arbitrary<Integer> exponents() {
    return Arbitraries.oneOf(
        Arbitraries.of(0, 1, 2, 3, 10_000, 10_001, -1, Integer.MAX_VALUE, Integer.MIN_VALUE),
        Arbitraries.integers().between(0, 10_000));
  }

  @Provide
  Arbitrary<Integer> places() {
    return Arbitraries.of(0, 1, 2, 1000, 1001, -1, Integer.MAX_VALUE, Integer.MIN_VALUE);
  }

  @Provide
  Arbitrary<Long> longs() {
    return HostileInput.longs();
  }
}
