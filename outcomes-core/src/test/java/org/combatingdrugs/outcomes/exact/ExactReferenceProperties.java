package org.combatingdrugs.outcomes.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Every operation agrees with the same value worked out in {@link BigInteger}s, whichever way its
 * operands are held: numerators and denominators that fit in a {@code long} (the fast path), that
 * lie at its edges ({@code Long.MIN_VALUE}, whose magnitude does not fit, products that overflow)
 * and that do not fit at all. A value built from longs equals, hashes and prints as the same value
 * built from big integers.
 */
class ExactReferenceProperties {

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** A fraction p/q with q not zero, as the reference holds it: not reduced, any signs. */
  record Fraction(BigInteger p, BigInteger q) {

    Exact exact() {
      return Exact.of(p, q);
    }

    boolean fitsLong() {
      return fits(p) && fits(q);
    }
  }

  @Provide
  Arbitrary<BigInteger> integers() {
    Arbitrary<BigInteger> anyLong = Arbitraries.longs().map(BigInteger::valueOf);
    Arbitrary<BigInteger> smallLong = Arbitraries.longs().between(-10_000, 10_000).map(BigInteger::valueOf);
    Arbitrary<BigInteger> edge = longEdges().map(BigInteger::valueOf);
    return Arbitraries.oneOf(
        List.of(
            anyLong,
            anyLong,
            smallLong,
            smallLong,
            edge,
            edge,
            sharedFactors(),
            justBeyondLong(),
            Arbitraries.bigIntegers().between(BigInteger.TWO.pow(200).negate(), BigInteger.TWO.pow(200))));
  }

  /** Longs where overflow, negation and the 53-bit double limit change what happens. */
  private static Arbitrary<Long> longEdges() {
    return Arbitraries.of(
        Long.MIN_VALUE,
        Long.MIN_VALUE + 1,
        Long.MAX_VALUE,
        Long.MAX_VALUE - 1,
        0L,
        1L,
        -1L,
        2L,
        -2L,
        1L << 31,
        -(1L << 31),
        1L << 32,
        (1L << 32) + 1,
        1L << 53,
        -(1L << 53),
        (1L << 53) + 1,
        -(1L << 53) - 1,
        1L << 62,
        -(1L << 62),
        3_037_000_499L,
        3_037_000_500L,
        -3_037_000_500L,
        1_000_000_000_000_000_000L,
        7_450_580_596_923_828_125L,
        4_052_555_153_018_976_267L);
  }

  /** Products of small numbers and shared factors, so that reducing and cross-cancelling matter. */
  private static Arbitrary<BigInteger> sharedFactors() {
    return Combinators.combine(
            Arbitraries.longs().between(-1_000_000, 1_000_000),
            Arbitraries.of(1L, 2L, 6L, 10L, 360L, 1L << 20, 1_162_261_467L, 1_000_000_000L, 1L << 40, 3_037_000_499L))
        .as((a, f) -> BigInteger.valueOf(a).multiply(BigInteger.valueOf(f)));
  }

  /** Integers a little way outside the long range, on both sides. */
  private static Arbitrary<BigInteger> justBeyondLong() {
    return Combinators.combine(Arbitraries.longs().between(0, 1_000), Arbitraries.of(true, false))
        .as((offset, above) ->
            above
                ? LONG_MAX.add(BigInteger.valueOf(offset + 1))
                : LONG_MIN.subtract(BigInteger.valueOf(offset + 1)));
  }

  @Provide
  Arbitrary<Fraction> fractions() {
    return Combinators.combine(integers(), integers().filter(q -> q.signum() != 0)).as(Fraction::new);
  }

  @Property(tries = 2000)
  @StatisticsReport(onFailureOnly = true)
  void construction_isTheReducedFractionWithAPositiveDenominator(@ForAll("fractions") Fraction f) {
    Statistics.label("fits long").collect(f.fitsLong());
    assertIsValue(f.exact(), f.p(), f.q());
    Statistics.label("fits long").coverage(checker -> {
      checker.check(true).percentage(p -> p > 30);
      checker.check(false).percentage(p -> p > 10);
    });
  }

