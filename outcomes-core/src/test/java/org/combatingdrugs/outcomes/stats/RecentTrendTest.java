package org.combatingdrugs.outcomes.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.combatingdrugs.outcomes.framework.Polarity;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.junit.jupiter.api.Test;

class RecentTrendTest {

  private static List<Proportion> ofThousand(long... counts) {
    return java.util.Arrays.stream(counts).mapToObj(c -> Proportion.of(c, 1000)).toList();
  }

  @Test
  void test_ofProportions_risingIsIncreasingNotDecreasing() {
    TrendResult.Trend trend = (TrendResult.Trend) RecentTrend.ofProportions(ofThousand(100, 120, 140, 160, 180));
    assertThat(trend.chiSquared()).isCloseTo(33.222591362126245, withinPercentage(1e-10));
    assertThat(trend.direction()).isEqualTo(TrendResult.Direction.INCREASING);
    assertThat(trend.method()).isEqualTo(TrendResult.Method.COCHRAN_ARMITAGE);
    assertThat(trend.judgement(Polarity.HIGHER_IS_BETTER)).isEqualTo(TrendResult.Judgement.IMPROVING);
    assertThat(trend.judgement(Polarity.NO_JUDGEMENT)).isEqualTo(TrendResult.Judgement.NOT_JUDGED);
    TrendResult.Trend falling = (TrendResult.Trend) RecentTrend.ofProportions(ofThousand(180, 160, 140, 120, 100));
    assertThat(falling.direction()).isEqualTo(TrendResult.Direction.DECREASING);
    assertThat(falling.judgement(Polarity.HIGHER_IS_BETTER)).isEqualTo(TrendResult.Judgement.WORSENING);
  }

  @Test
  void test_ofProportions_usesOnlyTheLastFivePoints() {
    TrendResult trend = RecentTrend.ofProportions(ofThousand(900, 10, 100, 120, 140, 160, 180));
    assertThat(((TrendResult.Trend) trend).chiSquared()).isCloseTo(33.222591362126245, withinPercentage(1e-10));
  }

  @Test
  void test_ofProportions_noiseAndOutliersAreNotTrends() {
    assertThat(((TrendResult.Trend) RecentTrend.ofProportions(ofThousand(100, 105, 98, 102, 101))).direction())
        .isEqualTo(TrendResult.Direction.NO_SIGNIFICANT_CHANGE);
    TrendResult.Trend outlier = (TrendResult.Trend) RecentTrend.ofProportions(ofThousand(100, 100, 100, 100, 300));
    assertThat(outlier.chiSquared()).isGreaterThan(RecentTrend.THRESHOLD);
    assertThat(outlier.robust()).isFalse();
    assertThat(outlier.direction()).isEqualTo(TrendResult.Direction.NO_SIGNIFICANT_CHANGE);
  }

  @Test
  void test_ofProportions_cannotBeCalculated() {
    assertThat(RecentTrend.ofProportions(ofThousand(1, 2, 3, 4)))
        .isEqualTo(new TrendResult.NotCalculated(TrendResult.Reason.FEWER_THAN_FIVE_POINTS));
    assertThat(RecentTrend.ofProportions(ofThousand(1, 2, 3, 4, 1000)))
        .isEqualTo(new TrendResult.NotCalculated(TrendResult.Reason.COUNT_EQUALS_DENOMINATOR));
  }

  @Test
  void test_ofIntervals_weightedLeastSquares() {
    List<Interval> rising =
        List.of(100L, 130L, 160L, 190L, 220L).stream()
            .map(c -> RateIntervals.crude(c, 100_000, 100_000, ConfidenceLevel.NINETY_FIVE))
            .toList();
    TrendResult.Trend trend = (TrendResult.Trend) RecentTrend.ofIntervals(rising);
    assertThat(trend.direction()).isEqualTo(TrendResult.Direction.INCREASING);
    assertThat(trend.method()).isEqualTo(TrendResult.Method.WEIGHTED_LEAST_SQUARES);
    assertThat(trend.judgement(Polarity.LOWER_IS_BETTER)).isEqualTo(TrendResult.Judgement.WORSENING);
    List<Interval> flat =
        List.of(59L, 55L, 61L, 57L, 58L).stream()
            .map(c -> RateIntervals.crude(c, 400_000, 100_000, ConfidenceLevel.NINETY_FIVE))
            .toList();
    assertThat(((TrendResult.Trend) RecentTrend.ofIntervals(flat)).direction())
        .isEqualTo(TrendResult.Direction.NO_SIGNIFICANT_CHANGE);
    Interval point = new Interval(1, 1, 1, ConfidenceLevel.NINETY_FIVE, IntervalMethod.BYAR);
    assertThat(RecentTrend.ofIntervals(List.of(point, point, point, point, point)))
        .isEqualTo(new TrendResult.NotCalculated(TrendResult.Reason.ZERO_WIDTH_INTERVAL));
  }
}
