package org.combatingdrugs.outcomes.calc;


import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.result.Result;

/**
 * The change from a base value to a current one, in the values' own unit. For percentages the
 * absolute change is in percentage points (45.2% → 55.2% is +10.0 points) and is the change to
 * report; the relative change of a percentage is available but rarely what a reader means.
 *
 * @param base the earlier value (last year, the baseline), not negative
 * @param current the later value, in the base's unit
 */
public record Change(Quantity base, Quantity current) {

  /** Checks the units agree and the base is not negative. */
  public Change {
    checkNotNull(base, "base");
    checkNotNull(current, "current");
    checkArgument(
        base.unit().equals(current.unit()),
        "current must be in the base's unit %s but was %s",
        base.unit(),
        current);
    checkArgument(base.signum() >= 0, "base must not be negative but was %s", base);
  }

  /** {@code current − base}, in the values' unit (percentage points for percentages). */
  public Quantity absolute() {
    return current.minus(base);
  }

  /**
   * The change in percentage points, when the values are percentages.
   *
   * @return {@code current − base} in points, empty for other units
   */
  public Optional<Quantity> percentagePoints() {
    return base.unit().isPercent() ? Optional.of(absolute()) : Optional.empty();
  }

  /**
   * {@code (current − base) / base}; not computed ({@link RelativeChangeReason#ZERO_BASE}) when the
   * base is zero.
   */
  public Result<RelativeChange, RelativeChangeReason> relative() {
    if (base.signum() == 0) {
      return Result.notComputed(RelativeChangeReason.ZERO_BASE);
    }
    return Result.computed(RelativeChange.of(absolute().amount().divide(base.amount())));
  }

  /** -1, 0 or +1 as the value fell, stayed or rose. */
  public int direction() {
    return absolute().signum();
  }

  /**
   * The change as a report writes it, after its two values: {@code 80 → 152: +90.0% (+72)}, {@code
   * 45.2% → 67.7%: +22.5 pp}, {@code 0 → 5: undefined (+5)}; one decimal place, rounded half-up.
   */
  @Override
  public String toString() {
    String amount = absolute().toDifferenceString();
    if (absolute().unit().isPercent()) {
      return base + " → " + current + ": " + amount;
    }
    return base
        + " → "
        + current
        + ": "
        + relative().map(RelativeChange::toString).value().orElse("undefined")
        + " ("
        + amount
        + ")";
  }
}
