package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;

/**
 * A two-sided confidence level: 95% and 99.8% are Fingertips' two. Any level from 90% to 100% is
 * allowed, given as a fraction (0.95, 0.998) or, as PHEindicatormethods also reads it, as a
 * percentage (95, 99.8). A level of 100% is the whole range: a proportion's interval is then 0 to
 * 1, while a count, rate or mean has no finite upper limit and is refused.
 *
 * @param value the level as a fraction, within [0.90, 1]; a value within [90, 100] is read as a
 *     percentage
 */
public record ConfidenceLevel(double value) {

  /** The quantile of 95%, computed once: {@link #z()} returns it for every 95% level. */
  private static final double Z_NINETY_FIVE = quantile(0.95);

  /** The quantile of 99.8%, computed once. */
  private static final double Z_NINETY_NINE_POINT_EIGHT = quantile(0.998);

  /** The quantile of the latest level other than Fingertips' two, for {@link #knownQuantile}. */
  private static volatile Quantile latestQuantile = new Quantile(0.95, Z_NINETY_FIVE);

  /** 95%. */
  public static final ConfidenceLevel NINETY_FIVE = new ConfidenceLevel(0.95);

  /** 99.8%, about three standard deviations. */
  public static final ConfidenceLevel NINETY_NINE_POINT_EIGHT = new ConfidenceLevel(0.998);

  /** 100%: the whole range. */
  public static final ConfidenceLevel WHOLE_RANGE = new ConfidenceLevel(1);

  /** Reads a percentage as a fraction, checks the range and that the level has a usable quantile. */
  public ConfidenceLevel {
    double given = value;
    if (value >= 90 && value <= 100) {
      value = BigDecimal.valueOf(value).movePointLeft(2).doubleValue();
    }
    checkArgument(
        value >= 0.90 && value <= 1.0,
        "confidence level must be within 0.90..1 (or 90..100 as a percentage) but was %s",
        given);
    checkArgument(
        value == 1.0 || Double.isFinite(knownQuantile(value)),
        "confidence level %s is too close to 1: its normal quantile is not finite (use 1 for the"
            + " whole range)",
        given);
  }

  /**
   * A confidence level.
   *
   * @param value the level as a fraction (0.95) or a percentage (95)
   * @return the level
   */
  public static ConfidenceLevel of(double value) {
    return new ConfidenceLevel(value);
  }

  /** The probability outside the interval, {@code 1 − value}; 0 for the whole range. */
  public double alpha() {
    return 1 - value;
  }

  /** Whether this is the 100% level, whose interval is the whole range. */
  public boolean isWholeRange() {
    return value == 1.0;
  }

  /**
   * The two-sided standard normal quantile: 1.9599639845400538 for 95%.
   *
   * @return the quantile, finite and positive
   * @throws IllegalStateException for the 100% level, which has none
   */
  public double z() {
    checkState(!isWholeRange(), "a confidence level of 100% has no finite normal quantile");
    return knownQuantile(value);
  }

  /**
   * The quantile of a level: Fingertips' two computed once, any other remembered while it is the
   * latest asked for, so that a table at one level computes it once. Each is the double {@link
   * #quantile} gives.
   */
  private static double knownQuantile(double level) {
    if (level == 0.95) {
      return Z_NINETY_FIVE;
    }
    if (level == 0.998) {
      return Z_NINETY_NINE_POINT_EIGHT;
    }
    Quantile latest = latestQuantile;
    if (latest.level() == level) {
      return latest.z();
    }
    double z = quantile(level);
    latestQuantile = new Quantile(level, z);
    return z;
  }

  /** A level's quantile; immutable, so safely shared between threads. */
  private record Quantile(double level, double z) {}

  private static double quantile(double level) {
    return NormalQuantile.of(level + (1 - level) / 2);
  }

  /** The level as a percentage: {@code 95%}, {@code 99.8%}. */
  @Override
  public String toString() {
    return BigDecimal.valueOf(value).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
