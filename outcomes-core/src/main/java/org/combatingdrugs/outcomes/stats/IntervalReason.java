package org.combatingdrugs.outcomes.stats;

import org.combatingdrugs.outcomes.result.Reason;

/** Why a confidence interval, or a statistic that comes with one, was deliberately not computed. */
public enum IntervalReason implements Reason {
  /** Fewer than 10 events in total: Fingertips suppresses the value. */
  TOTAL_COUNT_BELOW_TEN("fewer than 10 events in total, so the value is suppressed"),
  /** A single value has no spread: its mean is known, its limits are not. */
  FEWER_THAN_TWO_VALUES("a single value has no spread, so its limits cannot be computed"),
  /** The earlier count is zero, so the ratio of later to earlier rates is not finite. */
  EARLIER_COUNT_ZERO("the earlier count is zero, so the ratio of later to earlier is not finite");

  private final String sentence;

  IntervalReason(String sentence) {
    this.sentence = sentence;
  }

  @Override
  public String sentence() {
    return sentence;
  }
}
