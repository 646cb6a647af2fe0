package org.combatingdrugs.outcomes.spc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalInt;

/**
 * How an XmR chart is computed. The defaults follow NHSRplotthedots: moving-range screening on,
 * trend and shift runs of 7 points, limits from every point of each group, and a warning for a
 * group of fewer than 13 points.
 *
 * @param screenMovingRanges whether moving ranges of 3.267 × their mean or more are dropped and
 *     the mean recomputed once; off matches the Making Data Count Excel tool
 * @param trendPoints the points in a trend run, at least 3 (6 is another common convention)
 * @param shiftPoints the points in a shift run, at least 3
 * @param fixAfter the number of points of each group that fix its limits, at least 12, or empty
 *     for all of them
 * @param shortGroupBelow a group with fewer points than this is flagged as short: its limits are
 *     trial limits (NHSRplotthedots warns below 13); at least 1
 */
public record XmrOptions(
    boolean screenMovingRanges, int trendPoints, int shiftPoints, OptionalInt fixAfter, int shortGroupBelow) {

  /** NHSRplotthedots' default: a group of fewer than 13 points has trial limits. */
  public static final int SHORT_GROUP_BELOW = 13;

  private static final XmrOptions DEFAULTS =
      new XmrOptions(true, 7, 7, OptionalInt.empty(), SHORT_GROUP_BELOW);

  /** Checks the run lengths, the baseline and the warning threshold. */
  public XmrOptions {
    checkNotNull(fixAfter, "fixAfter");
    checkArgument(trendPoints >= 3, "trendPoints must be at least 3 but was %s", trendPoints);
    checkArgument(shiftPoints >= 3, "shiftPoints must be at least 3 but was %s", shiftPoints);
    checkArgument(
        fixAfter.isEmpty() || fixAfter.getAsInt() >= 12,
        "fixAfter must be at least 12 points but was %s",
        fixAfter.isPresent() ? fixAfter.getAsInt() : "none");
    checkArgument(shortGroupBelow >= 1, "shortGroupBelow must be at least 1 but was %s", shortGroupBelow);
  }

  /**
   * The options in words: {@code moving ranges screened, trends of 7 points, shifts of 7 points,
   * limits from every point, groups of fewer than 13 points short}, {@code … limits from the first
   * 12 points, …}.
   */
  @Override
  public String toString() {
    return (screenMovingRanges ? "moving ranges screened" : "moving ranges not screened")
        + ", trends of "
        + trendPoints
        + " points, shifts of "
        + shiftPoints
        + " points, limits from "
        + (fixAfter.isPresent() ? "the first " + fixAfter.getAsInt() + " points" : "every point")
        + ", groups of fewer than "
        + shortGroupBelow
        + " points short";
  }

  /** The defaults: screening on, runs of 7, limits from all points, short below 13 points. */
  public static XmrOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These options with screening switched on or off.
   *
   * @param screen whether to screen moving ranges
   * @return the options
   */
  public XmrOptions withScreening(boolean screen) {
    return new XmrOptions(screen, trendPoints, shiftPoints, fixAfter, shortGroupBelow);
  }

  /**
   * These options with other run lengths.
   *
   * @param trend points in a trend
   * @param shift points in a shift
   * @return the options
   */
  public XmrOptions withRuns(int trend, int shift) {
    return new XmrOptions(screenMovingRanges, trend, shift, fixAfter, shortGroupBelow);
  }

  /**
   * These options with limits fixed from the first points of each group.
   *
   * @param points the number of points, at least 12
   * @return the options
   */
  public XmrOptions withBaselineFixedAfter(int points) {
    return new XmrOptions(screenMovingRanges, trendPoints, shiftPoints, OptionalInt.of(points), shortGroupBelow);
  }

  /**
   * These options with another threshold for the short-group warning.
   *
   * @param points a group with fewer points is short; at least 1
   * @return the options
   */
  public XmrOptions withShortGroupBelow(int points) {
    return new XmrOptions(screenMovingRanges, trendPoints, shiftPoints, fixAfter, points);
  }
}
