package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.judgement.Polarised;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.exact.Digits;
import org.combatingdrugs.outcomes.result.Result;

/**
 * The recent trend over the last five points of a series, as {@link RecentTrend} tests it.
 *
 * @param direction increasing or decreasing when significant and robust, otherwise no
 *     significant change: the marker Fingertips shows
 * @param chiSquared the test statistic, with one degree of freedom: Cochran–Armitage for
 *     proportions, the weighted slope squared over its variance otherwise
 * @param slope the slope whose sign gives the direction, per period: of the logit of the
 *     proportions (ordinary least squares), or of the values (weighted least squares), finite;
 *     not computed with {@link TrendReason#ZERO_COUNT} when a count of zero sends the logit slope
 *     to ±∞ (the direction still follows its sign)
 * @param significant whether χ² exceeds the threshold of the convention
 * @param robust whether the slope keeps its sign (not zero) when each point is left out in turn
 * @param method the test used
 * @param convention whose threshold (and, for intervals, whose standard errors) were used
 */
public record Trend(
    Direction direction,
    double chiSquared,
    Result<Double, TrendReason> slope,
    boolean significant,
    boolean robust,
    Method method,
    Convention convention) {

  /** How a trend was tested. */
  public enum Method {
    /** The Cochran–Armitage chi-squared test for trend in proportions. */
    COCHRAN_ARMITAGE,
    /** Weighted least squares, weights from each point's confidence interval. */
    WEIGHTED_LEAST_SQUARES
  }

  /**
   * Checks that the statistic is finite and not negative, that a slope is finite or not computed
   * with {@link TrendReason#ZERO_COUNT}, and that the marker fits the flags.
   */
  public Trend {
    checkNotNull(direction, "direction");
    checkNotNull(slope, "slope");
    checkNotNull(method, "method");
    checkNotNull(convention, "convention");
    checkArgument(
        chiSquared >= 0 && Double.isFinite(chiSquared),
        "chiSquared must be finite and not negative but was %s",
        chiSquared);
    checkArgument(
        slope.value().map(Double::isFinite).orElse(true), "slope must be finite when computed but was %s", slope);
    checkArgument(
        slope.reason().map(r -> r == TrendReason.ZERO_COUNT).orElse(true),
        "a slope not computed must say ZERO_COUNT but was %s",
        slope);
    checkArgument(
        (direction != Direction.NO_CHANGE) == (significant && robust),
        "direction %s must be a change exactly when the trend is significant (%s) and robust (%s)",
        direction,
        significant,
        robust);
  }

  /**
   * The trend judged by polarity.
   *
   * @param judgedBy which direction is better: a {@link Polarity}, or the metric or measurement
   * @return improving, worsening, no change (no significant change), or not judged
   */
  public Judgement judgement(Polarised judgedBy) {
    checkNotNull(judgedBy, "judgedBy");
    return judgedBy.polarity().judge(direction);
  }

  /**
   * The marker with its test: {@code increasing (Cochran–Armitage, χ² = 38.5, Fingertips)}, {@code
   * no significant change (weighted least squares, χ² = 0.046, exact)}, and for a significant trend
   * that does not survive leaving a point out {@code no significant change (Cochran–Armitage, χ² =
   * 95.0, not robust, Fingertips)}. χ² is rounded half-up to three decimal places below 1, two
   * below 100 and one above; the exact statistic is {@link #chiSquared()}.
   */
  @Override
  public String toString() {
    String verdict =
        switch (direction) {
          case UP -> "increasing";
          case DOWN -> "decreasing";
          case NO_CHANGE -> "no significant change";
        };
    String test =
        switch (method) {
          case COCHRAN_ARMITAGE -> "Cochran–Armitage";
          case WEIGHTED_LEAST_SQUARES -> "weighted least squares";
        };
    return verdict
        + " ("
        + test
        + ", χ² = "
        + Digits.rounded(chiSquared)
        + (significant && !robust ? ", not robust" : "")
        + ", "
        + (convention == Convention.FINGERTIPS ? "Fingertips" : "exact")
        + ")";
  }
}
