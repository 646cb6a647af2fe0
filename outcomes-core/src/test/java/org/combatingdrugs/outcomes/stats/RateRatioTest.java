package org.combatingdrugs.outcomes.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.combatingdrugs.outcomes.judgement.Direction;
import org.junit.jupiter.api.Test;

/**
 * The exact conditional rate ratio's limits where the beta quantiles have closed forms: Beta(1, k)
 * has the quantile 1 − (1 − q)^(1/k), and Beta(2, 2) the root of 3x² − 2x³ = q; each share s gives
 * the ratio s / (1 − s) times the exposures' ratio.
 */
class RateRatioTest {

  private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;

  @Test
  void test_limits_noLaterEventsInEqualExposures() {
    // 1 then 0: the upper share is Beta(1, 1)'s 97.5% point, 0.975, a ratio of 39.
    Interval ratio = PoissonChange.test(1, 1.0, 0, 1.0, P95).effect().orElseThrow();
    assertThat(ratio.estimate()).isZero();
    assertThat(ratio.lower()).isZero();
    assertThat(ratio.upper()).isCloseTo(39, within(1e-9));
  }

  @Test
  void test_limits_twoThenOneAtHalfTheExposure() {
    // 2 events in exposure 2, then 1 in exposure 1: estimate 1 / 2 × 2 = 1. The lower share is
    // Beta(1, 3)'s 2.5% point 1 − 0.975^(1/3); the upper Beta(2, 2)'s 97.5% point, 0.905700…
    Interval ratio = PoissonChange.test(2, 2.0, 1, 1.0, P95).effect().orElseThrow();
    double lowerShare = 1 - Math.cbrt(0.975);
    assertThat(ratio.estimate()).isCloseTo(1, within(1e-12));
    assertThat(ratio.lower()).isCloseTo(lowerShare / (1 - lowerShare) * 2, within(1e-9));
    assertThat(ratio.lower()).isCloseTo(0.01694996069822304, within(1e-9));
    assertThat(ratio.upper()).isCloseTo(19.209059769445773, within(1e-6));
  }

  @Test
  void test_direction_comparesRatesNotCounts() {
    // 20 in exposure 1, then 20 in exposure 10: the rate falls tenfold though the count is the same.
    ChangeSignificance fall = PoissonChange.test(20, 1.0, 20, 10.0, P95);
    assertThat(fall.direction()).isEqualTo(Direction.DOWN);
    assertThat(fall.effect().orElseThrow().estimate()).isCloseTo(0.1, within(1e-12));
    assertThat(PoissonChange.test(20, 10.0, 20, 1.0, P95).direction()).isEqualTo(Direction.UP);
  }

  @Test
  void test_refusals_nameTheField() {
    assertThatThrownBy(() -> PoissonChange.test(-1, 1.0, 5, 1.0, P95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("earlier must be 0 or more but was -1");
    assertThatThrownBy(() -> PoissonChange.test(5, 1.0, -1, 1.0, P95)).hasMessage("later must be 0 or more but was -1");
    assertThatThrownBy(() -> PoissonChange.test(5, 1.0, 5, 0.0, P95)).hasMessage("laterExposure must be positive but was 0.0");
    assertThatThrownBy(() -> PoissonChange.test(5, 1.0, 5, Double.POSITIVE_INFINITY, P95))
        .hasMessage("laterExposure must be positive but was Infinity");
    assertThatThrownBy(() -> PoissonChange.test(5, 1.0, 5, 1.0, ConfidenceLevel.WHOLE_RANGE))
        .hasMessage("level must be below 100% for a rate ratio: at 100% its upper limit is not finite");
  }
}
