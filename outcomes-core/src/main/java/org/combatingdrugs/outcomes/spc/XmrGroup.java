package org.combatingdrugs.outcomes.spc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One group of an XmR chart: the points between two rebases, with their own mean and limits.
 *
 * @param index the group's position, from 0
 * @param start the index of its first point in the series
 * @param size its number of points, at least 1
 * @param limits its mean and limits, or why the limits cannot be computed
 * @param shortGroup whether it has fewer points than {@link XmrOptions#shortGroupBelow()}: its
 *     limits are trial limits, as NHSRplotthedots warns
 */
public record XmrGroup(int index, int start, int size, Limits limits, boolean shortGroup) {

  /** Checks the parts. */
  public XmrGroup {
    checkNotNull(limits, "limits");
    checkArgument(index >= 0 && start >= 0 && size >= 1, "group %s must start at 0 or later and hold a point", index);
  }

  /** The group's mean, known even when its limits are not. */
  public double mean() {
    return limits.mean();
  }
}
