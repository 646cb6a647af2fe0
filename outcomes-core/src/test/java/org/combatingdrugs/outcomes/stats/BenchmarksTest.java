package org.combatingdrugs.outcomes.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.combatingdrugs.outcomes.framework.Polarity;
import org.junit.jupiter.api.Test;

class BenchmarksTest {

  private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;
  private static final ConfidenceLevel P998 = ConfidenceLevel.NINETY_NINE_POINT_EIGHT;

  @Test
  void test_byInterval_continuityOfCareAgainstEngland() {
    Interval bcp = ProportionIntervals.wilson(181, 400, P95, 100);
    BenchmarkComparison higher = Benchmarks.byInterval(bcp, 41.1, Polarity.HIGHER_IS_BETTER);
    assertThat(higher.comparison()).isEqualTo(BenchmarkComparison.Comparison.SIMILAR);
    Interval dorset = ProportionIntervals.wilson(271, 400, P95, 100);
    BenchmarkComparison better = Benchmarks.byInterval(dorset, 41.1, Polarity.HIGHER_IS_BETTER);
    assertThat(better.comparison()).isEqualTo(BenchmarkComparison.Comparison.HIGHER);
    assertThat(better.judgement()).isEqualTo(BenchmarkComparison.Judgement.BETTER);
    assertThat(better.method()).isEqualTo(BenchmarkComparison.Method.CONFIDENCE_INTERVAL);
    assertThat(Benchmarks.byInterval(dorset, 41.1, Polarity.LOWER_IS_BETTER).judgement())
        .isEqualTo(BenchmarkComparison.Judgement.WORSE);
    BenchmarkComparison neutral = Benchmarks.byInterval(dorset, 41.1, Polarity.NO_JUDGEMENT);
    assertThat(neutral.comparison()).isEqualTo(BenchmarkComparison.Comparison.HIGHER);
    assertThat(neutral.judgement()).isEqualTo(BenchmarkComparison.Judgement.NOT_JUDGED);
  }

  @Test
  void test_byInterval_benchmarkOnALimitIsSimilar() {
    Interval interval = new Interval(5, 4, 6, P95, IntervalMethod.BYAR);
    assertThat(Benchmarks.byInterval(interval, 6, Polarity.LOWER_IS_BETTER).comparison())
        .isEqualTo(BenchmarkComparison.Comparison.SIMILAR);
    assertThat(Benchmarks.byInterval(interval, 6.000001, Polarity.LOWER_IS_BETTER).judgement())
        .isEqualTo(BenchmarkComparison.Judgement.BETTER);
  }

  @Test
  void test_byOverlap_touchingIsSimilar() {
    Interval a = new Interval(5, 4, 6, P95, IntervalMethod.BYAR);
    assertThat(Benchmarks.byOverlap(a, new Interval(7, 6, 8, P95, IntervalMethod.BYAR), Polarity.LOWER_IS_BETTER)
            .comparison())
        .isEqualTo(BenchmarkComparison.Comparison.SIMILAR);
    assertThat(Benchmarks.byOverlap(a, new Interval(8, 7, 9, P95, IntervalMethod.BYAR), Polarity.LOWER_IS_BETTER)
            .judgement())
        .isEqualTo(BenchmarkComparison.Judgement.BETTER);
    assertThatThrownBy(() -> Benchmarks.byOverlap(a, new Interval(8, 7, 9, P998, IntervalMethod.BYAR), Polarity.LOWER_IS_BETTER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_proportionFunnel_wilsonAroundTheBenchmark() {
    FunnelLimits limits = Benchmarks.proportionFunnel(0.5, 400, P95);
    assertThat(limits.lower()).isCloseTo(0.451234504169709, withinPercentage(1e-10));
    assertThat(limits.upper()).isCloseTo(0.548765495830291, withinPercentage(1e-10));
    assertThat(Benchmarks.byFunnel(0.55, limits, Polarity.HIGHER_IS_BETTER).judgement())
        .isEqualTo(BenchmarkComparison.Judgement.BETTER);
    assertThat(Benchmarks.byFunnel(limits.upper(), limits, Polarity.HIGHER_IS_BETTER).comparison())
        .isEqualTo(BenchmarkComparison.Comparison.SIMILAR);
    FunnelLimits wide = Benchmarks.proportionFunnel(0.5, 400, P998);
    assertThat(wide.lower()).isLessThan(limits.lower());
    assertThat(Benchmarks.byFunnel(0.55, wide, Polarity.HIGHER_IS_BETTER).comparison())
        .isEqualTo(BenchmarkComparison.Comparison.SIMILAR);
  }

  @Test
  void test_rateFunnel_exactPoissonAroundTheExpectedCount() {
    FunnelLimits limits = Benchmarks.rateFunnel(1, 100, 100, P95);
    assertThat(limits.lower()).isCloseTo(0.025317807984289897, withinPercentage(1e-10));
    assertThat(limits.upper()).isCloseTo(5.571643390938898, withinPercentage(1e-10));
    assertThat(Benchmarks.byFunnel(6, limits, Polarity.LOWER_IS_BETTER).judgement())
        .isEqualTo(BenchmarkComparison.Judgement.WORSE);
    assertThatThrownBy(() -> Benchmarks.rateFunnel(1, 0, 100, P95))
        .hasMessage("population must be positive but was 0");
  }
}
