package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/**
 * The ranges worked out from the rounding interval agree with a brute-force search over small
 * cases, and hold each input they came from.
 */
class ImpliedRangesProperties {

  private static final long SEARCHED = 2000;

  /** A figure printed at a number of decimals: {@code -3.1%} from -31, 1 and "%". */
  private static PrintedFigure printed(long unscaled, int decimals, String unit) {
    return PrintedFigure.parse(BigDecimal.valueOf(unscaled, decimals).toPlainString() + unit);
  }

  private static PrintedFigure signed(long count) {
    return PrintedFigure.parse("(" + (count < 0 ? "-" : "+") + Math.abs(count) + ")");
  }

  private static List<Long> search(long from, long to, LongPredicate fits) {
    List<Long> found = new ArrayList<>();
    for (long n = from; n <= to; n++) {
      if (fits.test(n)) {
        found.add(n);
      }
    }
    return found;
  }

  private static List<Long> members(WholeRange range, long from, long to) {
    WholeRange within = range.intersection(WholeRange.between(from, to));
    List<Long> found = new ArrayList<>();
    if (!within.isEmpty()) {
      for (long n = within.lowest().orElseThrow().longValueExact();
          n <= within.highest().orElseThrow().longValueExact();
          n++) {
        found.add(n);
      }
    }
    return found;
  }

  @Property(tries = 150)
  void basesOfAChangeCountPairAreThoseASearchFinds(
      @ForAll @LongRange(min = -3000, max = 3000) long unscaled,
      @ForAll @IntRange(min = 0, max = 2) int decimals,
      @ForAll @LongRange(min = -60, max = 60) long count) {
    PrintedFigure percent = printed(unscaled, decimals, "%");
    WholeRange bases = ImpliedRanges.basesOfChangeCount(percent, signed(count));
    List<Long> searched =
        search(1, SEARCHED, b -> b + count >= 0 && percent.contains(Exact.of(100 * count, b)));
    assertThat(members(bases, 1, SEARCHED)).isEqualTo(searched);
  }

  @Property(tries = 150)
  void basesOfAChangeFromItsLaterValueAreThoseASearchFinds(
      @ForAll @LongRange(min = -1000, max = 3000) long unscaled,
      @ForAll @IntRange(min = 0, max = 2) int decimals,
      @ForAll @LongRange(min = 0, max = 300) long current) {
    PrintedFigure percent = printed(unscaled, decimals, "%");
    WholeRange bases =
        ImpliedRanges.basesOfChange(percent, PrintedFigure.parse(Long.toString(current)));
    List<Long> searched =
        search(1, SEARCHED, b -> percent.contains(Exact.of(100 * (current - b), b)));
    assertThat(members(bases, 1, SEARCHED)).isEqualTo(searched);
  }

  @Property(tries = 150)
  void laterValuesOfAChangeFromItsBaseAreThoseASearchFinds(
      @ForAll @LongRange(min = -1000, max = 3000) long unscaled,
      @ForAll @IntRange(min = 0, max = 2) int decimals,
      @ForAll @LongRange(min = 1, max = 300) long base) {
    PrintedFigure percent = printed(unscaled, decimals, "%");
    WholeRange currents =
        ImpliedRanges.currentsOfChange(percent, PrintedFigure.parse(Long.toString(base)));
    List<Long> searched =
        search(0, SEARCHED, c -> percent.contains(Exact.of(100 * (c - base), base)));
    assertThat(members(currents, 0, SEARCHED)).isEqualTo(searched);
  }

  @Property(tries = 150)
  void populationsOfARateAreThoseASearchFinds(
      @ForAll @LongRange(min = 0, max = 3000) long unscaled,
      @ForAll @IntRange(min = 0, max = 2) int decimals,
      @ForAll @LongRange(min = 0, max = 40) long count) {
    PrintedFigure rate = printed(unscaled, decimals, " per 1,000");
    WholeRange populations =
        ImpliedRanges.populationsOfRate(rate, PrintedFigure.parse(Long.toString(count)));
    List<Long> searched = search(1, SEARCHED, n -> rate.contains(Exact.of(1000 * count, n)));
    assertThat(members(populations, 1, SEARCHED)).isEqualTo(searched);
  }

  @Property(tries = 300)
  void countsOfARateAreThoseASearchFinds(
      @ForAll @LongRange(min = 0, max = 30_000) long unscaled,
      @ForAll @IntRange(min = 0, max = 2) int decimals,
      @ForAll @LongRange(min = 1, max = 400) long population) {
    PrintedFigure rate = printed(unscaled, decimals, " per 1,000");
    WholeRange counts =
        ImpliedRanges.countsOfRate(rate, PrintedFigure.parse(Long.toString(population)));
    List<Long> searched = search(0, SEARCHED, k -> rate.contains(Exact.of(1000 * k, population)));
    assertThat(members(counts, 0, SEARCHED)).isEqualTo(searched);
  }

