package org.combatingdrugs.outcomes.spc;

import java.util.Arrays;
import java.util.Optional;

/** The four special-cause rules applied to one group, in order of precedence. */
final class SpecialCauseRules {

  private SpecialCauseRules() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Optional<SpecialCauseRule>[] apply(double[] x, int from, int to, Limits limits, XmrOptions options) {
    Optional<SpecialCauseRule>[] rules = new Optional[to - from];
    Arrays.fill(rules, Optional.empty());
    if (!(limits instanceof Limits.Computed)) {
      return rules;
    }
    Limits.Computed l = (Limits.Computed) limits;
    boolean[] outside = new boolean[to - from];
    boolean[] nearTwoOfThree = new boolean[to - from];
    boolean[] shift = new boolean[to - from];
    for (int i = from; i < to; i++) {
      outside[i - from] = x[i] > l.upper() || x[i] < l.lower();
    }
    boolean[] trend = trend(x, from, to, options.trendPoints());
    for (int start = from; start + 3 <= to; start++) {
      for (int side = -1; side <= 1; side += 2) {
        int beyond = 0;
        for (int i = start; i < start + 3; i++) {
          beyond += beyondNear(x[i], l, side) ? 1 : 0;
        }
        if (beyond >= 2) {
          for (int i = start; i < start + 3; i++) {
            nearTwoOfThree[i - from] |= beyondNear(x[i], l, side);
          }
        }
      }
    }
    int runStart = from;
    for (int i = from; i <= to; i++) {
      boolean continues =
          i < to && i > runStart && Math.signum(x[i] - l.mean()) == Math.signum(x[runStart] - l.mean());
      if (!continues) {
        if (i - runStart >= options.shiftPoints() && x[runStart] != l.mean()) {
          for (int k = runStart; k < i; k++) {
            shift[k - from] = true;
          }
        }
        runStart = i;
      }
    }
    for (int i = 0; i < rules.length; i++) {
      rules[i] =
          outside[i]
              ? Optional.of(SpecialCauseRule.OUTSIDE_LIMITS)
              : trend[i]
                  ? Optional.of(SpecialCauseRule.TREND)
                  : nearTwoOfThree[i]
                      ? Optional.of(SpecialCauseRule.TWO_OF_THREE_NEAR_LIMITS)
                      : shift[i] ? Optional.of(SpecialCauseRule.SHIFT) : Optional.empty();
    }
    return rules;
  }

  /** For each point, whether it belongs to a rising run (as opposed to a falling one). */
  static boolean[] risingTrend(double[] x, int from, int to, XmrOptions options) {
    return run(x, from, to, options.trendPoints(), 1);
  }

  private static boolean[] trend(double[] x, int from, int to, int points) {
    boolean[] up = run(x, from, to, points, 1);
    boolean[] down = run(x, from, to, points, -1);
    boolean[] any = new boolean[to - from];
    for (int i = 0; i < any.length; i++) {
      any[i] = up[i] || down[i];
    }
    return any;
  }

  /** Points in runs of at least {@code points} points, each strictly beyond the last in a sign. */
  private static boolean[] run(double[] x, int from, int to, int points, int sign) {
    boolean[] flagged = new boolean[to - from];
    int start = from;
    for (int i = from + 1; i <= to; i++) {
      boolean continues = i < to && Math.signum(x[i] - x[i - 1]) == sign;
      if (!continues) {
        if (i - start >= points) {
          for (int k = start; k < i; k++) {
            flagged[k - from] = true;
          }
        }
        start = i;
      }
    }
    return flagged;
  }

  private static boolean beyondNear(double value, Limits.Computed l, int side) {
    return side > 0 ? value > l.nearUpper() : value < l.nearLower();
  }
}
