package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.judgement.Direction;

/**
 * The recent trend of a series as Fingertips (and PHEindicatormethods' {@code
 * assign_trend_markers}) tests it, over the last five consecutive points, scored 1 to 5:
 *
 * <ul>
 *   <li>significance: a chi-squared statistic with one degree of freedom above the 99.8% point
 *       (9.5495 by Fingertips' convention) — for proportions the Cochran–Armitage test for trend,
 *       for other values the weighted least-squares slope over its variance, each point weighted
 *       by the inverse square of its standard error (95% interval width ÷ 3.92 by Fingertips'
 *       convention);
 *   <li>direction and robustness: the slope — for proportions the ordinary least-squares slope of
 *       the logit of the proportions, for other values the weighted slope — whose sign gives the
 *       direction and must stay the same when each point in turn is left out.
 * </ul>
 *
 * A trend is increasing or decreasing only when it is both significant and robust.
 */
public final class RecentTrend {

  /** The number of most recent points tested. */
  public static final int POINTS = 5;

  /** The χ² threshold: the exact 99.8% point of χ² with one degree of freedom. */
  public static final double THRESHOLD = ChiSquaredDistribution.of(1).inverseCumulativeProbability(0.998);

  /** Fingertips' rounded χ² threshold. */
  public static final double FINGERTIPS_THRESHOLD = 9.5495;

  private RecentTrend() {}

  /**
   * The recent trend of a series of proportions, by Fingertips' convention.
   *
   * @param series consecutive proportions, oldest first; only the last five are tested
   * @return the trend, or why it cannot be calculated ({@link TrendReason#FEWER_THAN_FIVE_POINTS},
   *     {@link TrendReason#COUNT_EQUALS_DENOMINATOR}); its slope may be not computed with {@link
   *     TrendReason#ZERO_COUNT}
   */
  public static Result<Trend, TrendReason> ofProportions(List<Proportion> series) {
    return ofProportions(series, Convention.FINGERTIPS);
  }

  /**
   * The recent trend of a series of proportions. A count of zero is allowed: its logit is −∞, so
   * the logit slope is taken in the limit — it tends to ±∞ (the trend's slope is then not
   * computed, with {@link TrendReason#ZERO_COUNT}) unless the zero counts balance about the middle
   * point, and its sign gives the direction either way.
   *
   * @param series consecutive proportions, oldest first; only the last five are tested
   * @param convention the χ² threshold: Fingertips' 9.5495 or the exact quantile
   * @return the trend, or why it cannot be calculated ({@link TrendReason#FEWER_THAN_FIVE_POINTS},
   *     or {@link TrendReason#COUNT_EQUALS_DENOMINATOR}: a logit of +∞ in every subset); its
   *     slope may be not computed with {@link TrendReason#ZERO_COUNT}
   */
  public static Result<Trend, TrendReason> ofProportions(List<Proportion> series, Convention convention) {
    checkNotNull(series, "series");
    checkNotNull(convention, "convention");
    if (series.size() < POINTS) {
      return Result.notComputed(TrendReason.FEWER_THAN_FIVE_POINTS);
    }
    List<Proportion> last = series.subList(series.size() - POINTS, series.size());
    double[] counts = new double[POINTS];
    double[] denominators = new double[POINTS];
    double[] rests = new double[POINTS];
    for (int i = 0; i < POINTS; i++) {
      Proportion point = checkNotNull(last.get(i), "series element");
      if (point.numerator() == point.denominator()) {
        return Result.notComputed(TrendReason.COUNT_EQUALS_DENOMINATOR);
      }
      counts[i] = point.numerator();
      denominators[i] = point.denominator();
      rests[i] = (double) (point.denominator() - point.numerator());
    }
    double chiSquared = cochranArmitage(counts, denominators);
    LogitSlope full = LogitSlope.of(counts, rests, -1);
    int[] without = new int[POINTS];
    for (int i = 0; i < POINTS; i++) {
      without[i] = LogitSlope.of(counts, rests, i).sign();
    }
    return result(
        chiSquared, full.slope(), full.sign(), without, Trend.Method.COCHRAN_ARMITAGE, convention);
  }

  /**
   * The recent trend of a series of values with confidence intervals (rates, counts, means), by
   * Fingertips' convention: each point's standard error is its 95% interval width ÷ 3.92.
   *
   * @param series consecutive values with their 95% intervals, oldest first; only the last five
   *     are tested
   * @return the trend, or why it cannot be calculated ({@link TrendReason#FEWER_THAN_FIVE_POINTS},
   *     {@link TrendReason#ZERO_WIDTH_INTERVAL}); its slope is always computed
   * @throws IllegalArgumentException when one of the last five intervals is not at 95%
   */
  public static Result<Trend, TrendReason> ofIntervals(List<Interval> series) {
    return ofIntervals(series, Convention.FINGERTIPS);
  }

