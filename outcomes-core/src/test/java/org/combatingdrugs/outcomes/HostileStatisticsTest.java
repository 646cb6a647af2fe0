package org.combatingdrugs.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.combatingdrugs.outcomes.calc.Observation;
import org.combatingdrugs.outcomes.calc.Projections;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.combatingdrugs.outcomes.period.FinancialQuarter;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.spc.XmrChart;
import org.combatingdrugs.outcomes.spc.XmrOptions;
import org.combatingdrugs.outcomes.stats.Benchmarks;
import org.combatingdrugs.outcomes.stats.ChangeSignificance;
import org.combatingdrugs.outcomes.stats.ConfidenceLevel;
import org.combatingdrugs.outcomes.stats.Convention;
import org.combatingdrugs.outcomes.stats.CountIntervals;
import org.combatingdrugs.outcomes.stats.FunnelLimits;
import org.combatingdrugs.outcomes.stats.Interval;
import org.combatingdrugs.outcomes.stats.IntervalReason;
import org.combatingdrugs.outcomes.stats.Mean;
import org.combatingdrugs.outcomes.stats.MeanIntervals;
import org.combatingdrugs.outcomes.stats.PoissonChange;
import org.combatingdrugs.outcomes.stats.StandardPopulation;
import org.combatingdrugs.outcomes.stats.StandardisedRates;
import org.combatingdrugs.outcomes.result.Result;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's statistical defects (5, 6, 9 and 10): huge counts, overflowing sums and far-apart
 * magnitudes give a valid result or an {@link IllegalArgumentException} naming the caller's field
 * and value, promptly, never an {@link ArithmeticException}.
 */
class HostileStatisticsTest {

  private static final Duration PROMPTLY = Duration.ofSeconds(2);
  private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;

  @Test
  void test_exactPoisson_ofAQuintillionthCount_isComputedPromptly() {
    Interval huge =
        assertTimeoutPreemptively(
            PROMPTLY, () -> CountIntervals.exactPoisson(1_000_000_000_000_000L, P95));
    assertThat(huge.estimate()).isEqualTo(1e15);
    // ± 1.96 √count, within the cube-root approximation's error
    assertThat(huge.lower()).isCloseTo(1e15 - 1.959964 * Math.sqrt(1e15), within(3.0));
    assertThat(huge.upper()).isCloseTo(1e15 + 1.959964 * Math.sqrt(1e15), within(3.0));
    Interval largest =
        assertTimeoutPreemptively(PROMPTLY, () -> CountIntervals.exactPoisson(Long.MAX_VALUE, P95));
    assertThat(largest.lower()).isLessThan(largest.estimate());
    assertThat(largest.upper()).isGreaterThan(largest.estimate()).isFinite();
  }

  @Test
  void test_rateFunnel_atTheLargestPopulation_isComputedPromptly() {
    for (Convention convention : Convention.values()) {
      FunnelLimits limits =
          assertTimeoutPreemptively(
              PROMPTLY, () -> Benchmarks.rateFunnel(50, Long.MAX_VALUE, 1e5, P95, convention));
      double halfWidth = 50 * 1.959964 / Math.sqrt(limits.expected());
      assertThat(limits.lower()).isCloseTo(50 - halfWidth, within(1e-9));
      assertThat(limits.upper()).isCloseTo(50 + halfWidth, within(1e-9));
    }
  }

