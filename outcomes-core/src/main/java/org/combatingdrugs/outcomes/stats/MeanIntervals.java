package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;
import org.combatingdrugs.outcomes.result.Result;

/** Means with Student's t confidence intervals. */
public final class MeanIntervals {

  /** Values at or above this magnitude are scaled down by a power of two before summing. */
  private static final double LARGE = 0x1p500;

  private MeanIntervals() {}

  /**
   * The mean of values with its standard deviation and Student's t interval. Sums are taken over
   * values scaled by a power of two when they are large, so [1e308, 1e308, 1e308] has mean 1e308.
   *
   * @param values one or more finite values; one value gives its mean with its standard deviation
   *     and limits not computed ({@link IntervalReason#FEWER_THAN_TWO_VALUES})
   * @param level the confidence level, below 100%
   * @return the mean, standard deviation and limits, method {@link IntervalMethod#STUDENT_T}
   * @throws IllegalArgumentException naming a missing or non-finite value, or values so spread
   *     that the standard deviation or limits would not be finite
   */
  public static Mean studentT(List<Double> values, ConfidenceLevel level) {
    checkNotNull(values, "values");
    Checks.boundedLevel(level, "a mean");
    checkArgument(!values.isEmpty(), "values must hold at least one value");
    int n = values.size();
    double[] x = new double[n];
    double max = 0;
    for (int i = 0; i < n; i++) {
      Double value = values.get(i);
      checkArgument(
          value != null && Double.isFinite(value),
          "values[%s] must be a finite number (missing values are not allowed) but was %s",
          i,
          value);
      x[i] = value;
      max = Math.max(max, Math.abs(value));
    }
    double scale = max >= LARGE ? Math.scalb(1.0, -Math.getExponent(max)) : 1;
    double sum = 0;
    for (double v : x) {
      sum += v * scale;
    }
    double meanScaled = sum / n;
    double residual = 0;
    for (double v : x) {
      residual += v * scale - meanScaled;
    }
    meanScaled += residual / n;
    double mean = meanScaled / scale;
    if (n == 1) {
      return new Mean(
          mean,
          Result.notComputed(IntervalReason.FEWER_THAN_TWO_VALUES),
          1,
          Result.notComputed(IntervalReason.FEWER_THAN_TWO_VALUES));
    }
    double squares = 0;
    for (double v : x) {
      double d = v * scale - meanScaled;
      squares += d * d;
    }
    double sd = Math.sqrt(squares / (n - 1)) / scale;
    checkArgument(
        Double.isFinite(sd),
        "values range too widely: their standard deviation exceeds %s",
        Double.MAX_VALUE);
    try {
      return studentT(mean, sd, n, level);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("values range too widely for a finite interval: " + e.getMessage(), e);
    }
  }

  /**
   * A mean with Student's t interval from its summary.
   *
   * @param mean the sample mean, finite
   * @param standardDeviation the sample standard deviation, 0 or more
   * @param n the sample size, at least 2
   * @param level the confidence level, below 100%
   * @return the mean, its standard deviation and limits
   */
  public static Mean studentT(double mean, double standardDeviation, long n, ConfidenceLevel level) {
    Checks.boundedLevel(level, "a mean");
    Checks.finite("mean", mean);
    checkArgument(
        standardDeviation >= 0 && Double.isFinite(standardDeviation),
        "standardDeviation must be 0 or more but was %s",
        standardDeviation);
    checkArgument(n >= 2, "n must be at least 2 but was %s", n);
    double t = TDistribution.of(n - 1.0).inverseCumulativeProbability(level.value() + level.alpha() / 2);
    double half = t * (standardDeviation / Math.sqrt((double) n));
    checkArgument(
        Double.isFinite(mean - half) && Double.isFinite(mean + half),
        "mean %s ± t × standard deviation %s ÷ √%s lies beyond the largest number",
        mean,
        standardDeviation,
        n);
    return new Mean(
        mean,
        Result.computed(standardDeviation),
        n,
        Result.computed(new Interval(mean, mean - half, mean + half, level, IntervalMethod.STUDENT_T)));
  }
}
