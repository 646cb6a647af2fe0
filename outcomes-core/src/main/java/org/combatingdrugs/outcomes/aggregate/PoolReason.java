package org.combatingdrugs.outcomes.aggregate;

import org.combatingdrugs.outcomes.result.Reason;

/** Why values cannot be pooled. */
public enum PoolReason implements Reason {
  /**
   * A value is a published percentage without its numerator and denominator: percentages cannot be
   * pooled without their counts, and averaging them would be wrong.
   */
  PUBLISHED_PERCENTAGE_WITHOUT_COUNTS(
      "a value is a published percentage without its counts; percentages cannot be pooled, and"
          + " averaging them would be wrong");

  private final String sentence;

  PoolReason(String sentence) {
    this.sentence = sentence;
  }

  @Override
  public String sentence() {
    return sentence;
  }
}
