package org.combatingdrugs.outcomes.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.combatingdrugs.outcomes.HostileInput.validOrRefused;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.combatingdrugs.outcomes.HostileInput;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.result.Result;

/**
 * Issue 14's rule for the statistics: counts at the ends of a long, decimals of any scale, doubles
 * at ±MAX_VALUE, MIN_VALUE, NaN, the infinities and -0.0, and confidence levels at the edges of
 * their range give intervals that are finite and hold their estimate (non-negative for counts and
 * rates, within 0..1 for proportions), p-values within 0..1, and text; or a refusal naming the
 * caller's field or value, promptly.
 */
class HostileStatisticsProperties {

  @Property(tries = 150)
  void anyLevel_isALevelWithAFiniteQuantileOrIsRefusedNamingIt(@ForAll("rawLevels") double value) {
    validOrRefused(
        () -> ConfidenceLevel.of(value),
        level -> {
          assertThat(level.value()).isBetween(0.90, 1.0);
          if (!level.isWholeRange()) {
            assertThat(level.z()).isPositive().isFinite();
          }
          assertThat(level.toString()).endsWith("%");
        },
        "confidence level",
        String.valueOf(value));
  }

  @Property(tries = 150)
  void anyCountAtAnyLevel_hasAFiniteIntervalOrIsRefusedNamingIt(
      @ForAll("longs") long count, @ForAll("decimals") BigDecimal decimal, @ForAll("levels") ConfidenceLevel level) {
    validOrRefused(() -> CountIntervals.of(count, level), HostileStatisticsProperties::aCountInterval, "count", "level");
    validOrRefused(() -> CountIntervals.exactPoisson(count, level), HostileStatisticsProperties::aCountInterval, "count", "level");
    validOrRefused(() -> CountIntervals.byar(count, level), HostileStatisticsProperties::aCountInterval, "count", "level");
    validOrRefused(() -> CountIntervals.of(decimal, level), HostileStatisticsProperties::aCountInterval, "count", "level");
  }

  @Property(tries = 150)
  void anyProportionAtAnyLevel_hasAWilsonIntervalWithinTheRangeOrIsRefusedNamingIt(
      @ForAll("longs") long x,
      @ForAll("longs") long n,
      @ForAll("decimals") BigDecimal dx,
      @ForAll("decimals") BigDecimal dn,
      @ForAll("doubles") double multiplier,
      @ForAll("levels") ConfidenceLevel level) {
    validOrRefused(() -> ProportionIntervals.wilson(x, n, level), i -> inRange(i, 0, 1), "n", "x");
    validOrRefused(() -> ProportionIntervals.wilson(dx, dn, level), i -> inRange(i, 0, 1), " n ", "n must", "x must");
    validOrRefused(
        () -> ProportionIntervals.wilson(x, n, level, multiplier),
        i -> assertThat(i.lower()).isNotNegative(),
        "n",
        "x",
        "multiplier",
        "factor");
    validOrRefused(
        () -> ProportionChange.newcombe(x, n, Math.max(0, x / 2), Math.max(1, n / 3), level),
        significance -> inRange(significance.effect().orElseThrow(), -100 - 1e-9, 100 + 1e-9),
        "earlierX",
        "earlierN",
        "laterX",
        "laterN");
  }

  @Property(tries = 150)
  void anyRateOrFunnel_isFiniteOrIsRefusedNamingItsInputs(
      @ForAll("longs") long count,
      @ForAll("longs") long population,
      @ForAll("doubles") double multiplier,
      @ForAll("doubles") double benchmark,
      @ForAll("levels") ConfidenceLevel level,
      @ForAll Convention convention) {
    validOrRefused(
        () -> RateIntervals.crude(count, population, multiplier, level),
        HostileStatisticsProperties::aCountInterval,
        "count",
        "population",
        "multiplier",
        "level");
    validOrRefused(
        () -> Benchmarks.rateFunnel(benchmark, population, multiplier, level, convention),
        limits -> {
          assertThat(limits.lower()).isNotNegative().isLessThanOrEqualTo(limits.upper());
          assertThat(limits.upper()).isFinite();
          var unused = Benchmarks.byFunnel(benchmark, limits, Polarity.HIGHER_IS_BETTER);
        },
        "benchmark",
        "population",
        "multiplier",
        "level");
    validOrRefused(
        () -> Benchmarks.proportionFunnel(benchmark, population, level, convention),
        limits -> {
          assertThat(limits.lower()).isBetween(0.0, limits.upper());
          assertThat(limits.upper()).isLessThanOrEqualTo(1.0);
        },
        "benchmark",
        "denominator");
  }

