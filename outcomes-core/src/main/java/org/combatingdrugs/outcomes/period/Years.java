package org.combatingdrugs.outcomes.period;

import static com.google.common.base.Preconditions.checkArgument;

/** The range of years periods may fall in, checked in one place. */
final class Years {

  /** The earliest calendar year a period may touch. */
  static final int MIN = 1900;

  /** The latest calendar year a period may touch. */
  static final int MAX = 2999;

  private Years() {}

  static void check(String field, int year, int latest) {
    checkArgument(
        year >= MIN && year <= latest,
        "%s must be within %s..%s but was %s",
        field,
        MIN,
        latest,
        year);
  }
}
