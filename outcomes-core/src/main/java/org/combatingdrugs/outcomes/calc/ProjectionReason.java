package org.combatingdrugs.outcomes.calc;

import org.combatingdrugs.outcomes.result.Reason;

/** Why a projection could not be made; each reason belongs to one method. */
public enum ProjectionReason implements Reason {
  /** Last year's same months held none of last year's total, so its share cannot scale. */
  ZERO_PRIOR_YEAR_SHARE(
      ProjectionMethod.PRIOR_YEAR_PROFILE,
      "last year's same months held none of last year's total, so their share cannot scale"),
  /** A trend needs at least two points. */
  TOO_FEW_POINTS(ProjectionMethod.LINEAR_TREND, "a trend needs at least two points"),
  /** The line falls below zero by then, which a count or an amount of money cannot. */
  BELOW_ZERO(
      ProjectionMethod.LINEAR_TREND,
      "the trend line falls below zero by then, which a count or an amount of money cannot");

  private final ProjectionMethod method;
  private final String sentence;

  ProjectionReason(ProjectionMethod method, String sentence) {
    this.method = method;
    this.sentence = sentence;
  }

  /** The method that could not be applied. */
  public ProjectionMethod method() {
    return method;
  }

  @Override
  public String sentence() {
    return sentence;
  }
}
