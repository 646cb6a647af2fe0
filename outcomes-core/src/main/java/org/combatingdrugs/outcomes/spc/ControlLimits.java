package org.combatingdrugs.outcomes.spc;

import org.combatingdrugs.outcomes.exact.Digits;
import static com.google.common.base.Preconditions.checkArgument;

/**
 * The centre line and limits of one group of an XmR chart. When they cannot be computed the group
 * says why ({@link LimitsReason}) and still gives its mean ({@link XmrGroup#mean()}).
 *
 * @param mean the mean of the baseline points
 * @param meanMovingRange the mean moving range, after screening when it is on; 0 when screening
 *     left only zero ranges (a constant series with one jump), and then every limit is the mean
 *     and every point off the mean lies outside, as NHSRplotthedots has it
 * @param lower mean − 2.66 × mean moving range
 * @param upper mean + 2.66 × mean moving range
 * @param nearLower the two-sigma line below the mean: mean − 2 × (2.66 / 3) × mean moving range
 * @param nearUpper the two-sigma line above the mean
 */
public record ControlLimits(
    double mean,
    double meanMovingRange,
    double lower,
    double upper,
    double nearLower,
    double nearUpper) {

  /** Checks that the limits are finite and ordered around the mean. */
  public ControlLimits {
    checkArgument(
        Double.isFinite(lower) && Double.isFinite(upper) && meanMovingRange >= 0,
        "limits must be finite around a moving range of 0 or more but were [%s, %s] with %s",
        lower,
        upper,
        meanMovingRange);
    checkArgument(
        lower <= nearLower && nearLower <= mean && mean <= nearUpper && nearUpper <= upper,
        "limits must be ordered around the mean but were %s < %s < %s < %s < %s",
        lower,
        nearLower,
        mean,
        nearUpper,
        upper);
  }

  /**
   * The centre line and limits: {@code mean 12.50, limits [5.00, 20.00], two-sigma [7.50, 17.50],
   * mean moving range 2.82}. The numbers share their places: three decimal places when all are
   * below 1 in magnitude, two below 100, one otherwise, rounded half-up. The exact doubles are the
   * components.
   */
  @Override
  public String toString() {
    int decimals = decimals();
    return centre(decimals)
        + ", two-sigma ["
        + Digits.rounded(nearLower, decimals)
        + ", "
        + Digits.rounded(nearUpper, decimals)
        + "], mean moving range "
        + Digits.rounded(meanMovingRange, decimals);
  }

  /** The mean and process limits alone: {@code mean 12.50, limits [5.00, 20.00]}. */
  String centre(int decimals) {
    return "mean "
        + Digits.rounded(mean, decimals)
        + ", limits ["
        + Digits.rounded(lower, decimals)
        + ", "
        + Digits.rounded(upper, decimals)
        + "]";
  }

  /** The places shared by every number of these limits. */
  int decimals() {
    return Digits.decimalsFor(mean, meanMovingRange, lower, upper, nearLower, nearUpper);
  }
}
