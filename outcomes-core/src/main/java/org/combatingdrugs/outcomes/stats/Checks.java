package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/** Input checks shared by the statistics. */
final class Checks {

  /** The most significant digits a decimal count may carry. */
  static final int MAX_DIGITS = 40;

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

  /**
   * A decimal count (weighted or modelled counts need not be whole), 0 or more, with at most 40
   * significant digits and a magnitude a double holds.
   *
   * @return the count as a double
   */
  static double count(String field, BigDecimal value) {
    checkNotNull(value, field);
    checkArgument(
        value.precision() <= MAX_DIGITS,
        "%s must have at most %s significant digits but had %s",
        field,
        MAX_DIGITS,
        value.precision());
    checkArgument(value.signum() >= 0, "%s must be 0 or more but was %s", field, shown(value));
    double d = value.doubleValue();
    checkArgument(Double.isFinite(d), "%s must be at most %s but was %s", field, Double.MAX_VALUE, value);
    return d;
  }

  /**
   * A decimal for a message: plain ({@code 2.5}, {@code 100}) unless its scale would make that
   * long, then in scientific notation ({@code -1E-999999999}).
   */
  static String shown(BigDecimal value) {
    return value.scale() >= -SHOWN_PLAIN && value.scale() <= SHOWN_PLAIN ? value.toPlainString() : value.toString();
  }

  /** The largest scale, either way, a decimal is shown plain at in a message. */
  private static final int SHOWN_PLAIN = 50;

  /** Refuses the 100% level for a statistic whose upper limit would then be infinite. */
  static void boundedLevel(ConfidenceLevel level, String statistic) {
    checkNotNull(level, "level");
    checkArgument(
        !level.isWholeRange(),
        "level must be below 100% for %s: at 100% its upper limit is not finite",
        statistic);
  }
}
