package org.combatingdrugs.outcomes.assess;

import org.combatingdrugs.outcomes.result.Reason;

/** Why an element of an assessment is absent: every absence is one of these, with its sentence. */
public enum AssessmentReason implements Reason {
  /** The dataset has no value of the metric in the area for the period assessed. */
  NO_VALUE_FOR_PERIOD("the dataset holds no value of this metric in this area for the period"),
  /** Neither the same period last year nor a baseline is in the dataset. */
  NO_COMPARISON_VALUE("there is no value for the same period last year and no baseline to compare with"),
  /** A part of a composite area has no value for the period, so the parts are not pooled. */
  PART_MISSING("a part of the composite area has no value for the period, so the parts cannot be pooled"),
  /** A part's value is a published percentage without its counts, so the parts are not pooled. */
  PARTS_NOT_POOLABLE(
      "a part's value is a percentage published without its counts, so the parts cannot be pooled"
          + " (averaging percentages would be wrong)"),
  /** The value compared with is zero, so the change has no relative size. */
  ZERO_BASE("the value compared with is zero, so the change has no relative size"),
  /** The period is not a part of one financial year, so there is no year end to project to. */
  NOT_PART_OF_A_YEAR("the period is not part of one financial year, so there is no year end to project to"),
  /** The period is a whole financial year: the value is the year's, with nothing to project. */
  WHOLE_YEAR("the period is a whole financial year, so there is nothing left to project"),
  /** Percentages and rates are not summed over a year, so they are not projected by run rate. */
  NOT_ADDITIVE("percentages and rates do not add up over a year, so they are not projected"),
  /** The earlier quarters or months of the year are not all held, so the value so far is unknown. */
  YEAR_SO_FAR_INCOMPLETE(
      "the dataset lacks an earlier quarter or month of the year, so the value so far is not known"),
  /** Last year's total is less than the same part of last year: the dataset contradicts itself. */
  LAST_YEAR_INCONSISTENT(
      "last year's total is less than what the same part of last year held, so the dataset"
          + " contradicts itself and no profile can be drawn from it"),
  /** Last year's total is not held, so the projection cannot be compared with it. */
  NO_LAST_YEAR_TOTAL("last year's total is not in the dataset, so the projection is not compared with it"),
  /** No target is set for the metric in the area. */
  NO_TARGET("no target is set for this metric in this area"),
  /** The metric's polarity makes no judgement, so it has no better direction. */
  NO_JUDGEMENT_POLARITY("the metric has no better direction, so it is not judged"),
  /** The target has no baseline, so there is no trajectory from one to the other. */
  NO_BASELINE("the target has no baseline, so there is no trajectory to it"),
  /**
   * The period ends before the baseline or after the target is due, off the trajectory; or the
   * target is due no later than the baseline, so there is no trajectory at all.
   */
  OUTSIDE_TRAJECTORY(
      "the period ends outside the trajectory from the baseline to the target (or the target is due"
          + " no later than the baseline)"),
  /** No RAG scheme is chosen for the metric and no default fits its unit. */
  NO_SCHEME("no RAG scheme is chosen for this metric, and the dataset has no default that fits its unit"),
  /**
   * A count or amount for part of the period the target is due in cannot be set against it; rate
   * the projection instead.
   */
  TARGET_FOR_ANOTHER_PERIOD(
      "the target is for another length of period than the value, and a count or amount is not"
          + " compared with a target for a different length of time (rate the projection instead)"),
  /**
   * A count or amount whose baseline is for another length of period than the value compared with
   * it, or than the target a trajectory runs to: a quarter's count is not set against a year's.
   */
  BASELINE_FOR_ANOTHER_PERIOD(
      "the baseline is for another length of period, and a count or amount is not compared across"
          + " different lengths of time"),
  /** The scheme rates the value projected to the target's year, and none is projected. */
  NO_PROJECTION_TO_TARGET("the scheme rates the projected value, and no projection to the target's year can be made"),
  /** A percentage published without its counts has no sampling model. */
  PUBLISHED_PERCENTAGE_WITHOUT_COUNTS(
      "the percentage was published without its numerator and denominator, so its uncertainty is not known"),
  /** Money is not a count of events, so it has no Poisson or binomial interval. */
  NO_SAMPLING_MODEL("an amount of money is not a count of events, so it has no confidence interval"),
  /** The value compared with is of another kind (a baseline without counts), so no test applies. */
  NO_TEST_FOR_COMPARISON(
      "the value compared with has no counts of its own (a baseline or published figure), so no test applies"),
  /** Both counts are zero: nothing happened in either period, so there is no change to test. */
  NO_EVENTS("no events were counted in either period, so there is no change to test"),
  /** The two counts total more than the exact conditional test takes ({@code PoissonChange.MAX_TOTAL}). */
  COUNTS_BEYOND_EXACT_TEST(
      "the two counts total more than 2,147,483,647, beyond the exact test of a change"),
  /** The earlier count is zero, so the ratio of the two counts is not finite. */
  EARLIER_COUNT_ZERO("the earlier count is zero, so the ratio of later to earlier is not finite"),
  /** No benchmark value is held for the metric and period. */
  NO_BENCHMARK("no benchmark value is held for this metric and period"),
  /** Fewer consecutive points are held than the method needs. */
  SERIES_TOO_SHORT("the dataset holds too few consecutive points of this series for the method"),
  /** A point of the series has an interval of zero width, so it cannot be weighted. */
  ZERO_WIDTH_INTERVAL("a point of the series has a confidence interval of zero width"),
  /** A proportion of 0% or 100% among the last five points has an infinite logit, so no trend. */
  PROPORTION_AT_BOUND("a proportion of 0% or 100% among the last five points has no finite logit, so no trend is tested"),
  /** The last five points' intervals differ so much in width that no weighted trend line fits. */
  UNEVEN_WEIGHTS("the last five points' confidence intervals differ so much in width that no weighted trend line can be fitted"),
  /** Every point of the series is the same, so there are no limits of variation. */
  NO_VARIATION("every point of the series is the same, so it shows no variation to set limits by");

  private final String sentence;

  AssessmentReason(String sentence) {
    this.sentence = sentence;
  }

  @Override
  public String sentence() {
    return sentence;
  }
}
