package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.combatingdrugs.outcomes.measure.Proportion;

/**
 * The recent trend of a series as Fingertips tests it: over the last five consecutive points, a
 * chi-squared test at the 99.8% level whose slope must also keep its sign when each point is left
 * out in turn. Proportions use the Cochran–Armitage test; other values weighted least squares.
 * The direction follows the sign of the slope, for increases and decreases alike.
 */
public final class RecentTrend {

  /** The number of most recent points tested. */
  public static final int POINTS = 5;

  /** The χ² threshold: the 99.8% point of χ² with one degree of freedom. */
  public static final double THRESHOLD =
      ChiSquaredDistribution.of(1).inverseCumulativeProbability(0.998);

  private RecentTrend() {}

  /**
   * The recent trend of a series of proportions.
   *
   * @param series consecutive proportions, oldest first; only the last five are tested
   * @return the trend, or why it cannot be calculated (fewer than five points, or a count equal
   *     to its denominator)
   */
  public static TrendResult ofProportions(List<Proportion> series) {
    checkNotNull(series, "series");
    if (series.size() < POINTS) {
      return new TrendResult.NotCalculated(TrendResult.Reason.FEWER_THAN_FIVE_POINTS);
    }
    List<Proportion> last = List.copyOf(series.subList(series.size() - POINTS, series.size()));
    for (Proportion point : last) {
      if (point.numerator() == point.denominator()) {
        return new TrendResult.NotCalculated(TrendResult.Reason.COUNT_EQUALS_DENOMINATOR);
      }
    }
    double[] full = cochranArmitage(last, -1);
    return result(full[0], full[1], signs(last.size(), i -> cochranArmitage(last, i)[1]),
        TrendResult.Method.COCHRAN_ARMITAGE);
  }

  /**
   * The recent trend of a series of values with confidence intervals (rates, counts, means).
   *
   * @param series consecutive values with their intervals, oldest first; only the last five are
   *     tested
   * @return the trend, or why it cannot be calculated (fewer than five points, or an interval of
   *     no width)
   */
  public static TrendResult ofIntervals(List<Interval> series) {
    checkNotNull(series, "series");
    if (series.size() < POINTS) {
      return new TrendResult.NotCalculated(TrendResult.Reason.FEWER_THAN_FIVE_POINTS);
    }
    List<Interval> last = List.copyOf(series.subList(series.size() - POINTS, series.size()));
    for (Interval point : last) {
      if (!(point.width() > 0)) {
        return new TrendResult.NotCalculated(TrendResult.Reason.ZERO_WIDTH_INTERVAL);
      }
    }
    double[] full = weightedLeastSquares(last, -1);
    return result(full[0], full[1], signs(last.size(), i -> weightedLeastSquares(last, i)[1]),
        TrendResult.Method.WEIGHTED_LEAST_SQUARES);
  }

  private static TrendResult result(
      double chiSquared, double slope, double[] leaveOneOutSlopes, TrendResult.Method method) {
    boolean robust = slope != 0;
    for (double other : leaveOneOutSlopes) {
      robust &= Math.signum(other) == Math.signum(slope);
    }
    TrendResult.Direction direction =
        chiSquared > THRESHOLD && robust
            ? slope > 0 ? TrendResult.Direction.INCREASING : TrendResult.Direction.DECREASING
            : TrendResult.Direction.NO_SIGNIFICANT_CHANGE;
    return new TrendResult.Trend(direction, chiSquared, slope, robust, method);
  }

  private static double[] signs(int size, java.util.function.IntToDoubleFunction slopeWithout) {
    double[] slopes = new double[size];
    for (int i = 0; i < size; i++) {
      slopes[i] = slopeWithout.applyAsDouble(i);
    }
    return slopes;
  }

  /** χ² and the trend statistic T of the points, scored 1..5 by position, leaving one out (−1: none). */
  private static double[] cochranArmitage(List<Proportion> points, int leftOut) {
    List<double[]> kept = kept(points, leftOut, p -> p.numerator(), p -> p.denominator());
    double sumN = 0;
    double sumX = 0;
    for (double[] point : kept) {
      sumX += point[1];
      sumN += point[2];
    }
    double p = sumX / sumN;
    double t = 0;
    double sumNt = 0;
    double sumNt2 = 0;
    for (double[] point : kept) {
      t += point[0] * (point[1] - point[2] * p);
      sumNt += point[2] * point[0];
      sumNt2 += point[2] * point[0] * point[0];
    }
    double variance = p * (1 - p) * (sumNt2 - sumNt * sumNt / sumN);
    double chiSquared = variance > 0 ? t * t / variance : 0;
    return new double[] {chiSquared, t};
  }

  /** χ² and the slope of the weighted least-squares line, leaving one point out (−1: none). */
  private static double[] weightedLeastSquares(List<Interval> points, int leftOut) {
    List<double[]> kept =
        kept(
            points,
            leftOut,
            Interval::estimate,
            i -> {
              double se = i.width() / (2 * i.level().z());
              return 1 / (se * se);
            });
    double sumW = 0;
    double sumWx = 0;
    double sumWy = 0;
    for (double[] point : kept) {
      sumW += point[2];
      sumWx += point[2] * point[0];
      sumWy += point[2] * point[1];
    }
    double meanX = sumWx / sumW;
    double meanY = sumWy / sumW;
    double sxx = 0;
    double sxy = 0;
    for (double[] point : kept) {
      sxx += point[2] * (point[0] - meanX) * (point[0] - meanX);
      sxy += point[2] * (point[0] - meanX) * (point[1] - meanY);
    }
    double slope = sxy / sxx;
    return new double[] {slope * slope * sxx, slope};
  }

  /** The kept points as {position (1..5), value, weight or denominator}. */
  private static <T> List<double[]> kept(
      List<T> points, int leftOut, ToDoubleFunction<T> value, ToDoubleFunction<T> weight) {
    List<double[]> kept = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      if (i != leftOut) {
        T point = points.get(i);
        kept.add(new double[] {i + 1.0, value.applyAsDouble(point), weight.applyAsDouble(point)});
      }
    }
    return kept;
  }
}
