package org.combatingdrugs.outcomes.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.junit.jupiter.api.Test;

/**
 * The weighted least-squares trend worked by hand, its threshold under each convention, and the
 * intervals it refuses to weigh, each named by its place in the whole series.
 */
class WeightedTrendTest {

  private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;

  private static Interval around(double value, double width, ConfidenceLevel level) {
    return new Interval(value, value - width / 2, value + width / 2, level, IntervalMethod.BYAR);
  }

  /** Six points, the first outside the tested five, the last with the given interval. */
  private static List<Interval> endingWith(Interval last) {
    List<Interval> series = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      series.add(around(10 + i, 3.92, P95));
    }
    series.add(last);
    return series;
  }

  @Test
  void test_slopeAndChiSquared_byHand() {
    // Widths 3.92 and 7.84 give standard errors 1 and 2, weights 1 and 1/4. Scores 1..5 have the
    // weighted mean 10.5 / 3.5 = 3, so Σw(t − t̄)² = 4 + 1/4 + 0 + 1/4 + 4 = 8.5, and
    // Σw(v − v̄)(t − t̄) = −20 − 3 + 0 + 3.75 + 28 = 8.75: slope 8.75 / 8.5 = 35/34 and
    // χ² = 8.75² / 8.5 = 9.0073…, short of 9.5495.
    List<Interval> series =
        List.of(
            around(10, 3.92, P95),
            around(12, 7.84, P95),
            around(11, 3.92, P95),
            around(15, 7.84, P95),
            around(14, 3.92, P95));
    Trend trend = RecentTrend.ofIntervals(series).orElseThrow();
    assertThat(trend.slope().orElseThrow()).isCloseTo(35.0 / 34, within(1e-12));
    assertThat(trend.chiSquared()).isCloseTo(76.5625 / 8.5, within(1e-9));
    assertThat(trend.significant()).isFalse();
    assertThat(trend.direction()).isEqualTo(Direction.NO_CHANGE);
  }

  @Test
  void test_threshold_fingertipsRoundedBelowTheExactQuantile() {
    // Equal weights 1 and a straight line of slope b: χ² = 10 b² = 9.549518, between Fingertips'
    // 9.5495 and the exact 9.5495357: significant by Fingertips' threshold only.
    double b = 0.9772163451887204;
    List<Interval> line = new ArrayList<>();
    for (int t = 1; t <= 5; t++) {
      line.add(around(b * t, 3.92, P95));
    }
    Trend fingertips = RecentTrend.ofIntervals(line).orElseThrow();
    assertThat(fingertips.chiSquared()).isCloseTo(10 * b * b, within(1e-9));
    assertThat(fingertips.chiSquared()).isBetween(RecentTrend.FINGERTIPS_THRESHOLD, RecentTrend.THRESHOLD);
    assertThat(fingertips.significant()).isTrue();
    assertThat(fingertips.direction()).isEqualTo(Direction.UP);
    Trend exact = RecentTrend.ofIntervals(line, Convention.EXACT).orElseThrow();
    assertThat(exact.significant()).isFalse();
    assertThat(exact.direction()).isEqualTo(Direction.NO_CHANGE);
  }

  @Test
  void test_refusals_nameThePointInTheWholeSeries() {
    assertThatThrownBy(() -> RecentTrend.ofIntervals(endingWith(around(15, 3.92, ConfidenceLevel.NINETY_NINE_POINT_EIGHT))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "series[5] must be a 95% interval for Fingertips' convention (width ÷ 3.92) but was at 99.8%;"
                + " pass 95% intervals or use Convention.EXACT");
    assertThatThrownBy(() -> RecentTrend.ofIntervals(endingWith(around(0, 2e-155, P95))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series[5] has an interval too narrow or too wide to weigh: width 2.0E-155");
    assertThatThrownBy(() -> RecentTrend.ofIntervals(endingWith(around(0, 1e160, P95))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series[5] has an interval too narrow or too wide to weigh: width 1.0E160");
  }

  @Test
  void test_exactConvention_refusesAWholeRangeInterval() {
    assertThatThrownBy(() -> RecentTrend.ofIntervals(endingWith(around(15, 2, ConfidenceLevel.WHOLE_RANGE)), Convention.EXACT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("level must be below 100% for a trend weight: at 100% its upper limit is not finite");
  }
}
