package org.combatingdrugs.outcomes.measure;

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
import org.combatingdrugs.outcomes.exact.Exact;

/**
 * Issue 14's rule for values and quantities: decimals of any scale and length, text of any length
 * and counts at the ends of a long give a value that keeps its own rules (stored within its digit
 * and scale bounds, re-read equal, printed) or a refusal naming the caller's field, promptly.
 */
class HostileMeasureProperties {

  @Property(tries = 150)
  void anyDecimal_isAValueOrIsRefusedNamingIt(@ForAll("decimals") BigDecimal decimal) {
    validOrRefused(
        () -> Money.of(decimal),
        money -> {
          assertThat(money.pounds().signum()).isNotNegative();
          assertThat(Money.of(money.pounds())).isEqualTo(money);
          assertThat(money.quantity().amount()).isEqualTo(Exact.of(decimal));
          assertThat(money.quantity().toString()).startsWith("£");
        },
        "pounds");
    validOrRefused(
        () -> PublishedPercentage.of(decimal),
        percentage -> {
          assertThat(percentage.decimals()).isNotNegative();
          assertThat(PublishedPercentage.of(percentage.percent())).isEqualTo(percentage);
          assertThat(percentage.quantity().amount()).isBetween(Exact.ZERO, Exact.of(100));
        },
        "percent");
    validOrRefused(
        () -> Quantity.of(decimal, Unit.COUNT),
        quantity -> assertThat(quantity.amount()).isEqualTo(Exact.of(decimal)),
        "decimal");
  }

  @Property(tries = 150)
  void anyNumberText_isReadOrIsRefusedNamingTheField(@ForAll("text") String text) {
    validOrRefused(
        () -> Money.of(text),
        money -> assertThat(Money.of(money.pounds())).isEqualTo(money),
        "pounds");
    validOrRefused(
        () -> Quantity.percent(text),
        quantity -> assertThat(quantity.unit()).isEqualTo(Unit.PERCENT),
        "percent");
    validOrRefused(
        () -> Quantity.points(text),
        quantity -> assertThat(quantity.toDifferenceString()).endsWith(" pp"),
        "points");
    validOrRefused(
        () -> PrintedFigure.parse(text),
        figure -> {
          assertThat(figure.lower()).isLessThanOrEqualTo(figure.value());
          assertThat(figure.value()).isLessThanOrEqualTo(figure.upper());
          assertThat(figure.contains(figure.quantity())).isTrue();
        },
        "text",
        text.length() > 40 ? text.substring(0, 40) : text);
  }

  @Property(tries = 150)
  void anyCounts_makeAValueOrAreRefusedNamingTheField(
      @ForAll("longs") long a, @ForAll("longs") long b, @ForAll("longs") long multiplier) {
    validOrRefused(() -> Count.of(a), count -> assertThat(count.quantity()).isEqualTo(Quantity.count(a)), "count");
    validOrRefused(
        () -> Proportion.of(a, b),
        proportion -> assertThat(proportion.quantity().amount()).isBetween(Exact.ZERO, Exact.of(100)),
        "numerator",
        "denominator");
    validOrRefused(
        () -> Rate.of(a, b, multiplier),
        rate -> {
          assertThat(rate.quantity().signum()).isNotNegative();
          assertThat(rate.quantity().unit().multiplier()).isEqualTo(multiplier);
        },
        "events",
        "population",
        "multiplier");
  }

  @Property(tries = 150)
  void anyQuantityAtAnyPlaces_isRoundedOrIsRefusedNamingThePlaces(
      @ForAll("decimals") BigDecimal decimal, @ForAll("places") int decimals, @ForAll RoundingMode mode) {
    if (decimal.precision() > 1000 || decimal.scale() > 1000 || decimal.scale() < -1000) {
      return;
    }
    Quantity quantity = Quantity.of(decimal, Unit.ratePer(100_000));
    validOrRefused(
        () -> quantity.format(decimals, mode),
        text -> assertThat(text).endsWith(" per 100,000"),
        "decimals",
        "mode UNNECESSARY");
    validOrRefused(
        quantity::toDifferenceString,
        text -> assertThat(text).doesNotStartWith("+-"),
        "decimal");
  }

  @Example
  void test_decimalsAtTheExtremeScale_areRefusedNamingTheField() {
    BigDecimal huge = new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE);
    assertThatThrownBy(() -> Money.of(huge))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("pounds must have a scale within -1000..1000 but was -2147483648");
    assertThatThrownBy(() -> PublishedPercentage.of(new BigDecimal(BigInteger.ZERO, Integer.MIN_VALUE)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent must have a scale within -1000..1000 but was -2147483648");
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
            "£1.2m", "45.2%", "7.8 per 1,000", "(-24)", "£" + "9".repeat(98), "1" + ",000".repeat(30),
            "1.2bn%", "—5", "−5", "£-0", "12.3 per 0", "12.3 per " + "9".repeat(60)));
  }

  @Provide
  Arbitrary<Long> longs() {
    return HostileInput.longs();
  }

  @Provide
  Arbitrary<Integer> places() {
    return Arbitraries.of(0, 1, 6, 1000, 1001, -1, Integer.MAX_VALUE, Integer.MIN_VALUE);
  }
}
