package org.combatingdrugs.outcomes.assess;

import org.combatingdrugs.outcomes.result.Reason;

/** Why an element of an assessment is absent: every absence is one of these, with its sentence. */
public enum AssessmentReason implements Reason {
  /** The dataset has no value of the metric in the area for the period assessed. */
  NO_VALUE_FOR_PERIOD("the dataset holds no value of this metric in this area for the period"),
  /** Neither the same period last year nor a baseline is in the dataset. */
  NO_COMPARISON_VALUE("there is no value for the same period last year and no baseline to compare with"),
  /** The period is not a part of one financial year, so there is no year end to project to. */
  NOT_PART_OF_A_YEAR("the period is not part of one financial year, so there is no year end to project to"),
  /** The period is a whole financial year: the value is the year's, with nothing to project. */
  WHOLE_YEAR("the period is a whole financial year, so there is nothing left to project"),
  /** Percentages and rates are not summed over a year, so they are not projected by run rate. */
  NOT_ADDITIVE("percentages and rates do not add up over a year, so they are not projected by run rate"),
  /** No target is set for the metric in the area. */
  NO_TARGET("no target is set for this metric in this area"),
  /** The metric's polarity makes no judgement, so it has no direction that meets a target. */
  NO_JUDGEMENT_POLARITY("the metric has no better direction, so it is not judged against a target");

  private final String sentence;

  AssessmentReason(String sentence) {
    this.sentence = sentence;
  }

  @Override
  public String sentence() {
    return sentence;
  }
}
