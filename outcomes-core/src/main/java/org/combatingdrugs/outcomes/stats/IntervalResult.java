package org.combatingdrugs.outcomes.stats;

/**
 * A confidence interval, or the explicit statement that it was not computed and why (a
 * standardised rate of fewer than 10 events is suppressed, not estimated).
 */
public sealed interface IntervalResult permits Interval, NotComputed {

  /** Whether an interval was computed. */
  boolean isComputed();

  /**
   * The interval.
   *
   * @return the interval
   * @throws IllegalStateException naming the reason when none was computed
   */
  Interval orElseThrow();
}