  @Property(tries = 150)
  void anyValuesOrSummary_haveAFiniteMeanOrAreRefusedNamingThem(
      @ForAll("values") List<Double> values,
      @ForAll("doubles") double mean,
      @ForAll("doubles") double sd,
      @ForAll("longs") long n,
      @ForAll("levels") ConfidenceLevel level) {
    validOrRefused(
        () -> MeanIntervals.studentT(values, level),
        m -> {
          assertThat(m.mean()).isFinite();
          // Compared as numbers, so that 0.0 lies between -0.0 and -0.0.
          double lowest = Collections.min(values);
          double highest = Collections.max(values);
          assertThat(m.mean() >= lowest && m.mean() <= highest)
              .as("mean %s within [%s, %s]", m.mean(), lowest, highest)
              .isTrue();
          m.interval().value().ifPresent(i -> assertThat(i.lower()).isLessThanOrEqualTo(i.upper()));
        },
        "values",
        "level");
    validOrRefused(
        () -> MeanIntervals.studentT(mean, sd, n, level),
        m -> assertThat(m.interval().orElseThrow().lower()).isLessThanOrEqualTo(m.interval().orElseThrow().upper()),
        "mean",
        "standardDeviation",
        "n must",
        "level");
  }

  @Property(tries = 150)
  void anyCountsOverAnyExposures_haveAPValueOrAreRefusedNamingThem(
      @ForAll("longs") long earlier,
      @ForAll("longs") long later,
      @ForAll("doubles") double earlierExposure,
      @ForAll("doubles") double laterExposure,
      @ForAll("levels") ConfidenceLevel level) {
    validOrRefused(
        () -> PoissonChange.test(earlier, earlierExposure, later, laterExposure, level),
        significance -> {
          assertThat(significance.pValue().orElseThrow()).isBetween(0.0, 1.0);
          significance.effect().value().ifPresent(HostileStatisticsProperties::aCountInterval);
        },
        "earlier",
        "later",
        "counts",
        "level");
  }

  @Property(tries = 100)
  void anyBandsOfAnyStandard_giveAStandardisedRateOrAreRefusedNamingThem(
      @ForAll("bandCounts") List<Long> counts,
      @ForAll("bandCounts") List<Long> populations,
      @ForAll("longs") long weight,
      @ForAll("doubles") double multiplier,
      @ForAll("levels") ConfidenceLevel level) {
    Optional<StandardPopulation> standard =
        validOrRefused(
            () -> StandardPopulation.of("hostile", List.of("young", "old"), List.of(weight, Long.MAX_VALUE / 2)),
            s -> assertThat(s.total()).isPositive(),
            "weights");
    if (standard.isEmpty()) {
      return;
    }
    validOrRefused(
        () -> StandardisedRates.dobson(counts, populations, standard.get(), multiplier, level),
        rate -> rate.value().ifPresent(HostileStatisticsProperties::aCountInterval),
        "band",
        "counts",
        "multiplier",
        "level");
  }

  @Property(tries = 100)
  void anySeriesOfProportionsOrIntervals_hasATrendOrSaysWhyNot(
      @ForAll("proportions") List<Proportion> proportions, @ForAll("levels") ConfidenceLevel level) {
    validOrRefused(
        () -> RecentTrend.ofProportions(proportions),
        HostileStatisticsProperties::aTrendOrItsReason,
        "series");
    List<Interval> intervals = new ArrayList<>();
    for (Proportion p : proportions) {
      intervals.add(ProportionIntervals.wilson(p.numerator(), p.denominator(), level));
    }
    validOrRefused(
        () -> RecentTrend.ofIntervals(intervals, Convention.EXACT),
        HostileStatisticsProperties::aTrendOrItsReason,
        "series",
        "level");
  }

  @Example
  void test_decimalCounts_atExtremeScales_areRefusedPromptlyInShortForm() {
    assertThatThrownBy(() -> CountIntervals.of(new BigDecimal("-1e-999999999"), ConfidenceLevel.NINETY_FIVE))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be 0 or more but was -1E-999999999");
    assertThatThrownBy(
            () -> ProportionIntervals.wilson(BigDecimal.ONE, new BigDecimal("1e-999999999"), ConfidenceLevel.NINETY_FIVE))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be at least 4.9E-324, the least positive double, but was 1E-999999999");
    assertThatThrownBy(
            () -> ProportionIntervals.wilson(BigDecimal.ZERO, new BigDecimal("1e-400"), ConfidenceLevel.NINETY_FIVE))
        .hasMessage("n must be at least 4.9E-324, the least positive double, but was 1E-400");
  }

