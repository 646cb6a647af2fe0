package org.combatingdrugs.outcomes.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.junit.jupiter.api.Test;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.result.Result;

class SignificanceTest {

  private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;

  @Test
  void test_newcombe_publishedExamples() {
    // Newcombe (1998), Statistics in Medicine 17:873-890, method 10: 56/70 - 48/80.
    Interval example = ProportionChange.newcombe(48, 80, 56, 70, P95).effect().orElseThrow();
    assertThat(example.estimate()).isCloseTo(20.0, within(1e-9));
    assertThat(example.lower()).isCloseTo(5.24, within(0.005));
    assertThat(example.upper()).isCloseTo(33.39, within(0.005));
    Interval small = ProportionChange.newcombe(3, 10, 9, 10, P95).effect().orElseThrow();
    assertThat(small.lower()).isCloseTo(17.05, within(0.005));
    assertThat(small.upper()).isCloseTo(80.90, within(0.005));
  }

  @Test
  void test_newcombe_continuityOfCareRiseIsSignificant() {
    ChangeSignificance rise = ProportionChange.newcombe(180, 400, 240, 400, P95);
    assertThat(rise.direction()).isEqualTo(Direction.UP);
    assertThat(rise.method()).isEqualTo(IntervalMethod.NEWCOMBE_HYBRID_SCORE);
    assertThat(rise.effect().orElseThrow().estimate()).isCloseTo(15.0, within(1e-9));
    assertThat(rise.judgement(Polarity.HIGHER_IS_BETTER)).isEqualTo(Judgement.IMPROVING);
    assertThat(rise.judgement(Polarity.LOWER_IS_BETTER)).isEqualTo(Judgement.WORSENING);
    assertThat(rise.judgement(Polarity.NO_JUDGEMENT)).isEqualTo(Judgement.NOT_JUDGED);
    ChangeSignificance small = ProportionChange.newcombe(18, 40, 24, 40, P95);
    assertThat(small.direction()).isEqualTo(Direction.NO_CHANGE);
  }

  @Test
  void test_poisson_drugDeaths59To55IsNoSignificantChange() {
    ChangeSignificance deaths = PoissonChange.test(59, 55, P95);
    assertThat(deaths.direction()).isEqualTo(Direction.NO_CHANGE);
    assertThat(deaths.pValue().orElseThrow()).isCloseTo(0.7788760920027016, withinPercentage(1e-8));
    assertThat(deaths.judgement(Polarity.LOWER_IS_BETTER))
        .isEqualTo(Judgement.NO_CHANGE);
    Interval ratio = deaths.effect().orElseThrow();
    assertThat(ratio.estimate()).isCloseTo(55.0 / 59, within(1e-12));
    assertThat(ratio.contains(1.0)).isTrue();
    assertThat(ratio.method()).isEqualTo(IntervalMethod.CONDITIONAL_BINOMIAL);
  }

  @Test
  void test_poisson_significantRiseAndExposures() {
    ChangeSignificance rise = PoissonChange.test(10, 25, P95);
    assertThat(rise.pValue().orElseThrow()).isCloseTo(0.01667384780012071, withinPercentage(1e-8));
    assertThat(rise.direction()).isEqualTo(Direction.UP);
    assertThat(rise.judgement(Polarity.LOWER_IS_BETTER)).isEqualTo(Judgement.WORSENING);
    ChangeSignificance sameRate = PoissonChange.test(10, 1000, 25, 2500, P95);
    assertThat(sameRate.pValue().orElseThrow()).isGreaterThan(0.05);
    assertThat(PoissonChange.test(0, 12, P95).effect())
        .isEqualTo(Result.notComputed(IntervalReason.EARLIER_COUNT_ZERO));
    assertThatThrownBy(() -> PoissonChange.test(0, 12, P95).effect().orElseThrow())
        .hasMessage(
            "not computed: the earlier count is zero, so the ratio of later to earlier is not finite"
                + " (EARLIER_COUNT_ZERO)");
    assertThat(PoissonChange.test(0, 12, P95).direction()).isEqualTo(Direction.UP);
    assertThatThrownBy(() -> PoissonChange.test(0, 0, P95))
        .hasMessage("counts must not both be zero but were 0 and 0");
    assertThatThrownBy(() -> PoissonChange.test(1, 0, 1, 1, P95))
        .hasMessage("earlierExposure must be positive but was 0.0");
  }

