package org.combatingdrugs.outcomes.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.combatingdrugs.outcomes.result.Result;
import org.junit.jupiter.api.Test;

/**
 * Means worked by hand, at ordinary and at huge magnitudes (scaled so nothing overflows), what a
 * mean refuses, and intervals that do not contain, enclose or overlap.
 */
class MeanAndIntervalChecksTest {

  private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;

  @Test
  void test_studentT_byHand() {
    // 2, 4, 9: mean 5, squares 9 + 1 + 16 = 26, sd √13; t(2, 0.975) = 4.302653: half-width 4.302653 × √13 / √3.
    Mean mean = MeanIntervals.studentT(List.of(2.0, 4.0, 9.0), P95);
    assertThat(mean.mean()).isEqualTo(5.0);
    assertThat(mean.standardDeviation().orElseThrow()).isCloseTo(Math.sqrt(13), within(1e-12));
    Interval interval = mean.interval().orElseThrow();
    double half = 4.302652729911275 * Math.sqrt(13) / Math.sqrt(3);
    assertThat(interval.lower()).isCloseTo(5 - half, within(1e-9));
    assertThat(interval.upper()).isCloseTo(5 + half, within(1e-9));
  }

  @Test
  void test_studentT_hugeValuesAreScaledNotOverflowed() {
    Mean same = MeanIntervals.studentT(List.of(1e308, 1e308, 1e308), P95);
    assertThat(same.mean()).isEqualTo(1e308);
    assertThat(same.standardDeviation().orElseThrow()).isZero();
    Mean spread = MeanIntervals.studentT(List.of(2e300, 4e300, 9e300), P95);
    assertThat(spread.mean()).isCloseTo(5e300, within(1e286));
    assertThat(spread.standardDeviation().orElseThrow()).isCloseTo(Math.sqrt(13) * 1e300, within(1e286));
  }

  @Test
  void test_studentT_refusals() {
    assertThatThrownBy(() -> MeanIntervals.studentT(List.of(), P95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values must hold at least one value");
    assertThatThrownBy(() -> MeanIntervals.studentT(Double.NaN, 1, 3, P95)).hasMessage("mean must be finite but was NaN");
    assertThatThrownBy(() -> MeanIntervals.studentT(5, -1, 3, P95))
        .hasMessage("standardDeviation must be 0 or more but was -1.0");
    assertThatThrownBy(() -> MeanIntervals.studentT(5, 1, 1, P95)).hasMessage("n must be at least 2 but was 1");
    assertThat(MeanIntervals.studentT(5, 0, 2, P95).interval().orElseThrow().width()).isZero();
  }

  @Test
  void test_mean_refusesInconsistentParts() {
    Result<Interval, IntervalReason> none = Result.notComputed(IntervalReason.FEWER_THAN_TWO_VALUES);
    Result<Double, IntervalReason> noSd = Result.notComputed(IntervalReason.FEWER_THAN_TWO_VALUES);
    assertThat(new Mean(42, noSd, 1, none).count()).isEqualTo(1);
    assertThatThrownBy(() -> new Mean(Double.NaN, noSd, 1, none)).hasMessage("mean must be finite but was NaN");
    assertThatThrownBy(() -> new Mean(42, noSd, 0, none)).hasMessage("count must be at least 1 but was 0");
    assertThatThrownBy(() -> new Mean(42, noSd, 2, none))
        .hasMessage("standardDeviation must be computed exactly when there are two or more values (count 2)");
    assertThatThrownBy(() -> new Mean(42, Result.computed(1.0), 1, none))
        .hasMessage("standardDeviation must be computed exactly when there are two or more values (count 1)");
    assertThatThrownBy(() -> new Mean(42, Result.notComputed(IntervalReason.TOTAL_COUNT_BELOW_TEN), 1, none))
        .hasMessageStartingWith("a standardDeviation not computed must say FEWER_THAN_TWO_VALUES but was ");
    assertThatThrownBy(() -> new Mean(42, Result.computed(-1.0), 2, none))
        .hasMessage("standardDeviation must be finite and 0 or more but was -1.0");
    assertThatThrownBy(() -> new Mean(42, Result.computed(Double.POSITIVE_INFINITY), 2, none))
        .hasMessage("standardDeviation must be finite and 0 or more but was Infinity");
  }

  @Test
  void test_interval_containsEnclosesAndOverlapsOnlyWhatItShould() {
    Interval interval = new Interval(5, 4, 6, P95, IntervalMethod.BYAR);
    assertThat(interval.contains(4)).isTrue();
    assertThat(interval.contains(6)).isTrue();
    assertThat(interval.contains(3.9)).isFalse();
    assertThat(interval.contains(6.1)).isFalse();
    assertThat(interval.encloses(new Interval(5, 4, 6, P95, IntervalMethod.BYAR))).isTrue();
    assertThat(interval.encloses(new Interval(5, 3.9, 6, P95, IntervalMethod.BYAR))).isFalse();
    assertThat(interval.encloses(new Interval(5, 4, 6.1, P95, IntervalMethod.BYAR))).isFalse();
    assertThat(interval.overlaps(new Interval(7, 6, 8, P95, IntervalMethod.BYAR))).isTrue();
    assertThat(interval.overlaps(new Interval(3, 2, 4, P95, IntervalMethod.BYAR))).isTrue();
    assertThat(interval.overlaps(new Interval(7, 6.1, 8, P95, IntervalMethod.BYAR))).isFalse();
    assertThat(interval.overlaps(new Interval(3, 2, 3.9, P95, IntervalMethod.BYAR))).isFalse();
    assertThat(interval.times(2)).isEqualTo(new Interval(10, 8, 12, P95, IntervalMethod.BYAR));
    assertThatThrownBy(() -> interval.times(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("factor must be positive and finite but was 0.0");
  }
}