  @Test
  void test_poissonChange_ofCountsTotallingBeyondALong_isRefusedNamingThem() {
    assertThatThrownBy(() -> PoissonChange.test(Long.MAX_VALUE, Long.MAX_VALUE, P95))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "earlier and later must total at most 2147483647 but were 9223372036854775807 and"
                + " 9223372036854775807");
    assertThatThrownBy(() -> PoissonChange.test(1, Long.MAX_VALUE, P95))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("earlier and later must total at most 2147483647 but were 1 and 9223372036854775807");
    assertThatThrownBy(() -> PoissonChange.test(Integer.MAX_VALUE, 1, P95))
        .hasMessage("earlier and later must total at most 2147483647 but were 2147483647 and 1");
  }

  @Test
  void test_poissonChange_atTheLargestTotal_isPrompt() {
    // The bisection's midpoint overflowed an int here and looped for ever.
    ChangeSignificance all =
        assertTimeoutPreemptively(
            PROMPTLY, () -> PoissonChange.test(0, 1, Integer.MAX_VALUE, 1e12, P95));
    assertThat(all.pValue().orElseThrow()).isBetween(0.0, 1.0);
    ChangeSignificance none =
        assertTimeoutPreemptively(
            PROMPTLY, () -> PoissonChange.test(Integer.MAX_VALUE, 1e12, 0, 1, P95));
    assertThat(none.pValue().orElseThrow()).isBetween(0.0, 1.0);
  }

  @Test
  void test_dobson_withABandCountOfTheLargestLong_isComputedWithoutOverflow() {
    StandardPopulation standard = StandardPopulation.ESP_2013;
    int bands = standard.size();
    List<Long> counts = new ArrayList<>(Collections.nCopies(bands, 5L));
    counts.set(0, Long.MAX_VALUE);
    List<Long> populations = Collections.nCopies(bands, 100_000L);
    Result<Interval, IntervalReason> rate =
        assertTimeoutPreemptively(
            PROMPTLY, () -> StandardisedRates.dobson(counts, populations, standard, 1e5, P95));
    Interval interval = rate.orElseThrow();
    double expected =
        (standard.weights().get(0) * (double) Long.MAX_VALUE
                + 5.0 * (standard.total() - standard.weights().get(0)))
            / standard.total();
    assertThat(interval.estimate()).isCloseTo(expected, within(expected * 1e-12));
    assertThat(interval.lower()).isLessThan(interval.estimate());
    assertThat(interval.upper()).isGreaterThan(interval.estimate()).isFinite();

    List<Long> allHuge = Collections.nCopies(bands, Long.MAX_VALUE);
    Interval everyBand = StandardisedRates.dobson(allHuge, populations, standard, 1e5, P95).orElseThrow();
    assertThat(everyBand.estimate()).isCloseTo((double) Long.MAX_VALUE, within(Long.MAX_VALUE * 1e-12));
  }

  @Test
  void test_studentT_ofHugeEqualValues_isTheirValue() {
    Mean mean = MeanIntervals.studentT(List.of(1e308, 1e308, 1e308), P95);
    assertThat(mean.mean()).isEqualTo(1e308);
    Interval interval = mean.interval().orElseThrow();
    assertThat(interval.lower()).isEqualTo(1e308);
    assertThat(interval.upper()).isEqualTo(1e308);
  }

  @Test
  void test_poissonChange_overFarApartExposures_isComputedOrRefusedNamingThem() {
    // Rates 5e-308 and 5e308: their ratio, 1e616, is beyond a double.
    assertThatThrownBy(() -> PoissonChange.test(5, 1e308, 5, 1e-308, P95))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "earlierExposure 1.0E308 and laterExposure 1.0E-308 are too far apart: their ratio lies"
                + " beyond the range of a double");
    assertThatThrownBy(() -> PoissonChange.test(5, 1e-308, 5, 1e308, P95))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("earlierExposure 1.0E-308 and laterExposure 1.0E308 are too far apart");
    // A representable ratio whose limits are not: refused naming the exposures.
    assertThatThrownBy(() -> PoissonChange.test(1, 1e307, 100, 1, P95))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "earlierExposure 1.0E307 and laterExposure 1.0 are too far apart for counts 1 and 100");
    // Exposures whose sum overflows but whose ratio is 1: computed, the same as over equal exposures.
    ChangeSignificance huge = PoissonChange.test(10, 1.5e308, 30, 1.5e308, P95);
    ChangeSignificance unit = PoissonChange.test(10, 30, P95);
    assertThat(huge.pValue()).isEqualTo(unit.pValue());
    assertThat(huge.direction()).isEqualTo(Direction.UP);
    assertThat(huge.effect().orElseThrow()).isEqualTo(unit.effect().orElseThrow());
  }

  @Test
  void test_xmrChart_ofAlternatingHugeAndTinyValues_isRefusedNamingTheValues() {
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      values.add(i % 2 == 0 ? 1e308 : 1e-308);
    }
    assertThatThrownBy(
            () ->
                assertTimeoutPreemptively(
                    PROMPTLY,
                    () -> XmrChart.of(values, Polarity.HIGHER_IS_BETTER, XmrOptions.defaults())))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "values[0..19] range too widely for XmR limits: values[0] = 1.0E308 and values[1] ="
                + " 1.0E-308 put the mean ± 2.66 × the mean moving range beyond ±"
                + Double.MAX_VALUE);
  }

  @Test
  void test_linearTrend_toAPeriodOfAnotherKindAtTheEndOfTime_isRefusedNamingThePeriod() {
    List<Observation> annual =
        List.of(
            Observation.of(FinancialYear.of(2996), Quantity.count(5)),
            Observation.of(FinancialYear.of(2997), Quantity.count(6)));
    assertThatThrownBy(() -> Projections.linearTrend(annual, FinancialQuarter.of(2998, 2)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("period must be ")
        .hasMessageEndingWith("but was " + FinancialQuarter.of(2998, 2))
        .hasMessageNotContaining("startYear");
    assertThatThrownBy(() -> Projections.linearTrend(annual, CalendarYear.of(2999)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("but was " + CalendarYear.of(2999))
        .hasMessageNotContaining("startYear");
    assertThat(Projections.linearTrend(annual, FinancialYear.of(2998)).orElseThrow().value())
        .isEqualTo(Quantity.count(7));
  }
}
