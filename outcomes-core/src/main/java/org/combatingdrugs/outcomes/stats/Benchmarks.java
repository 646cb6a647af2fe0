package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.judgement.Polarised;
import org.combatingdrugs.outcomes.judgement.Polarity;

/**
 * Comparison of an area with a benchmark, by the confidence-interval method or the funnel method,
 * and comparison of two areas by the overlap of their intervals.
 */
public final class Benchmarks {

  private Benchmarks() {}

  /**
   * The confidence-interval method: similar when the benchmark lies within the area's interval
   * (limits included), otherwise higher or lower.
   *
   * @param area the area's value and interval
   * @param benchmark the benchmark's value, in the same scale
   * @param judgedBy which direction is better: a {@link Polarity}, or the metric or measurement
   * @return the comparison
   */
  public static BenchmarkComparison byInterval(Interval area, double benchmark, Polarised judgedBy) {
    checkNotNull(area, "area");
    Checks.finite("benchmark", benchmark);
    BenchmarkComparison.Comparison comparison =
        area.lower() > benchmark
            ? BenchmarkComparison.Comparison.HIGHER
            : area.upper() < benchmark
                ? BenchmarkComparison.Comparison.LOWER
                : BenchmarkComparison.Comparison.SIMILAR;
    return BenchmarkComparison.of(
        comparison, judgedBy.polarity(), BenchmarkComparison.Method.CONFIDENCE_INTERVAL, area.level());
  }

  /**
   * Two areas compared by their intervals: similar when they overlap or touch.
   *
   * @param area the area compared
   * @param other the area it is compared with, at the same level
   * @param judgedBy which direction is better: a {@link Polarity}, or the metric or measurement
   * @return how {@code area} compares with {@code other}
   */
  public static BenchmarkComparison byOverlap(Interval area, Interval other, Polarised judgedBy) {
    checkNotNull(area, "area");
    checkNotNull(other, "other");
    checkArgument(
        area.level().equals(other.level()),
        "other must be at the level %s but was at %s",
        area.level(),
        other.level());
    BenchmarkComparison.Comparison comparison =
        area.overlaps(other)
            ? BenchmarkComparison.Comparison.SIMILAR
            : area.lower() > other.upper()
                ? BenchmarkComparison.Comparison.HIGHER
                : BenchmarkComparison.Comparison.LOWER;
    return BenchmarkComparison.of(
        comparison, judgedBy.polarity(), BenchmarkComparison.Method.INTERVAL_OVERLAP, area.level());
  }

  /**
   * Funnel-plot limits for a proportion by Fingertips' convention: Wilson's limits around the
   * benchmark at the area's denominator, with z = 1.96 at 95% and 3.0902 at 99.8%.
   *
   * @param benchmark the benchmark proportion, within [0, 1]
   * @param denominator the area's denominator, positive
   * @param level the confidence level (95% and 99.8% are the usual pair; 100% gives 0 to 1)
   * @return the limits, as proportions, with the expected count benchmark × denominator
   */
  public static FunnelLimits proportionFunnel(double benchmark, long denominator, ConfidenceLevel level) {
    return proportionFunnel(benchmark, denominator, level, Convention.FINGERTIPS);
  }

  /**
   * Funnel-plot limits for a proportion: Wilson's limits around the benchmark at the area's
   * denominator, with the normal quantile of the convention.
   *
   * @param benchmark the benchmark proportion, within [0, 1]
   * @param denominator the area's denominator, positive
   * @param level the confidence level
   * @param convention {@link Convention#FINGERTIPS} for its rounded z, {@link Convention#EXACT}
   *     for the exact quantile
   * @return the limits, as proportions
   */
  public static FunnelLimits proportionFunnel(
      double benchmark, long denominator, ConfidenceLevel level, Convention convention) {
    checkNotNull(level, "level");
    checkNotNull(convention, "convention");
    checkArgument(
        benchmark >= 0 && benchmark <= 1, "benchmark must be within [0, 1] but was %s", benchmark);
    checkArgument(denominator > 0, "denominator must be positive but was %s", denominator);
    double n = denominator;
    double expected = benchmark * n;
    if (level.isWholeRange()) {
      return new FunnelLimits(benchmark, 0, 1, expected, level, convention);
    }
    double[] limits = ProportionIntervals.wilsonLimits(expected, n, convention.z(level));
    return new FunnelLimits(benchmark, limits[0], limits[1], expected, level, convention);
  }

