package org.combatingdrugs.outcomes.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.combatingdrugs.outcomes.exact.Exact;

/**
 * Printed figures read back what the library writes, lie within their own interval, and are
 * consistent with exactly the values that round half up to them.
 */
class PrintedFigureProperties {

  private static final List<Unit> UNITS =
      List.of(Unit.COUNT, Unit.POUNDS, Unit.PERCENT, Unit.ratePer(1000), Unit.ratePer(100_000));

  private static final List<String> SUFFIXES = List.of("", "k", "m", "bn");

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(
            Arbitraries.longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L),
            Arbitraries.integers().between(0, 10))
        .as(BigDecimal::valueOf)
        .edgeCases(c -> c.add(BigDecimal.ZERO).add(new BigDecimal("0.0")).add(new BigDecimal("-1")));
  }

  @Provide
  Arbitrary<Unit> units() {
    return Arbitraries.of(UNITS);
  }

  @Provide
  Arbitrary<String> suffixes() {
    return Arbitraries.of(SUFFIXES);
  }

  private static int exponentOf(String suffix) {
    return switch (suffix) {
      case "k" -> 3;
      case "m" -> 6;
      case "bn" -> 9;
      default -> 0;
    };
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void aPlainDecimalReadsBackWithStepTenToMinusItsScale(@ForAll("decimals") BigDecimal decimal) {
    PrintedFigure figure = PrintedFigure.parse(decimal.toPlainString());
    assertThat(figure.value()).isEqualTo(decimal);
    assertThat(figure.unit()).isEqualTo(Unit.COUNT);
    assertThat(figure.step()).isEqualTo(BigDecimal.ONE.movePointLeft(decimal.scale()));
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void whatUnitFormatWritesReadsBack(
      @ForAll("decimals") BigDecimal decimal, @ForAll("units") Unit unit) {
    PrintedFigure figure = PrintedFigure.parse(unit.format(decimal));
    assertThat(figure.value()).isEqualTo(decimal);
    assertThat(figure.unit()).isEqualTo(unit);
    assertThat(figure.step()).isEqualTo(BigDecimal.ONE.movePointLeft(decimal.scale()));
    assertThat(figure.format(Exact.of(decimal))).isEqualTo(unit.format(decimal));
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void aSuffixScalesTheValueAndTheStep(
      @ForAll("decimals") BigDecimal decimal, @ForAll("suffixes") String suffix) {
    PrintedFigure figure = PrintedFigure.parse(Unit.POUNDS.format(decimal) + suffix);
    int exponent = exponentOf(suffix);
    assertThat(figure.value()).isEqualByComparingTo(decimal.scaleByPowerOfTen(exponent));
    assertThat(figure.step()).isEqualByComparingTo(BigDecimal.ONE.scaleByPowerOfTen(exponent - decimal.scale()));
    assertThat(PrintedFigure.parse(figure.format(Exact.of(figure.value())))).isEqualTo(figure);
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void thePrintedValueLiesInsideItsOwnInterval(
      @ForAll("decimals") BigDecimal decimal, @ForAll("suffixes") String suffix) {
    PrintedFigure figure = PrintedFigure.parse(Unit.POUNDS.format(decimal) + suffix);
    Exact value = Exact.of(figure.value());
    assertThat(figure.contains(value)).isTrue();
    assertThat(figure.round(value)).isEqualTo(figure.value());
    assertThat(figure.lower()).isLessThan(figure.value());
    assertThat(figure.upper()).isGreaterThan(figure.value());
    assertThat(figure.upper().subtract(figure.lower())).isEqualByComparingTo(figure.step());
    assertThat(figure.includesLower() && figure.includesUpper()).isFalse();
  }

  /**
   * The metamorphic relation: an exact value is consistent with a figure exactly when {@link
   * BigDecimal#setScale} rounding it half up to the figure's step gives the printed value. The
   * values tried are the printed one moved by k/20 of a step, so both ends of the interval are hit.
   */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void consistentExactlyWhenRoundingHalfUpToTheStepGivesThePrintedValue(
      @ForAll("decimals") BigDecimal decimal,
      @ForAll("suffixes") String suffix,
      @ForAll @IntRange(min = -30, max = 30) int twentieths) {
    PrintedFigure figure = PrintedFigure.parse(Unit.POUNDS.format(decimal) + suffix);
    int stepScale = decimal.scale() - exponentOf(suffix);
    BigDecimal offset =
        figure.step().multiply(BigDecimal.valueOf(twentieths)).divide(BigDecimal.valueOf(20));
    BigDecimal candidate = figure.value().add(offset);

    boolean rounds = candidate.setScale(stepScale, RoundingMode.HALF_UP).compareTo(figure.value()) == 0;
    boolean contained = figure.contains(Exact.of(candidate));

    Statistics.label("consistent").collect(contained);
    Statistics.label("end").collect(Math.abs(twentieths) == 10 ? "at an end" : "inside or outside");
    assertThat(contained).isEqualTo(rounds);
    assertThat(figure.round(Exact.of(candidate)).compareTo(figure.value()) == 0).isEqualTo(rounds);
    Statistics.label("consistent").coverage(checker -> {
      checker.check(true).percentage(p -> p > 20);
      checker.check(false).percentage(p -> p > 20);
    });
    Statistics.label("end").coverage(checker -> checker.check("at an end").count(c -> c > 0));
  }
}
