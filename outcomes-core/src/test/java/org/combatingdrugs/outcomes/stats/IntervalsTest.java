package org.combatingdrugs.outcomes.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Reference values from PHEindicatormethods' own test data, to 1e-12 relative. */
class IntervalsTest {

  private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;
  private static final ConfidenceLevel P998 = ConfidenceLevel.NINETY_NINE_POINT_EIGHT;

  private static void assertClose(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, withinPercentage(1e-10));
  }

  @Test
  void test_wilson_referenceValues() {
    Interval p95 = ProportionIntervals.wilson(65, 100, P95);
    assertThat(p95.estimate()).isEqualTo(0.65);
    assertClose(p95.lower(), 0.5525444329688797);
    assertClose(p95.upper(), 0.7363575175690247);
    assertThat(p95.method()).isEqualTo(IntervalMethod.WILSON);
    Interval p998 = ProportionIntervals.wilson(65, 100, P998);
    assertClose(p998.lower(), 0.4954946574070431);
    assertClose(p998.upper(), 0.7783540614089697);
    Interval percent = ProportionIntervals.wilson(65, 100, P95, 100);
    assertClose(percent.lower(), 55.25444329688797);
    assertThat(percent.estimate()).isEqualTo(65.0);
  }

  @Test
  void test_atLevels_bothFingertipsLevelsAtOnce() {
    var both = AtLevels.of(level -> ProportionIntervals.wilson(65, 100, level), AtLevels.FINGERTIPS);
    assertClose(both.values().asList().get(0).lower(), 0.5525444329688797);
    assertClose(both.values().asList().get(1).upper(), 0.7783540614089697);
    assertThat(both.keySet()).containsExactly(P95, P998);
    assertThatThrownBy(() -> AtLevels.of(level -> 1, java.util.List.of(P95, P95)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_wilson_edges() {
    assertThat(ProportionIntervals.wilson(0, 40, P95).lower()).isEqualTo(0.0);
    assertThat(ProportionIntervals.wilson(40, 40, P95).upper()).isEqualTo(1.0);
    assertThat(ProportionIntervals.wilson(0, 40, P95).upper()).isPositive();
    assertThatThrownBy(() -> ProportionIntervals.wilson(5, 4, P95))
        .hasMessage("x must be within 0..n (4) but was 5");
    assertThatThrownBy(() -> ProportionIntervals.wilson(-1, 4, P95))
        .hasMessage("x must be within 0..n (4) but was -1");
    assertThatThrownBy(() -> ProportionIntervals.wilson(0, 0, P95)).hasMessage("n must be positive but was 0");
    assertThatThrownBy(() -> ProportionIntervals.wilson(1, 2, P95, 0))
        .hasMessage("multiplier must be positive and finite but was 0.0");
  }

  @Test
  void test_byar_referenceValues() {
    Interval sixtyFive = CountIntervals.byar(65, P95);
    assertClose(sixtyFive.lower(), 50.163187710459454);
    assertClose(sixtyFive.upper(), 82.84913854593984);
    Interval large = CountIntervals.byar(1045, P95);
    assertClose(large.lower(), 982.5932018073325);
    assertClose(large.upper(), 1110.33121298565);
    assertThat(CountIntervals.of(65, P95).method()).isEqualTo(IntervalMethod.BYAR);
    assertThat(CountIntervals.of(10, P95).method()).isEqualTo(IntervalMethod.BYAR);
    assertThat(CountIntervals.of(9, P95).method()).isEqualTo(IntervalMethod.EXACT_POISSON);
  }

  @Test
  void test_exactPoisson_zeroAndOne() {
    Interval zero = CountIntervals.of(0, P95);
    assertThat(zero.lower()).isEqualTo(0.0);
    assertClose(zero.upper(), 3.688879454113936);
    assertThat(CountIntervals.byar(0, P95).lower()).isEqualTo(0.0);
    for (long count = 1; count < 40; count++) {
      assertThat(CountIntervals.byar(count, P998).lower()).isGreaterThanOrEqualTo(0.0);
    }
  }

  @Test
  void test_crudeRate_referenceValues() {
    Interval small = RateIntervals.crude(1, 100, 100, P95);
    assertThat(small.estimate()).isEqualTo(1.0);
    assertClose(small.lower(), 0.025317807984289897);
    assertClose(small.upper(), 5.571643390938898);
    assertThat(small.method()).isEqualTo(IntervalMethod.EXACT_POISSON);
    Interval england = RateIntervals.crude(7_776_456, 7_564_336_677L, 100_000, P95);
    assertClose(england.estimate(), 102.80420256339154);
    assertClose(england.lower(), 102.73196005302074);
    assertClose(england.upper(), 102.87648334092832);
    assertThat(england.method()).isEqualTo(IntervalMethod.BYAR);
    assertThatThrownBy(() -> RateIntervals.crude(1, 0, 100, P95))
        .hasMessage("population must be positive but was 0");
  }

  @Test
  void test_confidenceLevel_range() {
    assertThat(P95.z()).isCloseTo(1.959963984540054, within(1e-14));
    assertThat(P998.z()).isCloseTo(3.090232306167813, within(1e-14));
    assertThat(ConfidenceLevel.of(0.90).value()).isEqualTo(0.90);
    assertThat(ConfidenceLevel.of(95)).isEqualTo(P95);
    assertThat(ConfidenceLevel.of(99.8)).isEqualTo(P998);
    assertThat(ConfidenceLevel.of(100)).isEqualTo(ConfidenceLevel.WHOLE_RANGE);
    assertThat(ConfidenceLevel.of(1.0).isWholeRange()).isTrue();
    assertThat(P998).hasToString("99.8%");
    assertThat(P95).hasToString("95%");
    assertThatThrownBy(() -> ConfidenceLevel.of(50))
        .hasMessage("confidence level must be within 0.90..1 (or 90..100 as a percentage) but was 50.0");
    assertThatThrownBy(() -> ConfidenceLevel.of(Math.nextDown(1.0)))
        .hasMessageContaining("0.9999999999999999 is too close to 1");
    assertThatThrownBy(() -> ConfidenceLevel.WHOLE_RANGE.z()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ConfidenceLevel.of(0.8)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConfidenceLevel.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_interval_refusesWhatIsNotAnInterval() {
    assertThatThrownBy(() -> new Interval(1, 2, 3, P95, IntervalMethod.WILSON))
        .hasMessage("interval must hold its estimate but was 1.0 [2.0, 3.0]");
    assertThatThrownBy(() -> new Interval(Double.NaN, 2, 3, P95, IntervalMethod.WILSON))
        .hasMessageStartingWith("interval must be finite");
    Interval a = new Interval(1, 0, 2, P95, IntervalMethod.WILSON);
    assertThat(a.overlaps(new Interval(3, 2, 4, P95, IntervalMethod.WILSON))).isTrue();
    assertThat(a.overlaps(new Interval(3, 2.5, 4, P95, IntervalMethod.WILSON))).isFalse();
  }

  @Test
  void test_wilson_decimalCounts() {
    Interval weighted = ProportionIntervals.wilson(new BigDecimal("2.5"), new BigDecimal("10"), P95);
    assertThat(weighted.estimate()).isEqualTo(0.25);
    assertClose(weighted.lower(), 0.0809478242099945);
    assertClose(weighted.upper(), 0.5578185757214501);
    assertThat(ProportionIntervals.wilson(new BigDecimal("65"), new BigDecimal("100.0"), P95))
        .isEqualTo(ProportionIntervals.wilson(65, 100, P95));
    assertThat(ProportionIntervals.wilson(new BigDecimal("7.25"), new BigDecimal("7.250"), P95).upper()).isEqualTo(1.0);
    assertThatThrownBy(() -> ProportionIntervals.wilson(new BigDecimal("10.5"), new BigDecimal("10"), P95))
        .hasMessage("x must be within 0..n (10) but was 10.5");
    assertThatThrownBy(() -> ProportionIntervals.wilson(new BigDecimal("-0.5"), new BigDecimal("10"), P95))
        .hasMessage("x must be 0 or more but was -0.5");
    assertThatThrownBy(() -> ProportionIntervals.wilson(new BigDecimal("1" + "0".repeat(60)), BigDecimal.TEN, P95))
        .hasMessage("x must have at most 40 significant digits but had 61");
  }

  @Test
  void test_wilson_wholeRangeAtOneHundredPercent() {
    Interval whole = ProportionIntervals.wilson(65, 100, ConfidenceLevel.of(100));
    assertThat(whole.lower()).isZero();
    assertThat(whole.upper()).isEqualTo(1.0);
    assertThat(whole.estimate()).isEqualTo(0.65);
    assertThat(ProportionIntervals.wilson(65, 100, ConfidenceLevel.WHOLE_RANGE, 100).upper()).isEqualTo(100.0);
  }

  @Test
  void test_exactPoisson_decimalCounts() {
    Interval weighted = CountIntervals.exactPoisson(new BigDecimal("2.5"), P95);
    assertThat(weighted.estimate()).isEqualTo(2.5);
    assertThat(weighted.lower()).isCloseTo(0.41560580674333136, withinPercentage(1e-9));
    assertThat(weighted.upper()).isCloseTo(8.006382137314663, withinPercentage(1e-9));
    assertThat(CountIntervals.exactPoisson(BigDecimal.ONE, P95)).isEqualTo(CountIntervals.exactPoisson(1, P95));
    assertThat(CountIntervals.of(new BigDecimal("12.5"), P95).method()).isEqualTo(IntervalMethod.BYAR);
    assertThat(CountIntervals.of(new BigDecimal("9.5"), P95).method()).isEqualTo(IntervalMethod.EXACT_POISSON);
    assertThat(CountIntervals.byar(new BigDecimal("65"), P95)).isEqualTo(CountIntervals.byar(65, P95));
  }

  @Test
  void test_counts_refuseTheWholeRange() {
    assertThatThrownBy(() -> CountIntervals.of(5, ConfidenceLevel.WHOLE_RANGE))
        .hasMessage("level must be below 100% for a count: at 100% its upper limit is not finite");
    assertThatThrownBy(() -> RateIntervals.crude(5, 100, 100, ConfidenceLevel.WHOLE_RANGE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PoissonChange.test(5, 6, ConfidenceLevel.WHOLE_RANGE))
        .hasMessageContaining("below 100%");
  }

  @Test
  void test_exactPoisson_hugeCountsConverge() {
    Interval huge = CountIntervals.exactPoisson(1_000_000_000_000_000L, P95);
    double sd = Math.sqrt(1e15);
    assertThat(huge.lower()).isCloseTo(1e15 - 1.959963984540054 * sd, within(0.01 * sd));
    assertThat(huge.upper()).isCloseTo(1e15 + 1.959963984540054 * sd, within(0.01 * sd));
  }
}