  @Property(tries = 2000)
  @StatisticsReport(onFailureOnly = true)
  void arithmetic_agreesWithTheBigIntegerFraction(
      @ForAll("fractions") Fraction x, @ForAll("fractions") Fraction y) {
    Exact a = x.exact();
    Exact b = y.exact();
    Statistics.label("operands").collect(holding(a) + "/" + holding(b));
    Statistics.label("sum").collect(holding(a.add(b)));
    BigInteger p1 = x.p();
    BigInteger q1 = x.q();
    BigInteger p2 = y.p();
    BigInteger q2 = y.q();
    assertIsValue(a.add(b), p1.multiply(q2).add(p2.multiply(q1)), q1.multiply(q2));
    assertIsValue(a.subtract(b), p1.multiply(q2).subtract(p2.multiply(q1)), q1.multiply(q2));
    assertIsValue(a.multiply(b), p1.multiply(p2), q1.multiply(q2));
    assertIsValue(a.negate(), p1.negate(), q1);
    assertIsValue(a.abs(), p1.abs(), q1.abs());
    if (p2.signum() != 0) {
      assertIsValue(a.divide(b), p1.multiply(q2), q1.multiply(p2));
      assertIsValue(b.reciprocal(), q2, p2);
    } else {
      assertThatThrownBy(() -> a.divide(b)).hasMessage("divisor must not be zero (dividing " + a + ")");
    }
    Statistics.label("operands").coverage(checker -> {
      checker.check("long/long").percentage(p -> p > 20);
      checker.check("long/big").count(c -> c > 0);
      checker.check("big/long").count(c -> c > 0);
      checker.check("big/big").count(c -> c > 0);
    });
    Statistics.label("sum").coverage(checker -> checker.check("big").count(c -> c > 0));
  }

  @Property(tries = 1000)
  void longOperands_agreeWithTheBigIntegerFraction(
      @ForAll("longFractions") Fraction x, @ForAll("longFractions") Fraction y, @ForAll long whole) {
    Exact a = x.exact();
    Exact b = y.exact();
    BigInteger w = BigInteger.valueOf(whole);
    assertIsValue(a.add(b), x.p().multiply(y.q()).add(y.p().multiply(x.q())), x.q().multiply(y.q()));
    assertIsValue(a.multiply(b), x.p().multiply(y.p()), x.q().multiply(y.q()));
    assertIsValue(a.add(whole), x.p().add(w.multiply(x.q())), x.q());
    assertIsValue(a.subtract(whole), x.p().subtract(w.multiply(x.q())), x.q());
    assertIsValue(a.multiply(whole), x.p().multiply(w), x.q());
    if (whole != 0) {
      assertIsValue(a.divide(whole), x.p(), x.q().multiply(w));
    }
    if (y.p().signum() != 0) {
      assertIsValue(a.divide(b), x.p().multiply(y.q()), x.q().multiply(y.p()));
    }
  }

  @Provide
  Arbitrary<Fraction> longFractions() {
    Arbitrary<BigInteger> longs =
        Arbitraries.oneOf(Arbitraries.longs(), longEdges(), Arbitraries.longs().between(-100, 100))
            .map(BigInteger::valueOf);
    return Combinators.combine(longs, longs.filter(q -> q.signum() != 0)).as(Fraction::new);
  }

  @Property(tries = 1000)
  void addingThenSubtracting_andMultiplyingThenDividing_giveTheValueBack(
      @ForAll("fractions") Fraction x, @ForAll("fractions") Fraction y) {
    Exact a = x.exact();
    Exact b = y.exact();
    assertThat(a.add(b).subtract(b)).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(a.subtract(b).add(b)).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(a.negate().negate()).isEqualTo(a).hasSameHashCodeAs(a);
    if (b.signum() != 0) {
      assertThat(a.multiply(b).divide(b)).isEqualTo(a).hasSameHashCodeAs(a);
      assertThat(a.divide(b).multiply(b)).isEqualTo(a).hasSameHashCodeAs(a);
    }
  }

  @Property(tries = 2000)
  void order_isTheSignOfTheCrossProductDifference(
      @ForAll("fractions") Fraction x, @ForAll("fractions") Fraction y) {
    Exact a = x.exact();
    Exact b = y.exact();
    // p1/q1 − p2/q2 has the sign of (p1 q2 − p2 q1) × q1 q2.
    int expected = x.p().multiply(y.q()).subtract(y.p().multiply(x.q())).signum() * x.q().signum() * y.q().signum();
    assertThat(a.compareTo(b)).isEqualTo(expected);
    assertThat(b.compareTo(a)).isEqualTo(-expected);
    assertThat(a.equals(b)).isEqualTo(expected == 0);
    assertThat(a.min(b).compareTo(a.max(b))).isLessThanOrEqualTo(0);
    assertThat(Exact.of(x.p(), x.q()).compareTo(a)).isZero();
  }

