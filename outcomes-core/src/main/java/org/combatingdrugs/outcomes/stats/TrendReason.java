package org.combatingdrugs.outcomes.stats;

import org.combatingdrugs.outcomes.result.Reason;

/** Why a recent trend, or its slope, cannot be calculated. */
public enum TrendReason implements Reason {
  /** Fewer than five consecutive points. */
  FEWER_THAN_FIVE_POINTS("fewer than five consecutive points"),
  /** A proportion's count equals its denominator. */
  COUNT_EQUALS_DENOMINATOR("a proportion's count equals its denominator, so its logit is infinite"),
  /** A point's interval has no width, so it cannot be weighted. */
  ZERO_WIDTH_INTERVAL("a point's confidence interval has no width, so it cannot be weighted"),
  /**
   * A proportion's count of zero has a logit of −∞, which sends the logit slope to ±∞: the trend
   * keeps the slope's sign, but the slope itself is not a number.
   */
  ZERO_COUNT("a proportion's count of zero has an infinite logit, so the slope is infinite"),
  /**
   * The points' interval widths differ so much that one point alone carries the weighted line, so
   * the line (or the line without one point) is not a finite number.
   */
  UNEVEN_WEIGHTS("the points' confidence intervals differ so much in width that no weighted line can be fitted");

  private final String sentence;

  TrendReason(String sentence) {
    this.sentence = sentence;
  }

  @Override
  public String sentence() {
    return sentence;
  }
}