  @Example
  void test_multipliersBeyondTheLargestNumber_areRefusedNamingThem() {
    ConfidenceLevel level = ConfidenceLevel.NINETY_FIVE;
    assertThatThrownBy(() -> RateIntervals.crude(5, 1, Double.MAX_VALUE, level))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "count 5 per population 1 × multiplier 1.7976931348623157E308 has an upper limit beyond the"
                + " largest number");
    assertThatThrownBy(() -> Benchmarks.rateFunnel(0, 1, Double.MAX_VALUE, level))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "benchmark 0.0 at population 1 × multiplier 1.7976931348623157E308 has an upper limit beyond"
                + " the largest number");
    Interval interval = CountIntervals.of(5, level);
    assertThatThrownBy(() -> interval.times(1e308))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("factor 1.0E308 takes the limits [");
    assertThatThrownBy(
            () ->
                StandardisedRates.dobson(
                    Collections.nCopies(19, 5L),
                    Collections.nCopies(19, 1L),
                    StandardPopulation.ESP_2013,
                    Double.MAX_VALUE,
                    level))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("multiplier 1.7976931348623157E308 takes the rate of counts [5, 5,");
  }

  @Example
  void test_standardWeights_thatOverflowALong_areRefused() {
    assertThatThrownBy(() -> StandardPopulation.of("huge", List.of("a", "b"), List.of(Long.MAX_VALUE, 1L)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights must total at most 9223372036854775807 but were [9223372036854775807, 1]");
  }

  @Example
  void test_recentTrend_ofACountOneShortOfTheLargestDenominator_hasAFiniteSlope() {
    long most = Long.MAX_VALUE;
    List<Proportion> series =
        List.of(Proportion.of(1, 2), Proportion.of(1, 9), Proportion.of(1, 2), Proportion.of(most - 1, most), Proportion.of(1, 2));
    Trend trend = RecentTrend.ofProportions(series).orElseThrow();
    // Logits 0, −ln 8, 0, ln(2^63 − 2), 0 over the scores 1..5: the slope is (ln 8 + ln(2^63 − 2)) / 10.
    assertThat(trend.slope().orElseThrow())
        .isCloseTo((Math.log(8) + Math.log((double) (most - 1))) / 10, within(1e-12));
  }

  @Example
  void test_newcombe_namesTheCallersFields() {
    assertThatThrownBy(() -> ProportionChange.newcombe(1, 0, 1, 2, ConfidenceLevel.NINETY_FIVE))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("earlierN must be positive but was 0");
    assertThatThrownBy(() -> ProportionChange.newcombe(1, 2, 3, 2, ConfidenceLevel.NINETY_FIVE))
        .hasMessage("laterX must be within 0..laterN (2) but was 3");
  }

  private static void aCountInterval(Interval interval) {
    assertThat(interval.lower()).isNotNegative().isLessThanOrEqualTo(interval.estimate());
    assertThat(interval.upper()).isFinite().isGreaterThanOrEqualTo(interval.estimate());
  }

  private static void inRange(Interval interval, double low, double high) {
    assertThat(interval.lower()).isBetween(low, interval.estimate());
    assertThat(interval.upper()).isBetween(interval.estimate(), high);
  }

  private static void aTrendOrItsReason(Result<Trend, TrendReason> trend) {
    trend.value().ifPresent(t -> assertThat(t.chiSquared()).isFinite().isNotNegative());
    assertThat(trend.isComputed() || trend.reason().isPresent()).isTrue();
  }

  @Provide
  Arbitrary<Double> rawLevels() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            0.9, Math.nextDown(0.9), 0.95, 0.998, 1.0, Math.nextDown(1.0), Math.nextUp(1.0), 1 - 2.3e-16,
            1 - 1e-15, 90.0, Math.nextDown(90.0), 99.8, 100.0, Math.nextDown(100.0), Math.nextUp(100.0)),
        HostileInput.doubles());
  }

  @Provide
  Arbitrary<ConfidenceLevel> levels() {
    return Arbitraries.of(0.9, 0.95, 0.998, 1.0, 1 - 2.3e-16, 1 - 1e-15, 99.99).map(ConfidenceLevel::of);
  }

  @Provide
  Arbitrary<Long> longs() {
    return HostileInput.longs();
  }

  @Provide
  Arbitrary<Double> doubles() {
    return HostileInput.doubles();
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return HostileInput.decimals();
  }

  @Provide
  Arbitrary<List<Double>> values() {
    return HostileInput.doubles().list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<Long>> bandCounts() {
    return Arbitraries.oneOf(
        HostileInput.longs().list().ofSize(2),
        HostileInput.counts().list().ofSize(2),
        HostileInput.counts().list().ofMinSize(1).ofMaxSize(3));
  }

  @Provide
  Arbitrary<List<Proportion>> proportions() {
    Arbitrary<Proportion> one =
        HostileInput.counts()
            .filter(d -> d > 0)
            .flatMap(d -> Arbitraries.of(0L, 1L, d / 2, d - 1, d).map(x -> Proportion.of(x, d)));
    return one.list().ofMinSize(4).ofMaxSize(7);
  }
}
