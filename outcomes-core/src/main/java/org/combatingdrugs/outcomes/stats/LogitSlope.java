package org.combatingdrugs.outcomes.stats;

import org.combatingdrugs.outcomes.result.Result;

/**
 * The ordinary least-squares slope of logit(c ÷ d) over the scores 1..5, the slope Fingertips'
 * trend direction uses for proportions. A count of zero has logit −∞; the slope is then its limit:
 * with Z the zero-count points and t̄ the mean score, it tends to −∞ × Σ_Z (t − t̄), and when that
 * sum is zero the infinite terms cancel and the slope is that of the other points' deviations.
 *
 * @param slope the slope when it is finite, or not computed with {@link TrendReason#ZERO_COUNT}
 *     when it tends to ±∞
 * @param sign the sign of the slope or of its limit: +1, −1 or 0
 */
record LogitSlope(Result<Double, TrendReason> slope, int sign) {

  /**
   * The slope of the points, leaving one out.
   *
   * @param c counts, each below its denominator
   * @param rest each denominator less its count, positive: taken exactly from the whole numbers,
   *     since a count of 2^63 − 2 in 2^63 − 1 leaves 1 but the two doubles are equal
   * @param leftOut the index left out, or −1 for none
   */
  static LogitSlope of(double[] c, double[] rest, int leftOut) {
    int n = 0;
    double sumT = 0;
    for (int i = 0; i < c.length; i++) {
      if (i != leftOut) {
        n++;
        sumT += i + 1.0;
      }
    }
    double meanT = sumT / n;
    double zeroDeviation = 0;
    double numerator = 0;
    double spread = 0;
    for (int i = 0; i < c.length; i++) {
      if (i != leftOut) {
        double deviation = i + 1.0 - meanT;
        spread += deviation * deviation;
        if (c[i] == 0) {
          zeroDeviation += deviation;
        } else {
          numerator += deviation * Math.log(c[i] / rest[i]);
        }
      }
    }
    if (zeroDeviation != 0) {
      return new LogitSlope(Result.notComputed(TrendReason.ZERO_COUNT), zeroDeviation > 0 ? -1 : 1);
    }
    double slope = numerator / spread;
    return new LogitSlope(Result.computed(slope), (int) Math.signum(slope));
  }
}
