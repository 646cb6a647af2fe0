package org.combatingdrugs.outcomes.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.result.Result;

/**
 * Relations the recent trend must keep, whatever its formulas: only the last five points count,
 * reversing the polarity reverses the judgement, more data at the same proportions only
 * strengthens the evidence, and a change of units or of sign changes nothing but the slope.
 */
class RecentTrendProperties {

  private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;

  /**
   * Series of 0 to 12 proportions: independent points, and rising, falling or flat series with a
   * little noise, some reaching a count of zero or a count equal to the denominator.
   */
  @Provide
  Arbitrary<List<Proportion>> proportions() {
    Arbitrary<Proportion> point =
        Arbitraries.longs().between(1, 5_000).flatMap(d -> Arbitraries.longs().between(0, d).map(c -> Proportion.of(c, d)));
    Arbitrary<List<Proportion>> independent = point.list().ofMaxSize(12);
    Arbitrary<List<Proportion>> trending =
        Combinators.combine(
                Arbitraries.longs().between(50, 5_000),
                Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(-8, 8),
                Arbitraries.integers().between(5, 12),
                Arbitraries.integers().between(-2, 2).list().ofSize(12))
            .as(
                (d, start, step, n, noise) -> {
                  List<Proportion> series = new ArrayList<>();
                  for (int i = 0; i < n; i++) {
                    long percent = Math.max(0, Math.min(100, start + step * i + noise.get(i)));
                    series.add(Proportion.of(d * percent / 100, d));
                  }
                  return series;
                });
    return Arbitraries.frequencyOf(Tuple.of(1, independent), Tuple.of(3, trending));
  }

  /**
   * Series of 0 to 12 values with 95% intervals whose numbers are all whole (so that scaling by a
   * power of two and negation are exact): independent points, trending series with a little
   * noise, and now and then an interval of no width.
   */
  @Provide
  Arbitrary<List<Interval>> intervals() {
    Arbitrary<Integer> halfWidths = Arbitraries.integers().between(1, 200);
    // About one point in a hundred has an interval of no width (0 below and 0 above).
    Arbitrary<Boolean> noWidth = Arbitraries.frequency(Tuple.of(99, false), Tuple.of(1, true));
    Arbitrary<Interval> point =
        Combinators.combine(Arbitraries.integers().between(-1_000, 1_000), halfWidths, halfWidths, noWidth)
            .as((e, below, above, none) -> none ? interval(e, 0, 0) : interval(e, below, above));
    Arbitrary<List<Interval>> independent = point.list().ofMaxSize(12);
    Arbitrary<List<Interval>> trending =
        Combinators.combine(
                Arbitraries.integers().between(-1_000, 1_000),
                Arbitraries.integers().between(-50, 50),
                Arbitraries.integers().between(5, 12),
                Arbitraries.integers().between(-10, 10).list().ofSize(12),
                halfWidths.list().ofSize(12),
                noWidth.list().ofSize(12))
            .as(
                (start, step, n, noise, widths, none) -> {
                  List<Interval> series = new ArrayList<>();
                  for (int i = 0; i < n; i++) {
                    int estimate = start + step * i + noise.get(i);
                    series.add(none.get(i) ? interval(estimate, 0, 0) : interval(estimate, widths.get(i), widths.get(11 - i)));
                  }
                  return series;
                });
    return Arbitraries.frequencyOf(Tuple.of(1, independent), Tuple.of(3, trending));
  }

  private static Interval interval(int estimate, int below, int above) {
    return new Interval(estimate, estimate - below, estimate + above, P95, IntervalMethod.BYAR);
  }

  @Provide
  Arbitrary<Polarity> polarities() {
    return Arbitraries.of(Polarity.class);
  }

  /** The marker, or why there is none. */
  private static String outcome(Result<Trend, TrendReason> trend) {
    return trend.value().map(t -> t.direction().name()).orElseGet(() -> trend.reason().orElseThrow().name());
  }

  /**
   * Fails the property unless its series reach increasing, decreasing and no significant change,
   * and every reason a trend cannot be calculated.
   */
  private static void cover(Result<Trend, TrendReason> trend, TrendReason... reasons) {
    Statistics.label("trend").collect(outcome(trend));
    Statistics.label("trend").coverage(checker -> {
      for (Direction direction : Direction.values()) {
        checker.check(direction.name()).percentage(p -> p > 5);
      }
      for (TrendReason reason : reasons) {
        checker.check(reason.name()).count(c -> c > 0);
      }
    });
  }

  private static void coverZeroCount(List<Proportion> series) {
    List<Proportion> last = series.subList(Math.max(0, series.size() - RecentTrend.POINTS), series.size());
    Statistics.label("a zero count").collect(last.stream().anyMatch(p -> p.numerator() == 0));
    Statistics.label("a zero count").coverage(checker -> checker.check(true).count(c -> c > 0));
  }

