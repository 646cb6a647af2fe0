package org.combatingdrugs.outcomes.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** The field laws, and presentation that never loses more than the rounding it names. */
class ExactProperties {

  @Provide
  Arbitrary<Exact> values() {
    return Combinators.combine(
            Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
            Arbitraries.longs().between(1, 1_000_000_000L))
        .as(Exact::of)
        .edgeCases(c -> c.add(Exact.ZERO));
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void additionCommutesAndSubtractionUndoesIt(@ForAll("values") Exact a, @ForAll("values") Exact b) {
    Statistics.label("sign of a").collect(a.signum());
    assertThat(a.add(b)).isEqualTo(b.add(a));
    assertThat(a.add(b).subtract(b)).isEqualTo(a);
    assertThat(a.subtract(a)).isEqualTo(Exact.ZERO);
  }

  @Property
  void doubleValue_isTheNearestDouble_onBothSidesOf53Bits(
      @ForAll("values") Exact small, @ForAll("values") Exact other) {
    Exact big = small.multiply(Exact.of(1L << 40)).add(other.multiply(Exact.of(3, 1L << 41)));
    for (Exact value : new Exact[] {small, big}) {
      double nearest =
          new BigDecimal(value.numerator())
              .divide(new BigDecimal(value.denominator()), new java.math.MathContext(60))
              .doubleValue();
      assertThat(value.doubleValue()).isEqualTo(nearest);
    }
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void divisionUndoesMultiplication(@ForAll("values") Exact a, @ForAll("values") Exact b) {
    if (b.signum() != 0) {
      assertThat(a.multiply(b).divide(b)).isEqualTo(a);
      assertThat(b.multiply(b.reciprocal())).isEqualTo(Exact.ONE);
    }
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void multiplicationDistributesOverAddition(
      @ForAll("values") Exact a, @ForAll("values") Exact b, @ForAll("values") Exact c) {
    assertThat(a.multiply(b.add(c))).isEqualTo(a.multiply(b).add(a.multiply(c)));
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void orderAgreesWithTheSignOfTheDifference(@ForAll("values") Exact a, @ForAll("values") Exact b) {
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(a.subtract(b).signum());
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(a.negate().compareTo(b.negate())).isEqualTo(-a.compareTo(b));
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void exactTextReadsBack(@ForAll("values") Exact a) {
    assertThat(Exact.parse(a.toExactString())).isEqualTo(a);
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void roundingIsWithinHalfAPlace(@ForAll("values") Exact a, @ForAll("places") int places) {
    BigDecimal rounded = a.toDecimal(places, RoundingMode.HALF_UP);
    Exact error = Exact.of(rounded).subtract(a).abs();
    assertThat(error.compareTo(Exact.of(BigDecimal.ONE.movePointLeft(places)).divide(2))).isLessThanOrEqualTo(0);
    assertThat(rounded.scale()).isEqualTo(places);
    BigDecimal floor = a.toDecimal(places, RoundingMode.FLOOR);
    BigDecimal ceiling = a.toDecimal(places, RoundingMode.CEILING);
    assertThat(Exact.of(floor).compareTo(a)).isLessThanOrEqualTo(0);
    assertThat(Exact.of(ceiling).compareTo(a)).isGreaterThanOrEqualTo(0);
  }

  @Provide
  Arbitrary<Integer> places() {
    return Arbitraries.integers().between(0, 12);
  }
}
