package org.combatingdrugs.outcomes.calc;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * No projection could be made, and why.
 *
 * @param method the method that was asked for
 * @param reason why it could not be applied
 */
public record NotProjected(ProjectionMethod method, Reason reason) implements ProjectionResult {

  /** Why a projection could not be made. */
  public enum Reason {
    /** Last year's same months held none of last year's total, so its share cannot scale. */
    ZERO_PRIOR_YEAR_SHARE,
    /** A trend needs at least two points. */
    TOO_FEW_POINTS,
    /** The line falls below zero by then, which a count or an amount of money cannot. */
    BELOW_ZERO
  }

  /** Checks that both parts are present. */
  public NotProjected {
    checkNotNull(method, "method");
    checkNotNull(reason, "reason");
  }

  @Override
  public boolean isProjected() {
    return false;
  }

  @Override
  public Projection orElseThrow() {
    throw new IllegalStateException("no " + method + " projection: " + reason);
  }
}
