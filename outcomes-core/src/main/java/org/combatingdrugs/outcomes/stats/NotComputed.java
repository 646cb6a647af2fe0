package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A statistic that was deliberately not computed, and why.
 *
 * @param reason the reason
 */
public record NotComputed(Reason reason) implements IntervalResult {

  /** Why a statistic was not computed. */
  public enum Reason {
    /** Fewer than 10 events in total: Fingertips suppresses the value. */
    TOTAL_COUNT_BELOW_TEN,
    /** A single value has no spread: its mean is known, its limits are not. */
    FEWER_THAN_TWO_VALUES
  }

  /** Checks that the reason is present. */
  public NotComputed {
    checkNotNull(reason, "reason");
  }

  @Override
  public boolean isComputed() {
    return false;
  }

  @Override
  public Interval orElseThrow() {
    throw new IllegalStateException("not computed: " + reason);
  }
}
