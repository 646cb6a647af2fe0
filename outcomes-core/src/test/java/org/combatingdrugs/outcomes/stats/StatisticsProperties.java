package org.combatingdrugs.outcomes.stats;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.combatingdrugs.outcomes.judgement.Direction;

class StatisticsProperties {

  private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;
  private static final ConfidenceLevel P998 = ConfidenceLevel.NINETY_NINE_POINT_EIGHT;

  @Property
  void aWilsonIntervalHoldsItsEstimateAndTheWiderLevelEnclosesTheNarrower(
      @ForAll @LongRange(min = 1, max = 1_000_000) long n, @ForAll @LongRange(min = 0, max = 1_000_000) long x) {
    long count = Math.min(x, n);
    Interval p95 = ProportionIntervals.wilson(count, n, P95);
    Interval p998 = ProportionIntervals.wilson(count, n, P998);
    assertThat(p95.contains(p95.estimate())).isTrue();
    assertThat(p998.encloses(p95)).isTrue();
    assertThat(p95.lower()).isBetween(0.0, 1.0);
    assertThat(p95.upper()).isBetween(0.0, 1.0);
  }

  @Property
  void aWilsonIntervalNarrowsAsTheSampleGrowsAtAFixedProportion(
      @ForAll @LongRange(min = 1, max = 10_000) long n,
      @ForAll @LongRange(min = 0, max = 10_000) long x,
      @ForAll @IntRange(min = 2, max = 50) int factor) {
    long count = Math.min(x, n);
    assertThat(ProportionIntervals.wilson(count * factor, n * factor, P95).width())
        .isLessThan(ProportionIntervals.wilson(count, n, P95).width());
  }

  @Property
  void aRateIntervalHoldsItsEstimateEnclosesAcrossLevelsAndNarrowsWithSize(
      @ForAll @LongRange(min = 0, max = 100_000) long count,
      @ForAll @LongRange(min = 1, max = 10_000_000) long population,
      @ForAll @IntRange(min = 2, max = 20) int factor) {
    Interval p95 = RateIntervals.crude(count, population, 100_000, P95);
    Interval p998 = RateIntervals.crude(count, population, 100_000, P998);
    assertThat(p95.contains(p95.estimate())).isTrue();
    assertThat(p998.encloses(p95)).isTrue();
    assertThat(p95.lower()).isGreaterThanOrEqualTo(0.0);
    Interval larger = RateIntervals.crude(count * factor, population * factor, 100_000, P95);
    assertThat(larger.width()).isLessThan(p95.width());
  }

  @Property
  void swappingThePeriodsSwapsIncreaseAndDecrease(
      @ForAll @LongRange(min = 1, max = 2_000) long n1,
      @ForAll @LongRange(min = 0, max = 2_000) long x1,
      @ForAll @LongRange(min = 1, max = 2_000) long n2,
      @ForAll @LongRange(min = 0, max = 2_000) long x2) {
    long a = Math.min(x1, n1);
    long b = Math.min(x2, n2);
    assertThat(ProportionChange.newcombe(b, n2, a, n1, P95).direction())
        .isEqualTo(swapped(ProportionChange.newcombe(a, n1, b, n2, P95).direction()));
    if (x1 + x2 > 0) {
      assertThat(PoissonChange.test(x2, x1, P95).direction())
          .isEqualTo(swapped(PoissonChange.test(x1, x2, P95).direction()));
    }
  }

  private static Direction swapped(Direction direction) {
    switch (direction) {
      case UP:
        return Direction.DOWN;
      case DOWN:
        return Direction.UP;
      default:
        return direction;
    }
  }
}