  @Provide
  Arbitrary<Fraction> nearFractions() {
    // Neighbouring fractions with large parts, whose cross products overflow a long but differ by
    // little: 1/3 against 3_074_457_345_618_258_602 / 9_223_372_036_854_775_807 and the like.
    return Combinators.combine(
            Arbitraries.longs().between(1, Long.MAX_VALUE),
            Arbitraries.longs().between(-3, 3),
            Arbitraries.longs().between(2, 7))
        .as((q, nudge, k) -> {
          BigInteger big = BigInteger.valueOf(q);
          return new Fraction(big.divide(BigInteger.valueOf(k)).add(BigInteger.valueOf(nudge)), big);
        });
  }

  @Property(tries = 1000)
  void order_ofCloseFractionsWithOverflowingCrossProducts(
      @ForAll("nearFractions") Fraction x, @ForAll("nearFractions") Fraction y, @ForAll boolean negate) {
    Fraction left = negate ? new Fraction(x.p().negate(), x.q()) : x;
    int expected = left.p().multiply(y.q()).subtract(y.p().multiply(left.q())).signum();
    assertThat(left.exact().compareTo(y.exact())).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void order_agreesWithTheOrderOfDecimals(@ForAll("decimals") BigDecimal x, @ForAll("decimals") BigDecimal y) {
    assertThat(Exact.of(x).compareTo(Exact.of(y))).isEqualTo(x.compareTo(y));
    assertThat(Exact.of(x).toExactString()).isEqualTo(x.stripTrailingZeros().toPlainString());
    assertThat(Exact.of(x).exactDecimal()).contains(x.stripTrailingZeros());
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(integers(), Arbitraries.integers().between(-25, 25))
        .as(BigDecimal::new);
  }

  @Property(tries = 2000)
  @StatisticsReport(onFailureOnly = true)
  void equalValues_areEqualAndHashAlike_howeverBuilt(
      @ForAll("fractions") Fraction f, @ForAll("integers") BigInteger scale) {
    Exact direct = f.exact();
    BigInteger factor = scale.signum() == 0 ? BigInteger.TWO.pow(64) : scale;
    Exact scaledUp = Exact.of(f.p().multiply(factor), f.q().multiply(factor));
    Exact throughBig =
        direct.multiply(Exact.of(BigInteger.TWO.pow(100))).divide(Exact.of(BigInteger.TWO.pow(100)));
    Exact throughText = Exact.parse(direct.toExactString());
    Exact throughParts = Exact.of(direct.numerator(), direct.denominator());
    Statistics.label("fits long").collect(fits(direct.numerator()) && fits(direct.denominator()));
    for (Exact same : new Exact[] {scaledUp, throughBig, throughText, throughParts}) {
      assertThat(same).isEqualTo(direct).hasSameHashCodeAs(direct);
      assertThat(same.compareTo(direct)).isZero();
      assertThat(same.toString()).isEqualTo(direct.toString());
    }
    if (fits(f.p()) && fits(f.q())) {
      Exact fromLongs = Exact.of(f.p().longValueExact(), f.q().longValueExact());
      assertThat(fromLongs).isEqualTo(direct).hasSameHashCodeAs(direct);
    }
    if (f.q().equals(BigInteger.ONE)) {
      assertThat(Exact.of(f.p())).isEqualTo(direct).hasSameHashCodeAs(direct);
      if (fits(f.p())) {
        assertThat(Exact.of(f.p().longValueExact())).isEqualTo(direct).hasSameHashCodeAs(direct);
      }
    }
  }

  @Property(tries = 2000)
  void hashCode_isThatOfTheBigIntegerParts(@ForAll("fractions") Fraction f) {
    Exact value = f.exact();
    assertThat(value.hashCode()).isEqualTo(31 * value.numerator().hashCode() + value.denominator().hashCode());
  }

  @Property(tries = 2000)
  @StatisticsReport(onFailureOnly = true)
  void presentation_agreesWithTheBigDecimalQuotient(
      @ForAll("fractions") Fraction f, @ForAll @IntRange(min = 0, max = 25) int decimals) {
    Exact value = f.exact();
    BigDecimal p = new BigDecimal(f.p());
    BigDecimal q = new BigDecimal(f.q());
    for (RoundingMode mode : RoundingMode.values()) {
      BigDecimal reference;
      try {
        reference = p.divide(q, decimals, mode);
      } catch (ArithmeticException e) {
        assertThatThrownBy(() -> value.toDecimal(decimals, mode))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("mode UNNECESSARY cannot show " + value.toExactString() + " with " + decimals + " decimals")
            .hasCauseInstanceOf(ArithmeticException.class);
        continue;
      }
      assertThat(value.toDecimal(decimals, mode)).isEqualTo(reference);
    }
    Optional<BigDecimal> terminating = terminatingQuotient(p, q);
    Statistics.label("terminates").collect(terminating.isPresent());
    assertThat(value.exactDecimal()).isEqualTo(terminating.map(BigDecimal::stripTrailingZeros));
    if (terminating.isPresent()) {
      assertThat(value.toExactString()).isEqualTo(terminating.get().stripTrailingZeros().toPlainString());
      assertThat(value).hasToString(value.toExactString());
    } else {
      assertThat(value.toExactString()).isEqualTo(value.numerator() + "/" + value.denominator());
      assertThat(value)
          .hasToString(value.toExactString() + " ≈ " + p.divide(q, new MathContext(6, RoundingMode.HALF_EVEN)).toPlainString());
    }
    assertThat(Exact.parse(value.toExactString())).isEqualTo(value);
    assertThat(value.longValue()).isEqualTo(f.p().divide(f.q()).longValue());
    assertThat(value.signum()).isEqualTo(f.p().signum() * f.q().signum());
    assertThat(value.isInteger()).isEqualTo(f.p().mod(f.q().abs()).signum() == 0);
    Statistics.label("terminates").coverage(checker -> {
      checker.check(true).count(c -> c > 0);
      checker.check(false).count(c -> c > 0);
    });
  }

  @Property(tries = 2000)
  void rounding_atAndNearHalves_agreesWithTheBigDecimalQuotient(
      @ForAll("halfways") Fraction f, @ForAll @IntRange(min = 0, max = 20) int decimals) {
    Exact value = f.exact();
    for (RoundingMode mode : RoundingMode.values()) {
      if (mode != RoundingMode.UNNECESSARY) {
        assertThat(value.toDecimal(decimals, mode))
            .isEqualTo(new BigDecimal(f.p()).divide(new BigDecimal(f.q()), decimals, mode));
      }
    }
  }

  @Provide
  Arbitrary<Fraction> halfways() {
    // (2k + 1 + nudge) / (2 × 10^places × m): at a half of the last place, or just either side.
    return Combinators.combine(
            Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
            Arbitraries.integers().between(0, 6),
            Arbitraries.longs().between(-1, 1),
            Arbitraries.of(1L, 3L, 7L, 1L << 20))
        .as((k, places, nudge, m) -> {
          BigInteger tenPower = BigInteger.TEN.pow(places);
          BigInteger p = BigInteger.valueOf(2 * k + 1).multiply(BigInteger.valueOf(m)).add(BigInteger.valueOf(nudge));
          return new Fraction(p, BigInteger.TWO.multiply(tenPower).multiply(BigInteger.valueOf(m)));
        });
  }

  private static Optional<BigDecimal> terminatingQuotient(BigDecimal p, BigDecimal q) {
    try {
      return Optional.of(p.divide(q));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  @Property(tries = 2000)
  void doubleValue_isTheNearestDouble(@ForAll("fractions") Fraction f) {
    Exact value = f.exact();
    double nearest =
        new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()), new MathContext(60)).doubleValue();
    if (value.numerator().bitLength() <= 53 && value.denominator().bitLength() <= 53) {
      assertThat(value.doubleValue()).isEqualTo(nearest);
    } else {
      assertThat(Math.abs(value.doubleValue() - nearest)).isLessThanOrEqualTo(Math.ulp(nearest));
    }
  }

  @Property(tries = 500)
  void pow_isRepeatedMultiplication(@ForAll("fractions") Fraction f, @ForAll @IntRange(min = 0, max = 6) int exponent) {
    Exact value = f.exact();
    Exact product = Exact.ONE;
    for (int i = 0; i < exponent; i++) {
      product = product.multiply(value);
    }
    assertThat(value.pow(exponent)).isEqualTo(product).hasSameHashCodeAs(product);
  }

  @Example
  void longMinValue_negatesBeyondALongAndBack() {
    Exact min = Exact.of(Long.MIN_VALUE);
    Exact twoTo63 = min.negate();
    assertThat(twoTo63.numerator()).isEqualTo(LONG_MIN.negate());
    assertThat(twoTo63.abs()).isEqualTo(twoTo63);
    assertThat(min.abs()).isEqualTo(twoTo63);
    assertThat(twoTo63.negate()).isEqualTo(min).hasSameHashCodeAs(min);
    assertThat(twoTo63.subtract(1)).isEqualTo(Exact.of(Long.MAX_VALUE)).hasSameHashCodeAs(Exact.of(Long.MAX_VALUE));
    assertThat(Exact.of(Long.MAX_VALUE).add(1)).isEqualTo(twoTo63);
    assertThat(Exact.of(Long.MIN_VALUE, -1)).isEqualTo(twoTo63);
    assertThat(Exact.of(1, Long.MIN_VALUE)).isEqualTo(Exact.of(BigInteger.ONE.negate(), LONG_MIN.negate()));
    assertThat(Exact.of(1, Long.MIN_VALUE).denominator()).isEqualTo(LONG_MIN.negate());
    assertThat(Exact.of(2, Long.MIN_VALUE)).isEqualTo(Exact.of(-1, 1L << 62));
    assertThat(Exact.of(Long.MIN_VALUE, Long.MIN_VALUE)).isEqualTo(Exact.ONE);
    assertThat(Exact.of(Long.MIN_VALUE, 2)).isEqualTo(Exact.of(-(1L << 62)));
    assertThat(Exact.ONE.divide(min)).isEqualTo(Exact.of(1, Long.MIN_VALUE));
    assertThat(min.divide(Exact.of(-1))).isEqualTo(twoTo63);
    assertThat(min.multiply(-1)).isEqualTo(twoTo63);
    assertThat(min.compareTo(Exact.of(Long.MIN_VALUE + 1))).isEqualTo(-1);
    assertThat(min.longValue()).isEqualTo(Long.MIN_VALUE);
    assertThat(min.hashCode()).isEqualTo(31 * LONG_MIN.hashCode() + 1);
    assertThat(min).hasToString("-9223372036854775808");
  }

  @Example
  void overflowingProducts_andSums_areExact() {
    Exact max = Exact.of(Long.MAX_VALUE);
    assertThat(max.multiply(max).numerator()).isEqualTo(LONG_MAX.multiply(LONG_MAX));
    assertThat(max.multiply(max).divide(max)).isEqualTo(max).hasSameHashCodeAs(max);
    Exact third = Exact.of(1, 3);
    Exact nearThird = Exact.of(Long.MAX_VALUE / 3, Long.MAX_VALUE);
    assertThat(nearThird.compareTo(third)).isEqualTo(-1);
    assertThat(third.subtract(nearThird)).isEqualTo(Exact.of(BigInteger.ONE, BigInteger.valueOf(3).multiply(LONG_MAX)));
    assertThat(Exact.of(1, Long.MAX_VALUE).add(Exact.of(1, Long.MAX_VALUE - 1)).denominator())
        .isEqualTo(LONG_MAX.multiply(LONG_MAX.subtract(BigInteger.ONE)));
  }

  /** value is p/q: in lowest terms, with a positive denominator, and p·d = n·q. */
  private static void assertIsValue(Exact value, BigInteger p, BigInteger q) {
    BigInteger n = value.numerator();
    BigInteger d = value.denominator();
    assertThat(d.signum()).as("denominator of %s", value).isPositive();
    assertThat(n.gcd(d)).as("gcd of the parts of %s", value).isEqualTo(BigInteger.ONE);
    assertThat(n.multiply(q)).as("%s against %s/%s", value, p, q).isEqualTo(p.multiply(d));
  }

  private static String holding(Exact value) {
    return fits(value.numerator()) && fits(value.denominator()) ? "long" : "big";
  }

  private static boolean fits(BigInteger value) {
    return value.bitLength() < Long.SIZE;
  }
}
