package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A two-sided confidence level: 95% and 99.8% are Fingertips' two, and any level from 90% up to
 * (but not including) 100% is allowed.
 *
 * @param value the level as a fraction, in [0.90, 1)
 */
public record ConfidenceLevel(double value) {

  /** 95%. */
  public static final ConfidenceLevel NINETY_FIVE = new ConfidenceLevel(0.95);

  /** 99.8%, about three standard deviations. */
  public static final ConfidenceLevel NINETY_NINE_POINT_EIGHT = new ConfidenceLevel(0.998);

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  /** Checks the range. */
  public ConfidenceLevel {
    checkArgument(
        value >= 0.90 && value < 1.0, "confidence level must be within [0.90, 1) but was %s", value);
  }

  /**
   * A confidence level.
   *
   * @param value the level as a fraction, such as 0.95
   * @return the level
   */
  public static ConfidenceLevel of(double value) {
    return new ConfidenceLevel(value);
  }

  /** The probability outside the interval, {@code 1 − value}. */
  public double alpha() {
    return 1 - value;
  }

  /** The two-sided standard normal quantile: 1.959963984540054 for 95%. */
  public double z() {
    return STANDARD_NORMAL.inverseCumulativeProbability(value + alpha() / 2);
  }

  @Override
  public String toString() {
    return (value * 100) + "%";
  }
}