  private static void coverLength(int size) {
    Statistics.label("points").collect(size < RecentTrend.POINTS ? "fewer than five" : size == RecentTrend.POINTS ? "five" : "more");
    Statistics.label("points").coverage(checker -> {
      checker.check("fewer than five").count(c -> c > 0);
      checker.check("five").count(c -> c > 0);
      checker.check("more").percentage(p -> p > 30);
    });
  }

  private static <T> List<T> lastFive(List<T> series) {
    return series.subList(Math.max(0, series.size() - RecentTrend.POINTS), series.size());
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void theTrendOfALongSeriesOfProportionsIsTheTrendOfItsLastFivePoints(
      @ForAll("proportions") List<Proportion> series) {
    Result<Trend, TrendReason> trend = RecentTrend.ofProportions(series);
    coverLength(series.size());
    cover(trend, TrendReason.FEWER_THAN_FIVE_POINTS, TrendReason.COUNT_EQUALS_DENOMINATOR);
    coverZeroCount(series);
    if (series.size() >= RecentTrend.POINTS) {
      assertThat(trend).isEqualTo(RecentTrend.ofProportions(lastFive(series)));
    } else {
      assertThat(trend).isEqualTo(Result.notComputed(TrendReason.FEWER_THAN_FIVE_POINTS));
    }
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void theTrendOfALongSeriesOfIntervalsIsTheTrendOfItsLastFivePoints(@ForAll("intervals") List<Interval> series) {
    Result<Trend, TrendReason> trend = RecentTrend.ofIntervals(series);
    coverLength(series.size());
    cover(trend, TrendReason.FEWER_THAN_FIVE_POINTS, TrendReason.ZERO_WIDTH_INTERVAL);
    if (series.size() >= RecentTrend.POINTS) {
      assertThat(trend).isEqualTo(RecentTrend.ofIntervals(lastFive(series)));
    } else {
      assertThat(trend).isEqualTo(Result.notComputed(TrendReason.FEWER_THAN_FIVE_POINTS));
    }
  }

  /** Reversing the polarity turns an improving trend into a worsening one, and back. */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void reversingThePolarityReversesTheJudgement(
      @ForAll("proportions") List<Proportion> proportions,
      @ForAll("intervals") List<Interval> intervals,
      @ForAll("polarities") Polarity polarity) {
    Statistics.label("polarity").collect(polarity);
    Statistics.label("polarity").coverage(checker -> {
      for (Polarity each : Polarity.values()) {
        checker.check(each).count(c -> c > 0);
      }
    });
    Result<Trend, TrendReason> ofProportions = RecentTrend.ofProportions(proportions);
    cover(ofProportions);
    for (Result<Trend, TrendReason> result : List.of(ofProportions, RecentTrend.ofIntervals(intervals))) {
      result.value().ifPresent(trend -> {
        Judgement judgement = trend.judgement(polarity);
        assertThat(trend.judgement(polarity.reversed())).isEqualTo(polarity.judges() ? opposite(judgement) : judgement);
        assertThat(judgement == Judgement.NO_CHANGE).isEqualTo(trend.direction() == Direction.NO_CHANGE);
        assertThat(judgement == Judgement.NOT_JUDGED)
            .isEqualTo(!polarity.judges() && trend.direction() != Direction.NO_CHANGE);
      });
    }
  }

  private static Judgement opposite(Judgement judgement) {
    return judgement == Judgement.IMPROVING
        ? Judgement.WORSENING
        : judgement == Judgement.WORSENING ? Judgement.IMPROVING : judgement;
  }

  /**
   * k times the counts and denominators, the same proportions: the logit slope and its robustness
   * are unchanged, the χ² grows k-fold, so a significant trend stays significant and keeps its
   * direction.
   */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void moreDataAtTheSameProportionsOnlyStrengthensTheEvidence(
      @ForAll("proportions") List<Proportion> series, @ForAll @IntRange(min = 2, max = 50) int k) {
    Result<Trend, TrendReason> result = RecentTrend.ofProportions(series);
    coverLength(series.size());
    cover(result, TrendReason.COUNT_EQUALS_DENOMINATOR);
    coverZeroCount(series);
    Result<Trend, TrendReason> larger =
        RecentTrend.ofProportions(series.stream().map(p -> Proportion.of(p.numerator() * k, p.denominator() * k)).toList());
    assertThat(larger.reason()).isEqualTo(result.reason());
    result.value().ifPresent(trend -> {
      Trend more = larger.orElseThrow();
      assertThat(more.slope()).isEqualTo(trend.slope());
      assertThat(more.robust()).isEqualTo(trend.robust());
      assertThat(more.chiSquared()).isCloseTo(k * trend.chiSquared(), within(1e-9 * (1 + k * trend.chiSquared())));
      if (trend.significant()) {
        assertThat(more.significant()).isTrue();
        assertThat(more.direction()).isEqualTo(trend.direction());
      }
    });
  }

  /**
   * Values and intervals in other units (×2^j): the same test, the slope in the new units.
   * Intervals 2^j times as wide (estimates kept): the same slope, χ² divided by 4^j.
   */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void aChangeOfUnitsOrOfPrecisionChangesOnlyWhatItMust(
      @ForAll("intervals") List<Interval> series, @ForAll @IntRange(min = -4, max = 4) int power) {
    Result<Trend, TrendReason> result = RecentTrend.ofIntervals(series);
    coverLength(series.size());
    cover(result, TrendReason.ZERO_WIDTH_INTERVAL);
    double factor = Math.scalb(1.0, power);
    Result<Trend, TrendReason> rescaled = RecentTrend.ofIntervals(series.stream().map(i -> i.times(factor)).toList());
    Result<Trend, TrendReason> widened =
        RecentTrend.ofIntervals(
            series.stream()
                .map(i -> new Interval(
                    i.estimate(),
                    i.estimate() - (i.estimate() - i.lower()) * factor,
                    i.estimate() + (i.upper() - i.estimate()) * factor,
                    i.level(),
                    i.method()))
                .toList());
    assertThat(rescaled.reason()).isEqualTo(result.reason());
    assertThat(widened.reason()).isEqualTo(result.reason());
    result.value().ifPresent(trend -> {
      Trend inOtherUnits = rescaled.orElseThrow();
      assertThat(inOtherUnits.chiSquared()).isEqualTo(trend.chiSquared());
      assertThat(inOtherUnits.slope().orElseThrow()).isCloseTo(trend.slope().orElseThrow() * factor, within(0.0));
      assertThat(inOtherUnits.direction()).isEqualTo(trend.direction());
      assertThat(inOtherUnits.robust()).isEqualTo(trend.robust());
      Trend wider = widened.orElseThrow();
      assertThat(wider.slope()).isEqualTo(trend.slope());
      assertThat(wider.robust()).isEqualTo(trend.robust());
      assertThat(wider.chiSquared()).isEqualTo(trend.chiSquared() / (factor * factor));
    });
  }

  /**
   * The series turned upside down (each value and its interval negated) is the same evidence the
   * other way: the same χ², the slope negated, the marker reversed, and judged under the reversed
   * polarity exactly as the original is.
   */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void negatingTheSeriesReversesTheTrend(
      @ForAll("intervals") List<Interval> series, @ForAll("polarities") Polarity polarity) {
    Result<Trend, TrendReason> result = RecentTrend.ofIntervals(series);
    coverLength(series.size());
    cover(result, TrendReason.ZERO_WIDTH_INTERVAL);
    Result<Trend, TrendReason> negated =
        RecentTrend.ofIntervals(
            series.stream().map(i -> new Interval(-i.estimate(), -i.upper(), -i.lower(), i.level(), i.method())).toList());
    assertThat(negated.reason()).isEqualTo(result.reason());
    result.value().ifPresent(trend -> {
      Trend mirrored = negated.orElseThrow();
      assertThat(mirrored.chiSquared()).isEqualTo(trend.chiSquared());
      assertThat(mirrored.slope().orElseThrow()).isCloseTo(-trend.slope().orElseThrow(), within(0.0));
      assertThat(mirrored.direction().signum()).isEqualTo(-trend.direction().signum());
      assertThat(mirrored.judgement(polarity.reversed())).isEqualTo(trend.judgement(polarity));
    });
  }

  /**
   * Counting those without the characteristic instead of those with it (each count c of d read as
   * d − c) is the same evidence the other way: the same χ² and the logit slope negated. Only
   * series with no count of zero or of the whole denominator among the last five are compared:
   * there the logit is infinite and the two are not handled alike (a zero count is charted in the
   * limit, a full one is refused).
   */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void countingTheComplementMirrorsTheTrend(@ForAll("proportions") List<Proportion> series) {
    boolean interior =
        series.size() >= RecentTrend.POINTS
            && lastFive(series).stream().allMatch(p -> p.numerator() > 0 && p.numerator() < p.denominator());
    Statistics.label("interior").collect(interior);
    Statistics.label("interior").coverage(checker -> checker.check(true).percentage(p -> p > 30));
    if (!interior) {
      return;
    }
    Trend trend = RecentTrend.ofProportions(series).orElseThrow();
    Trend complement =
        RecentTrend.ofProportions(series.stream().map(p -> Proportion.of(p.denominator() - p.numerator(), p.denominator())).toList())
            .orElseThrow();
    assertThat(complement.chiSquared()).isCloseTo(trend.chiSquared(), within(1e-9 * (1 + trend.chiSquared())));
    double slope = trend.slope().orElseThrow();
    assertThat(complement.slope().orElseThrow()).isCloseTo(-slope, within(1e-9 * (1 + Math.abs(slope))));
  }
}
