package org.combatingdrugs.outcomes.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.junit.jupiter.api.Test;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.result.Result;

class RecentTrendTest {

  private static List<Proportion> ofThousand(long... counts) {
    return java.util.Arrays.stream(counts).mapToObj(c -> Proportion.of(c, 1000)).toList();
  }

  @Test
  void test_ofProportions_risingIsIncreasingNotDecreasing() {
    Trend trend = RecentTrend.ofProportions(ofThousand(100, 120, 140, 160, 180)).orElseThrow();
    assertThat(trend.chiSquared()).isGreaterThan(RecentTrend.FINGERTIPS_THRESHOLD);
    assertThat(trend.direction()).isEqualTo(Direction.UP);
    assertThat(trend.method()).isEqualTo(Trend.Method.COCHRAN_ARMITAGE);
    assertThat(trend.judgement(Polarity.HIGHER_IS_BETTER)).isEqualTo(Judgement.IMPROVING);
    assertThat(trend.judgement(Polarity.NO_JUDGEMENT)).isEqualTo(Judgement.NOT_JUDGED);
    Trend falling = RecentTrend.ofProportions(ofThousand(180, 160, 140, 120, 100)).orElseThrow();
    assertThat(falling.direction()).isEqualTo(Direction.DOWN);
    assertThat(falling.judgement(Polarity.HIGHER_IS_BETTER)).isEqualTo(Judgement.WORSENING);
  }

  @Test
  void test_ofProportions_usesOnlyTheLastFivePoints() {
    Result<Trend, TrendReason> trend = RecentTrend.ofProportions(ofThousand(900, 10, 100, 120, 140, 160, 180));
    assertThat(trend).isEqualTo(RecentTrend.ofProportions(ofThousand(100, 120, 140, 160, 180)));
    assertThat(trend).isNotEqualTo(RecentTrend.ofProportions(ofThousand(900, 10, 100, 120, 140)));
  }

  @Test
  void test_ofProportions_noiseAndOutliersAreNotTrends() {
    assertThat(RecentTrend.ofProportions(ofThousand(100, 105, 98, 102, 101)).orElseThrow().direction())
        .isEqualTo(Direction.NO_CHANGE);
    Trend outlier = RecentTrend.ofProportions(ofThousand(100, 100, 100, 100, 300)).orElseThrow();
    assertThat(outlier.chiSquared()).isGreaterThan(RecentTrend.THRESHOLD);
    assertThat(outlier.robust()).isFalse();
    assertThat(outlier.direction()).isEqualTo(Direction.NO_CHANGE);
  }

  @Test
  void test_ofProportions_cannotBeCalculated() {
    assertThat(RecentTrend.ofProportions(ofThousand(1, 2, 3, 4)))
        .isEqualTo(Result.notComputed(TrendReason.FEWER_THAN_FIVE_POINTS));
    assertThat(RecentTrend.ofProportions(ofThousand(1, 2, 3, 4, 1000)))
        .isEqualTo(Result.notComputed(TrendReason.COUNT_EQUALS_DENOMINATOR));
  }

  @Test
  void test_ofIntervals_weightedLeastSquares() {
    List<Interval> rising =
        List.of(100L, 130L, 160L, 190L, 220L).stream()
            .map(c -> RateIntervals.crude(c, 100_000, 100_000, ConfidenceLevel.NINETY_FIVE))
            .toList();
    Trend trend = RecentTrend.ofIntervals(rising).orElseThrow();
    assertThat(trend.direction()).isEqualTo(Direction.UP);
    assertThat(trend.method()).isEqualTo(Trend.Method.WEIGHTED_LEAST_SQUARES);
    assertThat(trend.judgement(Polarity.LOWER_IS_BETTER)).isEqualTo(Judgement.WORSENING);
    List<Interval> flat =
        List.of(59L, 55L, 61L, 57L, 58L).stream()
            .map(c -> RateIntervals.crude(c, 400_000, 100_000, ConfidenceLevel.NINETY_FIVE))
            .toList();
    assertThat(RecentTrend.ofIntervals(flat).orElseThrow().direction())
        .isEqualTo(Direction.NO_CHANGE);
    Interval point = new Interval(1, 1, 1, ConfidenceLevel.NINETY_FIVE, IntervalMethod.BYAR);
    assertThat(RecentTrend.ofIntervals(List.of(point, point, point, point, point)))
        .isEqualTo(Result.notComputed(TrendReason.ZERO_WIDTH_INTERVAL));
  }

  // Reference values below were computed independently (PHEindicatormethods' formulas in
  // double precision): the logit slope by ordinary least squares, χ² in Fingertips' form.

  @Test
  void test_ofProportions_carriesTheLogitSlopeAndBothFlags() {
    Trend rising = RecentTrend.ofProportions(ofThousand(100, 120, 140, 160, 180)).orElseThrow();
    assertThat(rising.slope().orElseThrow()).isCloseTo(0.16959562640229364, within(1e-12));
    assertThat(rising.significant()).isTrue();
    assertThat(rising.robust()).isTrue();
    Trend falling = RecentTrend.ofProportions(ofThousand(180, 160, 140, 120, 100)).orElseThrow();
    assertThat(falling.slope().orElseThrow()).isCloseTo(-0.1695956264022931, within(1e-12));
    assertThat(falling.chiSquared()).isCloseTo(rising.chiSquared(), within(1e-9));
  }