  @Test
  void test_dobson_standardisedRate() {
    List<Long> counts = List.of(0L, 0L, 0L, 1L, 3L, 5L, 6L, 7L, 8L, 6L, 5L, 4L, 3L, 2L, 1L, 1L, 0L, 0L, 0L);
    List<Long> populations =
        List.of(25000L, 26000L, 24000L, 23000L, 22000L, 24000L, 26000L, 25000L, 24000L, 26000L, 27000L,
            26000L, 24000L, 21000L, 18000L, 12000L, 8000L, 5000L, 2000L);
    Interval dsr =
        StandardisedRates.dobson(counts, populations, StandardPopulation.ESP_2013, 100_000, P95).orElseThrow();
    assertThat(dsr.estimate()).isCloseTo(13.897247132899308, withinPercentage(1e-10));
    assertThat(dsr.lower()).isCloseTo(10.37032747264967, withinPercentage(1e-10));
    assertThat(dsr.upper()).isCloseTo(18.234664166986263, withinPercentage(1e-10));
    assertThat(dsr.method()).isEqualTo(IntervalMethod.DOBSON);
    List<Long> few = List.of(0L, 0L, 0L, 1L, 3L, 5L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    assertThat(StandardisedRates.dobson(few, populations, StandardPopulation.ESP_2013, 100_000, P95))
        .isEqualTo(Result.notComputed(IntervalReason.TOTAL_COUNT_BELOW_TEN));
    assertThat(StandardPopulation.ESP_2013.total()).isEqualTo(100_000);
    assertThatThrownBy(
            () -> StandardisedRates.dobson(List.of(1L), List.of(1L), StandardPopulation.ESP_2013, 100_000, P95))
        .hasMessageContaining("must have the 19 bands");
    List<Long> missing = new java.util.ArrayList<>(counts);
    missing.set(3, null);
    assertThatThrownBy(() -> StandardisedRates.dobson(missing, populations, StandardPopulation.ESP_2013, 100_000, P95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count of band 15-19 is missing (null)");
    List<Long> noPopulation = new java.util.ArrayList<>(populations);
    noPopulation.set(18, null);
    assertThatThrownBy(() -> StandardisedRates.dobson(counts, noPopulation, StandardPopulation.ESP_2013, 100_000, P95))
        .hasMessage("population of band 90+ is missing (null)");
  }

  @Test
  void test_dobson_lowerLimitBelowZero_isBoundedAtZeroAndSaysSo() {
    List<Long> counts = new java.util.ArrayList<>(java.util.Collections.nCopies(19, 5L));
    List<Long> populations = new java.util.ArrayList<>(java.util.Collections.nCopies(19, 100_000L));
    counts.set(4, 1L);
    populations.set(4, 1L);
    Interval dsr =
        StandardisedRates.dobson(counts, populations, StandardPopulation.ESP_2013, 100_000, P95).orElseThrow();
    assertThat(dsr.estimate()).isCloseTo(6004.7, within(1e-9));
    assertThat(dsr.lower()).isZero();
    assertThat(dsr.upper()).isCloseTo(19042.6, within(0.05));
    assertThat(dsr.method()).isEqualTo(IntervalMethod.DOBSON_BOUNDED_AT_ZERO);
  }

  @Test
  void test_studentT() {
    Interval mean =
        MeanIntervals.studentT(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0), P95).interval().orElseThrow();
    assertThat(mean.estimate()).isEqualTo(5.5);
    assertThat(mean.lower()).isCloseTo(3.3341494103866087, within(1e-9));
    assertThat(mean.upper()).isCloseTo(7.665850589613392, within(1e-9));
    assertThatThrownBy(() -> MeanIntervals.studentT(List.of(1.0, Double.NaN), P95))
        .hasMessage("values[1] must be a finite number (missing values are not allowed) but was NaN");
  }

  @Test
  void test_studentT_carriesTheStandardDeviation() {
    Mean mean = MeanIntervals.studentT(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0), P95);
    assertThat(mean.mean()).isEqualTo(5.5);
    assertThat(mean.count()).isEqualTo(10);
    assertThat(mean.standardDeviation().orElseThrow()).isCloseTo(Math.sqrt(82.5 / 9), within(1e-14));
    assertThat(mean.interval().isComputed()).isTrue();
  }

  @Test
  void test_studentT_aSingleValueHasAMeanButNoLimits() {
    Mean single = MeanIntervals.studentT(List.of(42.0), P95);
    assertThat(single.mean()).isEqualTo(42.0);
    assertThat(single.standardDeviation())
        .isEqualTo(Result.notComputed(IntervalReason.FEWER_THAN_TWO_VALUES));
    assertThat(single.interval()).isEqualTo(Result.notComputed(IntervalReason.FEWER_THAN_TWO_VALUES));
  }

  @Test
  void test_studentT_largeValuesDoNotOverflow() {
    Mean big = MeanIntervals.studentT(List.of(1e308, 1e308, 1e308), P95);
    assertThat(big.mean()).isEqualTo(1e308);
    assertThat(big.standardDeviation().orElseThrow()).isZero();
    Mean spread = MeanIntervals.studentT(List.of(1.5e308, 1.4e308, 1.6e308), P95);
    assertThat(spread.mean()).isCloseTo(1.5e308, withinPercentage(1e-12));
    assertThat(spread.standardDeviation().orElseThrow()).isCloseTo(1e307, withinPercentage(1e-12));
    assertThatThrownBy(() -> MeanIntervals.studentT(List.of(1e308, -1e308), P95))
        .hasMessage(
            "values range too widely for a finite interval: mean 0.0 ± t × standard deviation"
                + " 1.4142135623730951E308 ÷ √2 lies beyond the largest number");
    assertThatThrownBy(() -> MeanIntervals.studentT(List.of(1.7e308, -1.7e308), P95))
        .hasMessageContaining("standard deviation exceeds");
    assertThatThrownBy(() -> MeanIntervals.studentT(List.of(1.0, 2.0), ConfidenceLevel.WHOLE_RANGE))
        .hasMessageContaining("below 100%");
  }
}
