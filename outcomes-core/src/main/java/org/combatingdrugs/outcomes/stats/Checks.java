package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;

/** Input checks shared by the statistics. */
final class Checks {

  private Checks() {}

  static void finite(String field, double value) {
    checkArgument(Double.isFinite(value), "%s must be finite but was %s", field, value);
  }

  static void positiveMultiplier(double multiplier) {
    checkArgument(
        multiplier > 0 && Double.isFinite(multiplier),
        "multiplier must be positive and finite but was %s",
        multiplier);
  }

  static void count(String field, long value) {
    checkArgument(value >= 0, "%s must be 0 or more but was %s", field, value);
  }
}