  /**
   * The recent trend of a series of values with confidence intervals.
   *
   * @param series consecutive values with their intervals, oldest first; only the last five are
   *     tested
   * @param convention {@link Convention#FINGERTIPS}: 95% intervals, standard error = width ÷ 3.92
   *     and threshold 9.5495; {@link Convention#EXACT}: intervals at any level below 100%,
   *     standard error = width ÷ (2 × its exact z) and the exact threshold
   * @return the trend, or why it cannot be calculated ({@link TrendReason#FEWER_THAN_FIVE_POINTS},
   *     {@link TrendReason#ZERO_WIDTH_INTERVAL}); its slope is always computed
   */
  public static Result<Trend, TrendReason> ofIntervals(List<Interval> series, Convention convention) {
    checkNotNull(series, "series");
    checkNotNull(convention, "convention");
    if (series.size() < POINTS) {
      return Result.notComputed(TrendReason.FEWER_THAN_FIVE_POINTS);
    }
    int offset = series.size() - POINTS;
    double[] values = new double[POINTS];
    double[] weights = new double[POINTS];
    for (int i = 0; i < POINTS; i++) {
      Interval point = checkNotNull(series.get(offset + i), "series element");
      checkArgument(
          convention == Convention.EXACT || point.level().equals(ConfidenceLevel.NINETY_FIVE),
          "series[%s] must be a 95% interval for Fingertips' convention (width ÷ 3.92) but was at %s;"
              + " pass 95% intervals or use Convention.EXACT",
          offset + i,
          point.level());
      if (!(point.width() > 0)) {
        return Result.notComputed(TrendReason.ZERO_WIDTH_INTERVAL);
      }
      Checks.boundedLevel(point.level(), "a trend weight");
      double divisor = convention == Convention.FINGERTIPS ? 3.92 : 2 * point.level().z();
      double se = point.width() / divisor;
      values[i] = point.estimate();
      weights[i] = 1 / (se * se);
      checkArgument(
          Double.isFinite(weights[i]) && weights[i] > 0,
          "series[%s] has an interval too narrow or too wide to weigh: width %s",
          (Integer) (offset + i),
          (Double) point.width());
    }
    Optional<double[]> fitted = weightedLeastSquares(values, weights, -1);
    if (fitted.isEmpty()) {
      return Result.notComputed(TrendReason.UNEVEN_WEIGHTS);
    }
    double[] full = fitted.get();
    int[] without = new int[POINTS];
    for (int i = 0; i < POINTS; i++) {
      Optional<double[]> leftOut = weightedLeastSquares(values, weights, i);
      if (leftOut.isEmpty()) {
        return Result.notComputed(TrendReason.UNEVEN_WEIGHTS);
      }
      without[i] = (int) Math.signum(leftOut.get()[1]);
    }
    return result(
        full[0],
        Result.computed(full[1]),
        (int) Math.signum(full[1]),
        without,
        Trend.Method.WEIGHTED_LEAST_SQUARES,
        convention);
  }

  private static Result<Trend, TrendReason> result(
      double chiSquared,
      Result<Double, TrendReason> slope,
      int sign,
      int[] leaveOneOutSigns,
      Trend.Method method,
      Convention convention) {
    boolean robust = sign != 0;
    for (int other : leaveOneOutSigns) {
      robust &= other == sign;
    }
    double threshold = convention == Convention.FINGERTIPS ? FINGERTIPS_THRESHOLD : THRESHOLD;
    boolean significant = chiSquared > threshold;
    Direction direction =
        significant && robust
            ? Direction.ofSign(sign)
            : Direction.NO_CHANGE;
    return Result.computed(new Trend(direction, chiSquared, slope, significant, robust, method, convention));
  }

  /**
   * The Cochran–Armitage χ² for trend, in the form Fingertips writes it: D (D Σct − C Σdt)² ÷ (C (D
   * − C) (D Σdt² − (Σdt)²)), with counts c, denominators d, totals C and D and scores t = 1..5; 0
   * when there is no variation (every count zero).
   */
  private static double cochranArmitage(double[] c, double[] d) {
    double sumD = 0;
    double sumC = 0;
    double sumCt = 0;
    double sumDt = 0;
    double sumDt2 = 0;
    for (int i = 0; i < c.length; i++) {
      double t = i + 1.0;
      sumD += d[i];
      sumC += c[i];
      sumCt += c[i] * t;
      sumDt += d[i] * t;
      sumDt2 += d[i] * t * t;
    }
    double numerator = sumD * square(sumD * sumCt - sumC * sumDt);
    double denominator = sumC * (sumD - sumC) * (sumD * sumDt2 - sumDt * sumDt);
    return denominator > 0 ? numerator / denominator : 0;
  }

  /**
   * χ² and the slope of the weighted least-squares line over the scores 1..5, leaving one point
   * out (−1: none): slope β = Σ w (v − v̄)(t − t̄) ÷ Σ w (t − t̄)² about the weighted means, and χ² =
   * β² ÷ var β with var β = 1 ÷ Σ w (t − t̄)². The sums are taken about the means, so they never
   * cancel to a negative spread (the textbook form S₁ S_tt − S_t² does, for weights far apart). Empty when the sums are not finite: the weights differ so much (intervals of widths
   * 10^-9 and 10^9) that one point alone carries the line, and leaving it out leaves none.
   */
  private static Optional<double[]> weightedLeastSquares(double[] v, double[] w, int leftOut) {
    double s1 = 0;
    double st = 0;
    double sv = 0;
    for (int i = 0; i < v.length; i++) {
      if (i != leftOut) {
        s1 += w[i];
        st += w[i] * (i + 1.0);
        sv += w[i] * v[i];
      }
    }
    double meanT = st / s1;
    double meanV = sv / s1;
    double sttCentred = 0;
    double svtCentred = 0;
    for (int i = 0; i < v.length; i++) {
      if (i != leftOut) {
        double dt = i + 1.0 - meanT;
        sttCentred += w[i] * dt * dt;
        svtCentred += w[i] * (v[i] - meanV) * dt;
      }
    }
    double slope = svtCentred / sttCentred;
    double chiSquared = slope * slope * sttCentred;
    return Double.isFinite(slope) && Double.isFinite(chiSquared)
        ? Optional.of(new double[] {chiSquared, slope})
        : Optional.empty();
  }

  private static double square(double value) {
    return value * value;
  }
}
