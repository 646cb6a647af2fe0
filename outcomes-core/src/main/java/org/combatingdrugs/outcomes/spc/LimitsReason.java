package org.combatingdrugs.outcomes.spc;

import org.combatingdrugs.outcomes.result.Reason;

/** Why the limits of an XmR group cannot be computed. */
public enum LimitsReason implements Reason {
  /** Every moving range of the baseline is zero (a constant series): there is no variation to bound. */
  NO_VARIATION("every moving range is zero, so there is no variation to bound"),
  /** A group of one point has no moving range. */
  TOO_FEW_POINTS("a group of one point has no moving range");

  private final String sentence;

  LimitsReason(String sentence) {
    this.sentence = sentence;
  }

  @Override
  public String sentence() {
    return sentence;
  }
}