  /**
   * Funnel-plot limits for a rate by Fingertips' convention: exact Poisson limits around the
   * expected count E = benchmark × population ÷ multiplier, from chi-squared quantiles at 2⌈E⌉
   * (lower) and 2⌊E⌋ + 2 (upper) degrees of freedom.
   *
   * @param benchmark the benchmark rate per multiplier, 0 or more
   * @param population the area's population, positive
   * @param multiplier the rate's multiplier, positive
   * @param level the confidence level, below 100%
   * @return the limits, as rates per multiplier, with E
   */
  public static FunnelLimits rateFunnel(
      double benchmark, long population, double multiplier, ConfidenceLevel level) {
    return rateFunnel(benchmark, population, multiplier, level, Convention.FINGERTIPS);
  }

  /**
   * Funnel-plot limits for a rate: exact Poisson limits around the expected count E = benchmark ×
   * population ÷ multiplier, at the whole degrees of freedom 2⌈E⌉ and 2⌊E⌋ + 2 by Fingertips'
   * convention, or at 2E and 2E + 2 exactly.
   *
   * @param benchmark the benchmark rate per multiplier, 0 or more
   * @param population the area's population, positive
   * @param multiplier the rate's multiplier, positive
   * @param level the confidence level, below 100%
   * @param convention whose degrees of freedom
   * @return the limits, as rates per multiplier, with E
   * @throws IllegalArgumentException when the expected count or the upper limit is beyond the range
   *     of a double, naming the benchmark, population and multiplier
   */
  public static FunnelLimits rateFunnel(
      double benchmark, long population, double multiplier, ConfidenceLevel level, Convention convention) {
    checkNotNull(convention, "convention");
    Checks.boundedLevel(level, "a rate funnel");
    checkArgument(
        benchmark >= 0 && Double.isFinite(benchmark), "benchmark must be 0 or more but was %s", benchmark);
    checkArgument(population > 0, "population must be positive but was %s", population);
    Checks.positiveMultiplier(multiplier);
    double n = population;
    double expected = benchmark * n / multiplier;
    checkArgument(
        Double.isFinite(expected),
        "benchmark %s × population %s ÷ multiplier %s must be a finite expected count",
        benchmark,
        population,
        multiplier);
    double lowerCount;
    double upperCount;
    if (convention == Convention.FINGERTIPS) {
      double ceiling = Math.ceil(expected);
      lowerCount = ceiling == 0 ? 0 : CountIntervals.chiSquaredQuantile(2 * ceiling, level.alpha() / 2) / 2;
      upperCount =
          CountIntervals.chiSquaredQuantile(2 * Math.floor(expected) + 2, level.value() + level.alpha() / 2) / 2;
    } else {
      lowerCount = CountIntervals.exactLower(expected, level);
      upperCount = CountIntervals.exactUpper(expected, level);
    }
    double upper = upperCount / n * multiplier;
    checkArgument(
        Double.isFinite(upper),
        "benchmark %s at population %s × multiplier %s has an upper limit beyond the largest number",
        benchmark,
        population,
        multiplier);
    return new FunnelLimits(benchmark, lowerCount / n * multiplier, upper, expected, level, convention);
  }

  /**
   * The funnel method: an area differs from the benchmark only when its value lies strictly outside
   * the limits.
   *
   * @param value the area's value, in the limits' scale
   * @param limits the limits around the benchmark at the area's denominator
   * @param judgedBy which direction is better: a {@link Polarity}, or the metric or measurement
   * @return the comparison
   */
  public static BenchmarkComparison byFunnel(double value, FunnelLimits limits, Polarised judgedBy) {
    checkNotNull(limits, "limits");
    Checks.finite("value", value);
    BenchmarkComparison.Comparison comparison =
        value > limits.upper()
            ? BenchmarkComparison.Comparison.HIGHER
            : value < limits.lower()
                ? BenchmarkComparison.Comparison.LOWER
                : BenchmarkComparison.Comparison.SIMILAR;
    return BenchmarkComparison.of(comparison, judgedBy.polarity(), BenchmarkComparison.Method.FUNNEL, limits.level());
  }
}
