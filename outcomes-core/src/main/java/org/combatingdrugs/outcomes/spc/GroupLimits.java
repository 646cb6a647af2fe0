package org.combatingdrugs.outcomes.spc;

import org.combatingdrugs.outcomes.result.Result;

/**
 * The mean and limits of one group, as NHSRplotthedots computes them. Sums are taken over values
 * scaled by a power of two when the values are large, so that no sum overflows where the limits
 * themselves are representable.
 */
final class GroupLimits {

  /** Values at or above this magnitude are scaled down before summing. */
  private static final double LARGE = 0x1p500;

  private GroupLimits() {}

  /** A group's mean and its limits, or why they cannot be computed. */
  record Baseline(double mean, Result<ControlLimits, LimitsReason> limits) {}

  static Baseline of(double[] x, int from, int to, XmrOptions options) {
    // Bounded before adding, so that a fixAfter near Integer.MAX_VALUE cannot overflow past a rebase.
    int end = options.fixAfter().isPresent() ? from + Math.min(to - from, options.fixAfter().getAsInt()) : to;
    int n = end - from;
    double scale = scaleFor(x, from, end);
    double[] scaled = new double[n];
    for (int i = 0; i < n; i++) {
      scaled[i] = x[from + i] * scale;
    }
    double meanScaled = mean(scaled, n);
    double mean = meanScaled / scale;
    if (n < 2) {
      return new Baseline(mean, Result.notComputed(LimitsReason.TOO_FEW_POINTS));
    }
    double[] ranges = new double[n - 1];
    for (int i = 1; i < n; i++) {
      ranges[i - 1] = Math.abs(scaled[i] - scaled[i - 1]);
    }
    double meanRange = mean(ranges, ranges.length);
    if (!(meanRange > 0)) {
      return new Baseline(mean, Result.notComputed(LimitsReason.NO_VARIATION));
    }
    if (options.screenMovingRanges()) {
      meanRange = screenedMean(ranges, SCREENING_CEILING * meanRange);
    }
    double half = XmrChart.LIMIT_FACTOR * meanRange;
    double near = XmrChart.NEAR_LIMIT_FACTOR * meanRange;
    double lower = (meanScaled - half) / scale;
    double upper = (meanScaled + half) / scale;
    if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
      int least = from;
      int most = from;
      for (int i = from; i < end; i++) {
        least = x[i] < x[least] ? i : least;
        most = x[i] > x[most] ? i : most;
      }
      throw new IllegalArgumentException(
          "values["
              + from
              + ".."
              + (to - 1)
              + "] range too widely for XmR limits: values["
              + most
              + "] = "
              + x[most]
              + " and values["
              + least
              + "] = "
              + x[least]
              + " put the mean ± 2.66 × the mean moving range beyond ±"
              + Double.MAX_VALUE);
    }
    return new Baseline(
        mean,
        Result.computed(
            new ControlLimits(
                mean,
                meanRange / scale,
                lower,
                upper,
                (meanScaled - near) / scale,
                (meanScaled + near) / scale)));
  }

  private static final double SCREENING_CEILING = XmrChart.SCREENING_FACTOR;

  /** A power of two that brings the largest magnitude below 2^500, or 1 when it already is. */
  private static double scaleFor(double[] x, int from, int end) {
    double max = 0;
    for (int i = from; i < end; i++) {
      max = Math.max(max, Math.abs(x[i]));
    }
    return max >= LARGE ? Math.scalb(1.0, -Math.getExponent(max)) : 1;
  }

  /**
   * The mean, summed in double-double arithmetic (Knuth's two-sum) and divided with one
   * correction, so that it is the exactly rounded mean in all but the rarest cases, as R's
   * long-double {@code mean} nearly always is.
   */
  private static double mean(double[] values, int n) {
    double hi = 0;
    double lo = 0;
    for (int i = 0; i < n; i++) {
      double v = values[i];
      double sum = hi + v;
      double bv = sum - hi;
      lo += (hi - (sum - bv)) + (v - bv);
      hi = sum;
    }
    double q = hi / n;
    double remainder = Math.fma(-q, n, hi) + lo;
    return q + remainder / n;
  }

  /**
   * The mean of the moving ranges strictly below the ceiling (those at or above are screened);
   * the smallest range is always kept, since it is at most the mean below the ceiling.
   */
  private static double screenedMean(double[] ranges, double ceiling) {
    double[] kept = new double[ranges.length];
    int count = 0;
    for (double range : ranges) {
      if (range < ceiling) {
        kept[count++] = range;
      }
    }
    return mean(kept, count);
  }
}
