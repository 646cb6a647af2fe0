package org.combatingdrugs.outcomes.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.junit.jupiter.api.Test;

/**
 * Funnel limits decide which side of them a value lies on, and limits and intervals print with the
 * places their magnitude calls for: three below 1, two below 100, one from 100 up (values worked by
 * hand, rounded half-up).
 */
class LimitsAndTextTest {

  private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;

  private static final FunnelLimits LIMITS =
      new FunnelLimits(0.5, 0.45, 0.55, 200, P95, Convention.FINGERTIPS);

  @Test
  void test_isOutside_onlyStrictlyBeyondALimit() {
    assertThat(LIMITS.isOutside(0.5)).isFalse();
    assertThat(LIMITS.isOutside(0.45)).isFalse();
    assertThat(LIMITS.isOutside(0.55)).isFalse();
    assertThat(LIMITS.isOutside(0.4499)).isTrue();
    assertThat(LIMITS.isOutside(0.5501)).isTrue();
    assertThat(LIMITS.isOutside(0)).isTrue();
    assertThat(LIMITS.isOutside(1)).isTrue();
  }

  @Test
  void test_isOutside_theFingertipsFunnelOf400AroundHalf() {
    // 0.5 ± 1.96 × sqrt(0.25 / 400) = 0.5 ± 0.049: 0.451 and 0.549 after rounding.
    FunnelLimits funnel = Benchmarks.proportionFunnel(0.5, 400, P95);
    assertThat(funnel.isOutside(0.452)).isFalse();
    assertThat(funnel.isOutside(0.450)).isTrue();
    assertThat(funnel.isOutside(0.548)).isFalse();
    assertThat(funnel.isOutside(0.550)).isTrue();
  }

  @Test
  void test_funnelToString_namesLevelConventionAndExpectedCount() {
    assertThat(LIMITS).hasToString("0.500 [0.450, 0.550] (funnel, 95%, Fingertips; expected 200.0)");
    assertThat(new FunnelLimits(25, 18.5, 32.25, 2.5, ConfidenceLevel.NINETY_NINE_POINT_EIGHT, Convention.EXACT))
        .hasToString("25.00 [18.50, 32.25] (funnel, 99.8%, exact; expected 2.50)");
  }

  @Test
  void test_intervalToString_placesFollowTheLargestMagnitude() {
    assertThat(new Interval(0.5, 0.25, 0.9995, P95, IntervalMethod.WILSON))
        .hasToString("0.500 [0.250, 1.000] (Wilson, 95%)");
    assertThat(new Interval(0.75, 0.5, 1, P95, IntervalMethod.BYAR)).hasToString("0.75 [0.50, 1.00] (Byar, 95%)");
    assertThat(new Interval(50, 40.125, 99.994, P95, IntervalMethod.BYAR))
        .hasToString("50.00 [40.13, 99.99] (Byar, 95%)");
    assertThat(new Interval(80, 60, 100, P95, IntervalMethod.DOBSON)).hasToString("80.0 [60.0, 100.0] (Dobson, 95%)");
    assertThat(new Interval(-150.25, -200, -100, P95, IntervalMethod.STUDENT_T))
        .hasToString("-150.3 [-200.0, -100.0] (Student's t, 95%)");
  }

  @Test
  void test_standardPopulation_ofItsBandsAndWeights() {
    StandardPopulation two = StandardPopulation.of("two bands", List.of("0-49", "50+"), List.of(60L, 40L));
    assertThat(two.name()).isEqualTo("two bands");
    assertThat(two.size()).isEqualTo(2);
    assertThat(two.bands()).containsExactly("0-49", "50+");
    assertThat(two.weights()).containsExactly(60L, 40L);
  }

  @Test
  void test_byIntervalAndByFunnel_aValueOnEitherLimitIsSimilar() {
    Interval interval = new Interval(5, 4, 6, P95, IntervalMethod.BYAR);
    assertThat(Benchmarks.byInterval(interval, 4, Polarity.HIGHER_IS_BETTER).comparison())
        .isEqualTo(BenchmarkComparison.Comparison.SIMILAR);
    assertThat(Benchmarks.byInterval(interval, Math.nextDown(4.0), Polarity.HIGHER_IS_BETTER).comparison())
        .isEqualTo(BenchmarkComparison.Comparison.HIGHER);
    assertThat(Benchmarks.byFunnel(0.45, LIMITS, Polarity.HIGHER_IS_BETTER).comparison())
        .isEqualTo(BenchmarkComparison.Comparison.SIMILAR);
    assertThat(Benchmarks.byFunnel(0.55, LIMITS, Polarity.HIGHER_IS_BETTER).comparison())
        .isEqualTo(BenchmarkComparison.Comparison.SIMILAR);
    assertThat(Benchmarks.byFunnel(0.449, LIMITS, Polarity.HIGHER_IS_BETTER).comparison())
        .isEqualTo(BenchmarkComparison.Comparison.LOWER);
    assertThatThrownBy(() -> Benchmarks.byInterval(interval, Double.NaN, Polarity.HIGHER_IS_BETTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("benchmark must be finite but was NaN");
    assertThatThrownBy(() -> Benchmarks.byFunnel(Double.POSITIVE_INFINITY, LIMITS, Polarity.HIGHER_IS_BETTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be finite but was Infinity");
  }

  @Test
  void test_funnels_refuseBenchmarksAndSizesTheyCannotBound() {
    assertThat(Benchmarks.proportionFunnel(0, 400, P95).benchmark()).isZero();
    assertThat(Benchmarks.proportionFunnel(1, 400, P95).benchmark()).isEqualTo(1);
    assertThatThrownBy(() -> Benchmarks.proportionFunnel(1.5, 400, P95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("benchmark must be within [0, 1] but was 1.5");
    assertThatThrownBy(() -> Benchmarks.proportionFunnel(-0.5, 400, P95))
        .hasMessage("benchmark must be within [0, 1] but was -0.5");
    assertThatThrownBy(() -> Benchmarks.proportionFunnel(0.5, 0, P95))
        .hasMessage("denominator must be positive but was 0");
    assertThat(Benchmarks.rateFunnel(0, 10_000, 100_000, P95).benchmark()).isZero();
    assertThatThrownBy(() -> Benchmarks.rateFunnel(-1, 10_000, 100_000, P95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("benchmark must be 0 or more but was -1.0");
    assertThatThrownBy(() -> Benchmarks.rateFunnel(25, 10_000, 0, P95))
        .hasMessage("multiplier must be positive and finite but was 0.0");
    assertThatThrownBy(() -> Benchmarks.rateFunnel(1e308, Long.MAX_VALUE, 1, P95))
        .hasMessage(
            "benchmark 1.0E308 × population 9223372036854775807 ÷ multiplier 1.0 must be a finite expected count");
    assertThatThrownBy(() -> Benchmarks.rateFunnel(25, 10_000, 100_000, ConfidenceLevel.WHOLE_RANGE))
        .hasMessage("level must be below 100% for a rate funnel: at 100% its upper limit is not finite");
  }
}
