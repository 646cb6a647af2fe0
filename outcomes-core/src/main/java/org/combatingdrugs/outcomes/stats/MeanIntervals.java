package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;

/** Confidence intervals for means. */
public final class MeanIntervals {

  private MeanIntervals() {}

  /**
   * The mean of values with Student's t interval.
   *
   * @param values two or more finite values
   * @param level the confidence level
   * @return the mean and its limits, method {@link IntervalMethod#STUDENT_T}
   */
  public static Interval studentT(List<Double> values, ConfidenceLevel level) {
    checkNotNull(values, "values");
    checkNotNull(level, "level");
    checkArgument(values.size() >= 2, "values must hold at least two but held %s", values.size());
    double sum = 0;
    for (int i = 0; i < values.size(); i++) {
      double value = checkNotNull(values.get(i), "value");
      Checks.finite("value " + (i + 1), value);
      sum += value;
    }
    double mean = sum / values.size();
    double squares = 0;
    for (double value : values) {
      squares += (value - mean) * (value - mean);
    }
    return studentT(mean, Math.sqrt(squares / (values.size() - 1)), values.size(), level);
  }

  /**
   * A mean with Student's t interval from its summary.
   *
   * @param mean the sample mean, finite
   * @param standardDeviation the sample standard deviation, 0 or more
   * @param n the sample size, at least 2
   * @param level the confidence level
   * @return the mean and its limits
   */
  public static Interval studentT(double mean, double standardDeviation, long n, ConfidenceLevel level) {
    checkNotNull(level, "level");
    Checks.finite("mean", mean);
    checkArgument(
        standardDeviation >= 0 && Double.isFinite(standardDeviation),
        "standardDeviation must be 0 or more but was %s",
        standardDeviation);
    checkArgument(n >= 2, "n must be at least 2 but was %s", n);
    double t =
        TDistribution.of(n - 1.0).inverseCumulativeProbability(level.value() + level.alpha() / 2);
    double half = t * standardDeviation / Math.sqrt((double) n);
    return new Interval(mean, mean - half, mean + half, level, IntervalMethod.STUDENT_T);
  }
}
