package org.combatingdrugs.outcomes.measure;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;

/**
 * A count of people, events or things: 38 county lines arrests.
 *
 * @param count the count, 0 or more
 */
public record Count(long count) implements Value {

  /** Checks that the count is not negative. */
  public Count {
    checkArgument(count >= 0, "count must be 0 or more but was %s", count);
  }

  /**
   * A count.
   *
   * @param count the count, 0 or more
   * @return the value
   */
  public static Count of(long count) {
    return new Count(count);
  }

  @Override
  public Unit unit() {
    return Unit.COUNT;
  }

  @Override
  public Quantity quantity() {
    return Quantity.count(count);
  }

  /** The count with thousands separators: {@code 2,590}. */
  @Override
  public String toString() {
    return Unit.grouped(BigDecimal.valueOf(count));
  }

}
