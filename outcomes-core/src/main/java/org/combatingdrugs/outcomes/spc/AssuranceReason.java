package org.combatingdrugs.outcomes.spc;

import org.combatingdrugs.outcomes.result.Reason;

/** Why a chart gives no assurance of meeting a target. */
public enum AssuranceReason implements Reason {
  /** The chart's polarity is {@code NO_JUDGEMENT}: no side of the target is the passing one. */
  NO_JUDGEMENT_POLARITY("the measure has no better direction, so no side of the target passes"),
  /** The last group's limits are not computed: every moving range is zero ({@link LimitsReason#NO_VARIATION}). */
  NO_VARIATION("every moving range is zero, so there are no limits to judge the target by"),
  /** The last group's limits are not computed: it has one point ({@link LimitsReason#TOO_FEW_POINTS}). */
  TOO_FEW_POINTS("the last group has one point and no moving range, so there are no limits to judge the target by");

  private final String sentence;

  AssuranceReason(String sentence) {
    this.sentence = sentence;
  }

  /**
   * The assurance reason for limits that are not computed.
   *
   * @param limits why the last group's limits are not computed
   * @return the matching reason
   */
  static AssuranceReason of(LimitsReason limits) {
    return switch (limits) {
      case NO_VARIATION -> NO_VARIATION;
      case TOO_FEW_POINTS -> TOO_FEW_POINTS;
    };
  }

  @Override
  public String sentence() {
    return sentence;
  }
}
