package org.combatingdrugs.outcomes.calc;

import org.combatingdrugs.outcomes.result.Reason;

/** Why a relative change does not exist. */
public enum RelativeChangeReason implements Reason {
  /** The base is zero: any change from zero is infinitely large relative to it. */
  ZERO_BASE("the base is zero, so a change from it has no relative size");

  private final String sentence;

  RelativeChangeReason(String sentence) {
    this.sentence = sentence;
  }

  @Override
  public String sentence() {
    return sentence;
  }
}
