package org.combatingdrugs.outcomes.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.combatingdrugs.outcomes.judgement.Polarity;
import org.junit.jupiter.api.Test;
import org.combatingdrugs.outcomes.judgement.Judgement;

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
    assertThat(better.judgement()).isEqualTo(Judgement.IMPROVING);
    assertThat(better.method()).isEqualTo(BenchmarkComparison.Method.CONFIDENCE_INTERVAL);
    assertThat(Benchmarks.byInterval(dorset, 41.1, Polarity.LOWER_IS_BETTER).judgement())
        .isEqualTo(Judgement.WORSENING);
    BenchmarkComparison neutral = Benchmarks.byInterval(dorset, 41.1, Polarity.NO_JUDGEMENT);
    assertThat(neutral.comparison()).isEqualTo(BenchmarkComparison.Comparison.HIGHER);
    assertThat(neutral.judgement()).isEqualTo(Judgement.NOT_JUDGED);
  }

  @Test
  void test_byInterval_benchmarkOnALimitIsSimilar() {
    Interval interval = new Interval(5, 4, 6, P95, IntervalMethod.BYAR);
    assertThat(Benchmarks.byInterval(interval, 6, Polarity.LOWER_IS_BETTER).comparison())
        .isEqualTo(BenchmarkComparison.Comparison.SIMILAR);
    assertThat(Benchmarks.byInterval(interval, 6.000001, Polarity.LOWER_IS_BETTER).judgement())
        .isEqualTo(Judgement.IMPROVING);
  }

  @Test
  void test_byOverlap_touchingIsSimilar() {
    Interval a = new Interval(5, 4, 6, P95, IntervalMethod.BYAR);
    assertThat(Benchmarks.byOverlap(a, new Interval(7, 6, 8, P95, IntervalMethod.BYAR), Polarity.LOWER_IS_BETTER)
            .comparison())
        .isEqualTo(BenchmarkComparison.Comparison.SIMILAR);
    assertThat(Benchmarks.byOverlap(a, new Interval(8, 7, 9, P95, IntervalMethod.BYAR), Polarity.LOWER_IS_BETTER)
            .judgement())
        .isEqualTo(Judgement.IMPROVING);
    assertThatThrownBy(() -> Benchmarks.byOverlap(a, new Interval(8, 7, 9, P998, IntervalMethod.BYAR), Polarity.LOWER_IS_BETTER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_proportionFunnel_fingertipsRoundsZ() {
    FunnelLimits limits = Benchmarks.proportionFunnel(0.5, 400, P95);
    assertThat(limits.convention()).isEqualTo(Convention.FINGERTIPS);
    assertThat(limits.lower()).isCloseTo(0.45123361659995515, withinPercentage(1e-10));
    assertThat(limits.upper()).isCloseTo(0.5487663834000448, withinPercentage(1e-10));
    assertThat(limits.expected()).isEqualTo(200.0);
    assertThat(Benchmarks.byFunnel(0.55, limits, Polarity.HIGHER_IS_BETTER).judgement())
        .isEqualTo(Judgement.IMPROVING);
    assertThat(Benchmarks.byFunnel(limits.upper(), limits, Polarity.HIGHER_IS_BETTER).comparison())
        .isEqualTo(BenchmarkComparison.Comparison.SIMILAR);
    FunnelLimits wide = Benchmarks.proportionFunnel(0.5, 400, P998);
    assertThat(wide.lower()).isCloseTo(0.4236509777998987, withinPercentage(1e-10));
    assertThat(wide.upper()).isCloseTo(0.5763490222001013, withinPercentage(1e-10));
    assertThat(Benchmarks.byFunnel(0.55, wide, Polarity.HIGHER_IS_BETTER).comparison())
        .isEqualTo(BenchmarkComparison.Comparison.SIMILAR);
  }

  @Test
  void test_proportionFunnel_exactQuantilesAsAnOption() {
    FunnelLimits limits = Benchmarks.proportionFunnel(0.5, 400, P95, Convention.EXACT);
    assertThat(limits.convention()).isEqualTo(Convention.EXACT);
    assertThat(limits.lower()).isCloseTo(0.451234504169709, withinPercentage(1e-10));
    assertThat(limits.upper()).isCloseTo(0.548765495830291, withinPercentage(1e-10));
    FunnelLimits whole = Benchmarks.proportionFunnel(0.5, 400, ConfidenceLevel.WHOLE_RANGE);
    assertThat(whole.lower()).isZero();
    assertThat(whole.upper()).isEqualTo(1.0);
  }

  @Test
  void test_rateFunnel_fingertipsTakesWholeDegreesOfFreedomAroundTheExpectedCount() {
    FunnelLimits limits = Benchmarks.rateFunnel(1, 100, 100, P95);
    assertThat(limits.expected()).isEqualTo(1.0);
    assertThat(limits.lower()).isCloseTo(0.025317807984289897, withinPercentage(1e-10));
    assertThat(limits.upper()).isCloseTo(5.571643390938898, withinPercentage(1e-10));
    assertThat(Benchmarks.byFunnel(6, limits, Polarity.LOWER_IS_BETTER).judgement())
        .isEqualTo(Judgement.WORSENING);
    // E = 2.5: lower from chi-squared at 2 x 3 = 6 degrees, upper at 2 x 2 + 2 = 6.
    FunnelLimits fractional = Benchmarks.rateFunnel(25, 10_000, 100_000, P95);
    assertThat(fractional.expected()).isEqualTo(2.5);
    assertThat(fractional.lower()).isCloseTo(0.6186721228956011 * 10, withinPercentage(1e-9));
    assertThat(fractional.upper()).isCloseTo(7.224687667723961 * 10, withinPercentage(1e-9));
    FunnelLimits wide = Benchmarks.rateFunnel(25, 10_000, 100_000, P998);
    assertThat(wide.lower()).isCloseTo(0.19053337756839883 * 10, withinPercentage(1e-9));
    assertThat(wide.upper()).isCloseTo(11.228872242412663 * 10, withinPercentage(1e-9));
    FunnelLimits exact = Benchmarks.rateFunnel(25, 10_000, 100_000, P95, Convention.EXACT);
    assertThat(exact.lower()).isLessThan(fractional.lower());
    assertThat(exact.upper()).isGreaterThan(fractional.upper());
  }

  @Test
  void test_rateFunnel_aSmallExpectedCountHasItsLowerLimitAboveTheBenchmark() {
    FunnelLimits limits = Benchmarks.rateFunnel(0.4, 100, 100, P95);
    assertThat(limits.expected()).isCloseTo(0.4, within(1e-15));
    assertThat(limits.lower()).isCloseTo(0.025317807984289842, withinPercentage(1e-9));
    assertThat(limits.upper()).isCloseTo(3.688879454113936, withinPercentage(1e-9));
  }

  @Test
  void test_rateFunnel_refusesWhatItCannotBound() {
    assertThatThrownBy(() -> Benchmarks.rateFunnel(1, 0, 100, P95))
        .hasMessage("population must be positive but was 0");
    assertThatThrownBy(() -> Benchmarks.rateFunnel(1, 100, 100, ConfidenceLevel.WHOLE_RANGE))
        .hasMessageContaining("100%");
    FunnelLimits huge = Benchmarks.rateFunnel(50, Long.MAX_VALUE, 1e5, P95);
    assertThat(huge.lower()).isLessThan(50).isGreaterThan(49.99);
    assertThat(huge.upper()).isGreaterThan(50).isLessThan(50.01);
  }
}