  @Test
  void test_ofProportions_outlierIsSignificantButNotRobust() {
    Trend outlier = RecentTrend.ofProportions(ofThousand(100, 100, 100, 100, 300)).orElseThrow();
    assertThat(outlier.chiSquared()).isCloseTo(132.89036544850498, within(1e-9));
    assertThat(outlier.slope().orElseThrow()).isCloseTo(0.2699853433898039, within(1e-12));
    assertThat(outlier.significant()).isTrue();
    assertThat(outlier.robust()).isFalse();
    assertThat(outlier.direction()).isEqualTo(Direction.NO_CHANGE);
  }

  @Test
  void test_ofProportions_zeroCountIsComputableWithSlopeInTheLimit() {
    List<Proportion> series =
        java.util.stream.LongStream.of(0, 5, 10, 15, 20).mapToObj(c -> Proportion.of(c, 50)).toList();
    Trend trend = RecentTrend.ofProportions(series).orElseThrow();
    assertThat(trend.chiSquared()).isCloseTo(31.25, within(1e-9));
    assertThat(trend.slope()).isEqualTo(Result.notComputed(TrendReason.ZERO_COUNT));
    assertThat(trend.slope())
        .hasToString("not computed: a proportion's count of zero has an infinite logit, so the slope is infinite");
    assertThat(trend.direction()).isEqualTo(Direction.UP);
  }

  @Test
  void test_ofProportions_unequalDenominators() {
    long[] counts = {1367, 1332, 1199, 1023, 994};
    long[] denominators = {44701, 44064, 42811, 41527, 40299};
    List<Proportion> series =
        java.util.stream.IntStream.range(0, 5).mapToObj(i -> Proportion.of(counts[i], denominators[i])).toList();
    Trend trend = RecentTrend.ofProportions(series).orElseThrow();
    assertThat(trend.chiSquared()).isCloseTo(47.896676707589116, within(1e-9));
    assertThat(trend.slope().orElseThrow()).isCloseTo(-0.06524964077898289, within(1e-12));
    assertThat(trend.direction()).isEqualTo(Direction.DOWN);
  }

  private static List<Interval> published() {
    double[] value = {30.6, 30.2, 28, 24.6, 24.67};
    double[] lower = {28.98, 28.63, 26.44, 23.15, 23.16};
    double[] upper = {32.25, 31.9, 29.64, 26.19, 26.25};
    return java.util.stream.IntStream.range(0, 5)
        .mapToObj(i -> new Interval(value[i], lower[i], upper[i], ConfidenceLevel.NINETY_FIVE, IntervalMethod.BYAR))
        .toList();
  }

  @Test
  void test_ofIntervals_fingertipsWeightsFromWidthOver392() {
    Trend trend = RecentTrend.ofIntervals(published()).orElseThrow();
    assertThat(trend.chiSquared()).isCloseTo(46.7653157920631, within(1e-9));
    assertThat(trend.slope().orElseThrow()).isCloseTo(-1.7515662226629556, within(1e-12));
    assertThat(trend.convention()).isEqualTo(Convention.FINGERTIPS);
    assertThat(trend.direction()).isEqualTo(Direction.DOWN);
  }

  @Test
  void test_ofIntervals_exactConventionUsesTheExactQuantile() {
    Trend trend = RecentTrend.ofIntervals(published(), Convention.EXACT).orElseThrow();
    assertThat(trend.chiSquared()).isCloseTo(46.76359716054989, within(1e-9));
    assertThat(trend.slope().orElseThrow()).isCloseTo(-1.7515662226629556, within(1e-12));
    assertThat(trend.convention()).isEqualTo(Convention.EXACT);
  }

  @Test
  void test_ofIntervals_fingertipsRefusesOtherLevelsNamingTheElement() {
    List<Interval> wrongLevel =
        published().stream()
            .map(i -> new Interval(i.estimate(), i.lower(), i.upper(), ConfidenceLevel.NINETY_NINE_POINT_EIGHT, i.method()))
            .toList();
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> RecentTrend.ofIntervals(wrongLevel))
        .withMessageContaining("series[0]")
        .withMessageContaining("95% interval");
    assertThat(RecentTrend.ofIntervals(wrongLevel, Convention.EXACT).isComputed()).isTrue();
  }

  @Test
  void test_ofIntervals_weightsFarApart_areFittedAboutTheirMeans_withoutANegativeChiSquared() {
    Interval sharp = new Interval(1e-150, 5e-151, 1.5e-150, ConfidenceLevel.NINETY_FIVE, IntervalMethod.BYAR);
    Interval wide = new Interval(0, -5e149, 5e149, ConfidenceLevel.NINETY_FIVE, IntervalMethod.BYAR);
    Trend trend = RecentTrend.ofIntervals(List.of(sharp, wide, wide, wide, wide)).orElseThrow();
    assertThat(trend.chiSquared()).isFinite().isNotNegative();
    assertThat(trend.direction()).isEqualTo(Direction.NO_CHANGE);
  }
}
