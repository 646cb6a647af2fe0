package org.combatingdrugs.outcomes.target;

import org.combatingdrugs.outcomes.result.Reason;

/** Why an attainment, or its share of the target, is not computed. */
public enum AttainmentReason implements Reason {
  /**
   * The polarity is {@code NO_JUDGEMENT} and the target is a reach or change target: no side of its
   * level is the meeting one.
   */
  NO_JUDGEMENT_POLARITY("the metric has no better direction, so no side of the target's level meets it"),
  /** The target is a maximum ({@link Bound#AT_MOST}): a smaller share is better, so the ratio misleads. */
  NOT_REACHED_FROM_BELOW("the target is a maximum, so a share of its level does not read as progress"),
  /** The target's level is zero or negative, so a share of it has no meaning. */
  LEVEL_NOT_POSITIVE("the target's level is not positive, so a share of it has no meaning");

  private final String sentence;

  AttainmentReason(String sentence) {
    this.sentence = sentence;
  }

  @Override
  public String sentence() {
    return sentence;
  }
}
