package org.combatingdrugs.outcomes.spc;

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
}
