package org.combatingdrugs.outcomes.spc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.exact.Digits;

/**
 * One group of an XmR chart: the points between two rebases, with their own mean and limits.
 *
 * @param index the group's position, from 0
 * @param start the index of its first point in the series
 * @param size its number of points, at least 1
 * @param mean the mean of its baseline points: the centre line, known even when the limits are
 *     not; finite
 * @param limits its limits, or why they cannot be computed
 * @param shortGroup whether it has fewer points than {@link XmrOptions#shortGroupBelow()}: its
 *     limits are trial limits, as NHSRplotthedots warns
 */
public record XmrGroup(
    int index,
    int start,
    int size,
    double mean,
    Result<ControlLimits, LimitsReason> limits,
    boolean shortGroup) {

  /** Checks the parts. */
  public XmrGroup {
    checkNotNull(limits, "limits");
    checkArgument(
        Double.isFinite(mean), "mean of group %s must be finite but was %s", (Integer) index, (Double) mean);
    checkArgument(index >= 0 && start >= 0 && size >= 1, "group %s must start at 0 or later and hold a point", index);
  }

  /**
   * The group with its limits: {@code group 0, points 0 to 11: mean 12.50, limits [5.00, 20.00],
   * two-sigma [7.50, 17.50], mean moving range 2.82; short, so trial limits}, or {@code group 1,
   * point 12: mean 7.00, limits not computed: a group of one point has no moving range}. Numbers as
   * {@link ControlLimits#toString()} rounds them (half-up); the exact doubles are the components.
   */
  @Override
  public String toString() {
    String span = size == 1 ? "point " + start : "points " + start + " to " + (start + size - 1);
    String body =
        limits
            .value()
            .map(ControlLimits::toString)
            .orElseGet(
                () ->
                    "mean "
                        + Digits.rounded(mean)
                        + ", limits not computed: "
                        + limits.reason().map(LimitsReason::sentence).orElse(""));
    return "group " + index + ", " + span + ": " + body + (shortGroup ? "; short, so trial limits" : "");
  }
}