  @Property(tries = 150)
  void totalsOfAShareAreThoseASearchFinds(
      @ForAll @LongRange(min = 0, max = 12_000) long unscaled,
      @ForAll @IntRange(min = 0, max = 2) int decimals,
      @ForAll @LongRange(min = 0, max = 40) long count) {
    PrintedFigure share = printed(unscaled, decimals, "%");
    WholeRange totals =
        ImpliedRanges.totalsOfShare(share, PrintedFigure.parse(Long.toString(count)));
    List<Long> searched =
        search(1, SEARCHED, n -> n >= count && share.contains(Exact.of(100 * count, n)));
    assertThat(members(totals, 1, SEARCHED)).isEqualTo(searched);
  }

  @Property(tries = 300)
  void countsOfAShareAreThoseASearchFinds(
      @ForAll @LongRange(min = 0, max = 12_000) long unscaled,
      @ForAll @IntRange(min = 0, max = 2) int decimals,
      @ForAll @LongRange(min = 1, max = 400) long total) {
    PrintedFigure share = printed(unscaled, decimals, "%");
    WholeRange counts =
        ImpliedRanges.countsOfShare(share, PrintedFigure.parse(Long.toString(total)));
    List<Long> searched = search(0, total, k -> share.contains(Exact.of(100 * k, total)));
    assertThat(members(counts, 0, total)).isEqualTo(searched);
    assertThat(counts.isBounded()).isTrue();
  }

  /**
   * Print a true change of {@code count} on {@code base} at any precision: the base is among those
   * the pair allows, and the range is tight: its ends fit, the numbers just outside do not.
   */
  @Property
  void aTrueBaseIsAlwaysInItsRangeAndTheRangeIsTight(
      @ForAll @LongRange(min = 1, max = 1_000_000_000) long base,
      @ForAll @LongRange(min = -1_000_000_000, max = 1_000_000_000) long change,
      @ForAll @IntRange(min = 0, max = 3) int decimals) {
    long count = Math.max(change, -base);
    BigDecimal percent = Exact.of(100 * count, base).toDecimal(decimals, RoundingMode.HALF_UP);
    PrintedFigure printed = PrintedFigure.parse(percent.toPlainString() + "%");
    WholeRange bases = ImpliedRanges.basesOfChangeCount(printed, signed(count));
    assertThat(bases.contains(base)).isTrue();
    LongPredicate fits =
        b -> b >= 1 && b + count >= 0 && printed.contains(Exact.of(100 * count, b));
    long lowest = bases.lowest().orElseThrow().longValueExact();
    assertThat(fits.test(lowest)).isTrue();
    assertThat(fits.test(lowest - 1)).isFalse();
    if (bases.isBounded()) {
      BigInteger highest = bases.highest().orElseThrow();
      Assume.that(highest.bitLength() < 62);
      assertThat(fits.test(highest.longValueExact())).isTrue();
      assertThat(fits.test(highest.longValueExact() + 1)).isFalse();
    }
  }

  /**
   * Half up rounds ties away from zero, so a fall and a rise of the same size allow the same bases.
   */
  @Property
  void aFallAllowsTheBasesOfTheSameRise(
      @ForAll @LongRange(min = 1, max = 990) long unscaled,
      @ForAll @IntRange(min = 0, max = 1) int decimals,
      @ForAll @LongRange(min = 1, max = 100_000) long count) {
    Assume.that(BigDecimal.valueOf(unscaled, decimals).compareTo(BigDecimal.valueOf(99)) <= 0);
    WholeRange rise =
        ImpliedRanges.basesOfChangeCount(printed(unscaled, decimals, "%"), signed(count));
    WholeRange fall =
        ImpliedRanges.basesOfChangeCount(printed(-unscaled, decimals, "%"), signed(-count));
    assertThat(fall).isEqualTo(rise);
  }

  /**
   * Each rounding mode's interval holds exactly the values FigureCheck finds that mode prints as
   * the figure.
   */
  @Property
  void aModesIntervalHoldsWhatThatModePrints(
      @ForAll @LongRange(min = -2000, max = 2000) long unscaled,
      @ForAll @IntRange(min = 0, max = 2) int decimals,
      @ForAll @IntRange(min = -12, max = 12) int eighths,
      @ForAll RoundingMode mode) {
    Assume.that(mode != RoundingMode.UNNECESSARY);
    PrintedFigure figure = printed(unscaled, decimals, "%");
    Exact value =
        Exact.of(figure.value()).add(Exact.of(figure.step()).multiply(Exact.of(eighths, 8)));
    assertThat(ExactInterval.printing(figure, mode).contains(value))
        .isEqualTo(FigureCheck.of(figure, value, mode).isConsistent());
  }
}
