package org.combatingdrugs.outcomes.aggregate;

import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.measure.Value;

/** The outcome of pooling values: the pooled value, or why the values cannot be pooled. */
public sealed interface PoolResult permits PoolResult.Pooled, PoolResult.NotPooled {

  /** Whether the values were pooled. */
  boolean isPooled();

  /**
   * The pooled value.
   *
   * @return the value
   * @throws IllegalStateException naming the reason when the values could not be pooled
   */
  Value orElseThrow();

  /** Why values cannot be pooled. */
  enum Reason {
    /**
     * A value is a published percentage without its numerator and denominator: percentages
     * cannot be pooled without their counts, and averaging them would be wrong.
     */
    PUBLISHED_PERCENTAGE_WITHOUT_COUNTS
  }

  /**
   * Values pooled into one.
   *
   * @param value the pooled value
   */
  record Pooled(Value value) implements PoolResult {

    /** Checks that the value is present. */
    public Pooled {
      checkNotNull(value, "value");
    }

    @Override
    public boolean isPooled() {
      return true;
    }

    @Override
    public Value orElseThrow() {
      return value;
    }
  }

  /**
   * Values that cannot be pooled, and why.
   *
   * @param reason the reason
   */
  record NotPooled(Reason reason) implements PoolResult {

    /** Checks that the reason is present. */
    public NotPooled {
      checkNotNull(reason, "reason");
    }

    @Override
    public boolean isPooled() {
      return false;
    }

    @Override
    public Value orElseThrow() {
      throw new IllegalStateException("values not pooled: " + reason);
    }
  }
}
