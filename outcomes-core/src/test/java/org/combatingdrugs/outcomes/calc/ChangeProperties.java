package org.combatingdrugs.outcomes.calc;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.StatisticsReport;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;

class ChangeProperties {

  @Provide
  Arbitrary<Quantity> positive() {
    return Arbitraries.longs()
        .between(1, 1_000_000_000L)
        .flatMap(n -> Arbitraries.longs().between(1, 1000).map(d -> Exact.of(n, d)))
        .map(f -> Quantity.of(f, Unit.COUNT));
  }

  @Provide
  Arbitrary<Quantity> nonNegative() {
    return Arbitraries.longs().between(0, 1_000_000_000L).map(Quantity::count);
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void applyingTheChangeToTheBaseGivesTheCurrentValue(
      @ForAll("positive") Quantity base, @ForAll("nonNegative") Quantity current) {
    RelativeChange change =
        PercentageChange.between(base, current).relative().orElseThrow();
    assertThat(change.applyTo(base)).isEqualTo(current);
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void scalingBothValuesLeavesTheRelativeChangeAlone(
      @ForAll("positive") Quantity base,
      @ForAll("nonNegative") Quantity current,
      @ForAll @LongRange(min = 1, max = 1_000_000) long numerator,
      @ForAll @LongRange(min = 1, max = 1_000) long denominator) {
    Exact factor = Exact.of(numerator, denominator);
    assertThat(PercentageChange.between(base.multiply(factor), current.multiply(factor)).relative())
        .isEqualTo(PercentageChange.between(base, current).relative());
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void changesCompose(
      @ForAll("positive") Quantity first,
      @ForAll("positive") Quantity second,
      @ForAll("nonNegative") Quantity third) {
    RelativeChange firstToSecond =
        PercentageChange.between(first, second).relative().orElseThrow();
    RelativeChange secondToThird =
        PercentageChange.between(second, third).relative().orElseThrow();
    assertThat(firstToSecond.then(secondToThird))
        .isEqualTo(PercentageChange.between(first, third).relative().orElseThrow());
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void swappingTheValuesNegatesTheAbsoluteChange(
      @ForAll("positive") Quantity base, @ForAll("positive") Quantity current) {
    assertThat(PercentageChange.between(current, base).absolute())
        .isEqualTo(PercentageChange.between(base, current).absolute().negate());
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void theFormattedSignFollowsTheDirection(
      @ForAll @LongRange(min = 1, max = 1_000_000) long base,
      @ForAll @LongRange(min = 0, max = 1_000_000) long current,
      @ForAll @IntRange(min = 0, max = 3) int decimals) {
    String text =
        ChangeFormat.of(decimals, java.math.RoundingMode.HALF_UP)
            .format(PercentageChange.between(Quantity.count(base), Quantity.count(current)));
    String amount = text.substring(text.indexOf('(') + 1, text.length() - 1);
    if (current > base) {
      assertThat(amount).startsWith("+");
      assertThat(text).doesNotStartWith("-");
    } else if (current < base) {
      assertThat(amount).startsWith("-");
      assertThat(text).doesNotStartWith("+");
    } else {
      assertThat(text).isEqualTo("0" + (decimals > 0 ? "." + "0".repeat(decimals) : "") + "% (0)");
    }
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void theGeneratorsReachZeroBasesAndBothSignsOfChange(
      @ForAll("nonNegative") Quantity base, @ForAll("nonNegative") Quantity current) {
    Change change = PercentageChange.between(base, current);
    String baseKind = base.signum() == 0 ? "zero base" : "positive base";
    String sign = change.absolute().signum() < 0 ? "fall" : change.absolute().signum() > 0 ? "rise" : "no change";
    net.jqwik.api.statistics.Statistics.label("base").collect(baseKind);
    net.jqwik.api.statistics.Statistics.label("change").collect(sign);
    net.jqwik.api.statistics.Statistics.label("base")
        .coverage(checker -> checker.check("zero base").count(c -> c > 0));
    net.jqwik.api.statistics.Statistics.label("change").coverage(checker -> {
      checker.check("fall").percentage(p -> p > 10);
      checker.check("rise").percentage(p -> p > 10);
    });
    assertThat(change.relative().isComputed()).isEqualTo(base.signum() != 0);
  }
}
