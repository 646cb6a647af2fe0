package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.RoundingMode;

/**
 * How a partnership's report prints its figures: decimal places of percentages and points, and the
 * rounding mode. The Dorset report prints one place, rounded half-up.
 *
 * @param percentDecimals decimal places of percentages and percentage points, 0 to 10
 * @param mode how figures are rounded; never {@code UNNECESSARY}
 */
public record Presentation(int percentDecimals, RoundingMode mode) {

  /** One decimal place, rounded half-up: what most partnership reports print. */
  public static final Presentation DEFAULT = new Presentation(1, RoundingMode.HALF_UP);

  /** Checks the places and that the mode rounds. */
  public Presentation {
    checkArgument(
        percentDecimals >= 0 && percentDecimals <= 10,
        "percentDecimals must be within 0..10 but was %s",
        (Integer) percentDecimals);
    checkNotNull(mode, "mode");
    checkArgument(mode != RoundingMode.UNNECESSARY, "mode must round but was %s", mode);
  }

  /** The settings in words: {@code percentages to 1 place, rounded HALF_UP}. */
  @Override
  public String toString() {
    return "percentages to " + percentDecimals + (percentDecimals == 1 ? " place" : " places") + ", rounded " + mode;
  }
}
