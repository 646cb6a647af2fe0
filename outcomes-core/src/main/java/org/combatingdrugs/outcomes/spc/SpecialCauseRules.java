package org.combatingdrugs.outcomes.spc;

import java.util.Arrays;
import java.util.Optional;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.result.Result;

/**
 * The four special-cause rules applied to one group, in order of precedence, as NHSRplotthedots
 * applies them: outside the limits, a trend, two of three close to the limits, a shift.
 */
final class SpecialCauseRules {

  /** Each point's position relative to the mean: +1 above, −1 below, 0 on it. */
  final int[] side;

  /** Whether each point lies strictly outside the process limits. */
  final boolean[] outside;

  /** Whether each point lies beyond a two-sigma line but not outside the limits. */
  final boolean[] close;

  /** The rule that fired for each point, with its side. */
  final Optional<SpecialCause>[] causes;

  @SuppressWarnings({"unchecked", "rawtypes"})
  private SpecialCauseRules(int size) {
    side = new int[size];
    outside = new boolean[size];
    close = new boolean[size];
    causes = new Optional[size];
    Arrays.fill(causes, Optional.empty());
  }

  /**
   * Applies the rules to the points {@code x[from..to)} of one group.
   *
   * @param x the series
   * @param from the group's first index
   * @param to one past its last index
   * @param limits the group's limits; when they are not computed only the trend and shift rules,
   *     which need no limits, can fire
   * @param options the run lengths
   */
  static SpecialCauseRules apply(
      double[] x,
      int from,
      int to,
      double mean,
      Result<ControlLimits, LimitsReason> limits,
      XmrOptions options) {
    int n = to - from;
    SpecialCauseRules r = new SpecialCauseRules(n);
    Optional<ControlLimits> computed = limits.value();
    for (int i = 0; i < n; i++) {
      double v = x[from + i];
      r.side[i] = v > mean ? 1 : v < mean ? -1 : 0;
      if (computed.isPresent()) {
        ControlLimits l = computed.get();
        r.outside[i] = v > l.upper() || v < l.lower();
        r.close[i] = !r.outside[i] && (v < l.nearLower() || v > l.nearUpper());
      }
    }
    boolean[] trend = trend(x, from, n, options.trendPoints());
    boolean[] twoOfThree = twoOfThree(r.close, r.side);
    boolean[] shift = shift(r.side, options.shiftPoints());
    for (int i = 0; i < n; i++) {
      if (r.outside[i]) {
        r.causes[i] = Optional.of(new SpecialCause(SpecialCauseRule.OUTSIDE_LIMITS, Direction.ofSign(r.side[i])));
      } else if (trend[i]) {
        r.causes[i] = Optional.of(new SpecialCause(SpecialCauseRule.TREND, trendDirection(x, from, i, trend)));
      } else if (twoOfThree[i]) {
        r.causes[i] =
            Optional.of(new SpecialCause(SpecialCauseRule.TWO_OF_THREE_NEAR_LIMITS, Direction.ofSign(r.side[i])));
      } else if (shift[i]) {
        r.causes[i] = Optional.of(new SpecialCause(SpecialCauseRule.SHIFT, Direction.ofSign(r.side[i])));
      }
    }
    return r;
  }

  /**
   * The direction of a point in a trend, as NHSRplotthedots reads it: the step to the next point
   * when that point is in a trend too, otherwise the step from the point before; a step that is
   * not upwards counts as downwards.
   */
  private static Direction trendDirection(double[] x, int from, int i, boolean[] trend) {
    boolean nextInTrend = i + 1 < trend.length && trend[i + 1];
    double step = nextInTrend ? x[from + i + 1] - x[from + i] : x[from + i] - x[from + i - 1];
    return step > 0 ? Direction.UP : Direction.DOWN;
  }

  /** Points in a run of at least {@code points} points, each strictly above (or below) the last. */
  private static boolean[] trend(double[] x, int from, int n, int points) {
    boolean[] flagged = new boolean[n];
    for (int sign = -1; sign <= 1; sign += 2) {
      int start = 0;
      for (int i = 1; i <= n; i++) {
        boolean continues = i < n && Math.signum(x[from + i] - x[from + i - 1]) == sign;
        if (!continues) {
          mark(flagged, start, i, points);
          start = i;
        }
      }
    }
    return flagged;
  }

  /**
   * The close points of every window of three consecutive points that lie on the same side of
   * the mean (none on it) and hold at least two close points.
   */
  private static boolean[] twoOfThree(boolean[] close, int[] side) {
    boolean[] flagged = new boolean[close.length];
    for (int start = 0; start + 3 <= close.length; start++) {
      int closeCount = 0;
      int sideSum = 0;
      for (int i = start; i < start + 3; i++) {
        closeCount += close[i] ? 1 : 0;
        sideSum += side[i];
      }
      if (closeCount >= 2 && Math.abs(sideSum) == 3) {
        for (int i = start; i < start + 3; i++) {
          flagged[i] |= close[i];
        }
      }
    }
    return flagged;
  }

  /** Points in a run of at least {@code points} points on one side of the mean. */
  private static boolean[] shift(int[] side, int points) {
    boolean[] flagged = new boolean[side.length];
    int start = 0;
    for (int i = 1; i <= side.length; i++) {
      boolean continues = i < side.length && side[i] == side[start];
      if (!continues) {
        if (side[start] != 0) {
          mark(flagged, start, i, points);
        }
        start = i;
      }
    }
    return flagged;
  }

  private static void mark(boolean[] flagged, int start, int end, int points) {
    if (end - start >= points) {
      Arrays.fill(flagged, start, end, true);
    }
  }
}
