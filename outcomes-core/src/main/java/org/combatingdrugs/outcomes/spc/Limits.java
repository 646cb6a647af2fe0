package org.combatingdrugs.outcomes.spc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The centre line and limits of one group of an XmR chart, or why the limits cannot be computed.
 * The mean is known either way.
 */
public sealed interface Limits permits Limits.Computed, Limits.NotComputable {

  /** Whether limits were computed. */
  boolean isComputed();

  /** The mean of the group's baseline points: the centre line, finite. */
  double mean();

  /** Why limits cannot be computed. */
  enum Reason {
    /** Every moving range of the baseline is zero (a constant series): there is no variation to bound. */
    NO_VARIATION,
    /** A group of one point has no moving range. */
    TOO_FEW_POINTS
  }

  /**
   * The centre line and limits of a group.
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
  record Computed(
      double mean,
      double meanMovingRange,
      double lower,
      double upper,
      double nearLower,
      double nearUpper)
      implements Limits {

    /** Checks that the limits are finite and ordered around the mean. */
    public Computed {
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

    @Override
    public boolean isComputed() {
      return true;
    }
  }

  /**
   * Limits that cannot be computed, with the group's mean.
   *
   * @param reason why
   * @param mean the mean of the baseline points, finite
   */
  record NotComputable(Reason reason, double mean) implements Limits {

    /** Checks that the reason is present and the mean finite. */
    public NotComputable {
      checkNotNull(reason, "reason");
      checkArgument(Double.isFinite(mean), "mean must be finite but was %s", mean);
    }

    @Override
    public boolean isComputed() {
      return false;
    }
  }
}
