package org.combatingdrugs.outcomes.calc;

import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Value;

/** Entry points for the change between two values. */
public final class PercentageChange {

  private PercentageChange() {}

  /**
   * The change from a base to a current quantity.
   *
   * @param base the earlier value, not negative
   * @param current the later value, in the base's unit
   * @return the change
   * @throws IllegalArgumentException when the units differ or the base is negative
   */
  public static Change between(Quantity base, Quantity current) {
    return new Change(base, current);
  }

  /**
   * The change from a base to a current value (a proportion and a published percentage compare as
   * percentages; rates only at the same multiplier).
   *
   * @param base the earlier value
   * @param current the later value
   * @return the change
   * @throws IllegalArgumentException when the values are of different kinds or units
   */
  public static Change between(Value base, Value current) {
    checkNotNull(base, "base");
    checkNotNull(current, "current");
    return new Change(base.quantity(), current.quantity());
  }
}
