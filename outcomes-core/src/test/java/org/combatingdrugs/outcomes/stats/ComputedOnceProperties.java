package org.combatingdrugs.outcomes.stats;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * What the statistics compute once, or build once, is what they computed before: a level's
 * quantile is the same double whichever level was asked for last; a scaled interval is the
 * interval scaled; results at several levels are the map built level by level.
 */
class ComputedOnceProperties {

  @Example
  void fingertipsLevelsGiveTheirQuantilesLiterally() {
    assertThat(ConfidenceLevel.NINETY_FIVE.z()).isEqualTo(1.9599639845400538);
    assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z()).isEqualTo(3.090232306167813);
    assertThat(ConfidenceLevel.of(95).z()).isEqualTo(1.9599639845400538);
    assertThat(ConfidenceLevel.of(99.8).z()).isEqualTo(3.090232306167813);
  }

  @Example
  void otherLevelsGiveTheirQuantilesLiterallyHoweverTheyAlternate() {
    for (int round = 0; round < 3; round++) {
      assertThat(ConfidenceLevel.of(0.90).z()).isEqualTo(1.6448536269514724);
      assertThat(ConfidenceLevel.of(0.99).z()).isEqualTo(2.575829303548901);
      assertThat(ConfidenceLevel.of(0.99).z()).isEqualTo(2.575829303548901);
      assertThat(ConfidenceLevel.of(0.999999).z()).isEqualTo(4.891638475671085);
      assertThat(ConfidenceLevel.NINETY_FIVE.z()).isEqualTo(1.9599639845400538);
    }
  }

  @Property
  void aLevelsQuantileIsTheNormalQuantileOfItsUpperTail(
      @ForAll @DoubleRange(min = 0.90, max = 0.9999) @Scale(12) double value,
      @ForAll @DoubleRange(min = 0.90, max = 0.9999) @Scale(12) double other) {
    ConfidenceLevel level = ConfidenceLevel.of(value);
    double expected = NormalQuantile.of(value + (1 - value) / 2);
    assertThat(level.z()).isEqualTo(expected);
    assertThat(ConfidenceLevel.of(other).z()).isEqualTo(NormalQuantile.of(other + (1 - other) / 2));
    assertThat(level.z()).isEqualTo(expected);
    assertThat(ConfidenceLevel.NINETY_FIVE.z()).isEqualTo(NormalQuantile.of(0.95 + (1 - 0.95) / 2));
    assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z())
        .isEqualTo(NormalQuantile.of(0.998 + (1 - 0.998) / 2));
  }

  @Property
  void aScaledWilsonIntervalIsTheIntervalScaled(
      @ForAll @LongRange(min = 1, max = 1_000_000) long n,
      @ForAll @LongRange(min = 0, max = 1_000_000) long x,
      @ForAll @DoubleRange(min = 1, max = 2, maxIncluded = false) @Scale(15) double mantissa,
      @ForAll @IntRange(min = -1074, max = 1023) int exponent,
      @ForAll @IntRange(min = 0, max = 3) int which) {
    long count = Math.min(x, n);
    double multiplier = Math.max(Double.MIN_VALUE, Math.scalb(mantissa, exponent));
    ConfidenceLevel level = LEVELS.get(which);
    assertThat(ProportionIntervals.wilson(count, n, level, multiplier))
        .isEqualTo(ProportionIntervals.wilson(count, n, level).times(multiplier));
    assertThat(ProportionIntervals.wilson(count, n, level, 100))
        .isEqualTo(ProportionIntervals.wilson(count, n, level).times(100));
  }

  @Property
  void resultsAtLevelsAreTheMapBuiltLevelByLevelInOrder(
      @ForAll @IntRange(min = 1, max = 4) int size,
      @ForAll @IntRange(min = 0, max = 3) int first,
      @ForAll @LongRange(min = 0, max = 100) long x) {
    List<ConfidenceLevel> levels = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      levels.add(LEVELS.get((first + i) % LEVELS.size()));
    }
    ImmutableMap.Builder<ConfidenceLevel, Interval> expected = ImmutableMap.builder();
    for (ConfidenceLevel level : levels) {
      expected.put(level, ProportionIntervals.wilson(x, 100, level));
    }
    ImmutableMap<ConfidenceLevel, Interval> results =
        AtLevels.of(level -> ProportionIntervals.wilson(x, 100, level), levels);
    assertThat(results.entrySet().asList()).isEqualTo(expected.buildOrThrow().entrySet().asList());
  }

  @Example
  void aLevelGivenTwiceIsRefusedOnceEveryResultIsComputed() {
    for (int size = 2; size <= 4; size++) {
      List<ConfidenceLevel> levels = new ArrayList<>(LEVELS.subList(0, size - 1));
      levels.add(LEVELS.get(0));
      List<ConfidenceLevel> asked = new ArrayList<>();
      assertThatThrownBy(
              () ->
                  AtLevels.of(
                      level -> {
                        asked.add(level);
                        return level.toString();
                      },
                      levels))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Multiple entries with same key: 95%=95% and 95%=95%");
      assertThat(asked).isEqualTo(levels);
    }
  }

  @Example
  void aMissingLevelOrResultIsRefusedInTurn() {
    List<ConfidenceLevel> missingSecond = new ArrayList<>();
    missingSecond.add(ConfidenceLevel.NINETY_FIVE);
    missingSecond.add(null);
    assertThatThrownBy(() -> AtLevels.of(level -> "", missingSecond))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("level");
    assertThatThrownBy(() -> AtLevels.of(level -> null, missingSecond))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("result");
  }

  @Property
  void aStandardPopulationTotalsItsWeights(
      @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 1, max = 1_000_000_000_000L) Long> weights) {
    List<String> bands = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      bands.add("band " + i);
    }
    StandardPopulation standard = StandardPopulation.of("test", bands, weights);
    assertThat(standard.total()).isEqualTo(weights.stream().mapToLong(Long::longValue).sum());
  }

  @Property
  void aBadBandIsRefusedByNameWithItsValue(
      @ForAll @IntRange(min = 0, max = 18) int band,
      @ForAll @LongRange(min = Long.MIN_VALUE, max = -1) long bad,
      @ForAll boolean badCount) {
    StandardPopulation esp = StandardPopulation.ESP_2013;
    List<Long> counts = new ArrayList<>();
    List<Long> populations = new ArrayList<>();
    for (int i = 0; i < esp.size(); i++) {
      counts.add(5L);
      populations.add(1_000L);
    }
    (badCount ? counts : populations).set(band, bad);
    String label = esp.bands().get(band);
    assertThatThrownBy(
            () -> StandardisedRates.dobson(counts, populations, esp, 100_000, ConfidenceLevel.NINETY_FIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            badCount
                ? "count of band " + label + " must be 0 or more but was " + bad
                : "population of band " + label + " must be positive but was " + bad);
  }

  @Property
  void anExactCountIntervalIsTheChiSquaredQuantilesOfItsCount(
      @ForAll @IntRange(min = 0, max = 9) int count, @ForAll @IntRange(min = 0, max = 3) int which) {
    ConfidenceLevel level = LEVELS.get(which);
    Assume.that(!level.isWholeRange());
    double lower =
        count == 0
            ? 0
            : ChiSquaredDistribution.of(2.0 * count).inverseCumulativeProbability(level.alpha() / 2) / 2;
    double upper =
        ChiSquaredDistribution.of(2.0 * count + 2)
                .inverseCumulativeProbability(level.value() + level.alpha() / 2)
            / 2;
    Interval exact = CountIntervals.exactPoisson(count, level);
    assertThat(exact).isEqualTo(new Interval(count, lower, upper, level, IntervalMethod.EXACT_POISSON));
    assertThat(CountIntervals.exactPoisson(count, level)).isEqualTo(exact);
    assertThat(CountIntervals.exactPoisson(new BigDecimal(count + ".0"), level)).isEqualTo(exact);
    assertThat(CountIntervals.of(count, level)).isEqualTo(exact);
  }

  @Example
  void oneEventAtNinetyFivePercentHasTheLimitsItAlwaysHad() {
    assertThat(CountIntervals.exactPoisson(1, ConfidenceLevel.NINETY_FIVE))
        .isEqualTo(
            new Interval(
                1, 0.025317807984289894, 5.5716433909389, ConfidenceLevel.NINETY_FIVE, IntervalMethod.EXACT_POISSON));
  }

  private static final ImmutableList<ConfidenceLevel> LEVELS =
      ImmutableList.of(
          ConfidenceLevel.NINETY_FIVE,
          ConfidenceLevel.NINETY_NINE_POINT_EIGHT,
          ConfidenceLevel.of(0.90),
          ConfidenceLevel.WHOLE_RANGE);
}
