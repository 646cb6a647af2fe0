package org.combatingdrugs.outcomes.spc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * An XmR (individuals and moving range) chart: per group of points (a new group starts at each
 * rebase) a mean, a mean moving range, process limits at mean ± 2.66 × mean moving range and near
 * limits at two sigma; each point is flagged by the first special-cause rule that fires for it.
 *
 * @param points the charted points with their flags
 * @param limits the limits of each group, in order
 * @param direction which direction is an improvement
 * @param options how the chart was computed
 */
public record XmrChart(
    ImmutableList<XmrPoint> points,
    ImmutableList<Limits> limits,
    ImprovementDirection direction,
    XmrOptions options) {

  /** Scaling of the mean moving range to three sigma: 3 / 1.128. */
  public static final double LIMIT_FACTOR = 2.66;

  /** Moving ranges above this multiple of their mean are screened out: 3.267 (D4 for n = 2). */
  public static final double SCREENING_FACTOR = 3.267;

  /** Checks that every part is present. */
  public XmrChart {
    checkNotNull(points, "points");
    checkNotNull(limits, "limits");
    checkNotNull(direction, "direction");
    checkNotNull(options, "options");
  }

  /**
   * Charts a series as one group.
   *
   * @param values the series, at least one finite value; missing values are refused
   * @param direction which direction is an improvement
   * @param options how to compute
   * @return the chart
   */
  public static XmrChart of(List<Double> values, ImprovementDirection direction, XmrOptions options) {
    return of(values, direction, options, List.of());
  }

  /**
   * Charts a series in groups, each with its own limits.
   *
   * @param values the series, at least one finite value; missing values are refused
   * @param direction which direction is an improvement
   * @param options how to compute
   * @param rebaseAt the indices at which new groups start, increasing, each within 1..size−1
   * @return the chart
   * @throws IllegalArgumentException naming the index of a missing or non-finite value, or a bad
   *     rebase
   */
  public static XmrChart of(
      List<Double> values, ImprovementDirection direction, XmrOptions options, List<Integer> rebaseAt) {
    checkNotNull(values, "values");
    checkNotNull(direction, "direction");
    checkNotNull(options, "options");
    checkNotNull(rebaseAt, "rebaseAt");
    checkArgument(!values.isEmpty(), "values must not be empty");
    double[] x = new double[values.size()];
    for (int i = 0; i < x.length; i++) {
      Double value = values.get(i);
      checkArgument(
          value != null && Double.isFinite(value),
          "values[%s] must be a finite number (missing values are not allowed) but was %s",
          i,
          value);
      x[i] = value;
    }
    int[] starts = groupStarts(rebaseAt, x.length);
    ImmutableList.Builder<Limits> limits = ImmutableList.builder();
    ImmutableList.Builder<XmrPoint> points = ImmutableList.builder();
    for (int g = 0; g < starts.length; g++) {
      int from = starts[g];
      int to = g + 1 < starts.length ? starts[g + 1] : x.length;
      Limits groupLimits = limitsOf(x, from, to, options);
      limits.add(groupLimits);
      Optional<SpecialCauseRule>[] rules = SpecialCauseRules.apply(x, from, to, groupLimits, options);
      boolean[] rising = SpecialCauseRules.risingTrend(x, from, to, options);
      for (int i = from; i < to; i++) {
        Optional<SpecialCauseRule> rule = rules[i - from];
        Variation variation = Variation.COMMON_CAUSE;
        if (rule.isPresent()) {
          boolean high =
              rule.get() == SpecialCauseRule.TREND
                  ? rising[i - from]
                  : x[i] > ((Limits.Computed) groupLimits).mean();
          variation = Variation.of(high, direction);
        }
        points.add(new XmrPoint(i, x[i], g, rule, variation));
      }
    }
    return new XmrChart(points.build(), limits.build(), direction, options);
  }

  /**
   * The assurance of meeting a target, from the last group's limits: for an increase, a lower
   * limit above the target consistently passes and an upper limit below it consistently fails; a
   * target on a limit or between them is hit and miss. Mirrored for a decrease.
   *
   * @param target the target, finite
   * @return the assurance; empty for a neutral direction or when the limits are not computable
   */
  public Optional<Assurance> assurance(double target) {
    checkArgument(Double.isFinite(target), "target must be finite but was %s", target);
    Limits last = limits.get(limits.size() - 1);
    if (direction == ImprovementDirection.NEUTRAL || !(last instanceof Limits.Computed)) {
      return Optional.empty();
    }
    Limits.Computed computed = (Limits.Computed) last;
    boolean allAbove = computed.lower() > target;
    boolean allBelow = computed.upper() < target;
    if (!allAbove && !allBelow) {
      return Optional.of(Assurance.HIT_AND_MISS);
    }
    boolean passes = direction == ImprovementDirection.INCREASE ? allAbove : allBelow;
    return Optional.of(passes ? Assurance.CONSISTENTLY_PASSES : Assurance.CONSISTENTLY_FAILS);
  }

  private static int[] groupStarts(List<Integer> rebaseAt, int size) {
    int[] starts = new int[rebaseAt.size() + 1];
    int previous = 0;
    for (int i = 0; i < rebaseAt.size(); i++) {
      int at = checkNotNull(rebaseAt.get(i), "rebase");
      checkArgument(
          at > previous && at < size,
          "rebaseAt must increase within 1..%s but held %s after %s",
          size - 1,
          at,
          previous);
      starts[i + 1] = at;
      previous = at;
    }
    return starts;
  }

  private static Limits limitsOf(double[] x, int from, int to, XmrOptions options) {
    int end = options.fixAfter().isPresent() ? Math.min(to, from + options.fixAfter().getAsInt()) : to;
    if (end - from < 2) {
      return new Limits.NotComputable(Limits.Reason.TOO_FEW_POINTS);
    }
    double sum = 0;
    for (int i = from; i < end; i++) {
      sum += x[i];
    }
    double mean = sum / (end - from);
    double[] ranges = new double[end - from - 1];
    for (int i = from + 1; i < end; i++) {
      ranges[i - from - 1] = Math.abs(x[i] - x[i - 1]);
    }
    double meanRange = mean(ranges, Double.MAX_VALUE);
    if (options.screenMovingRanges()) {
      meanRange = mean(ranges, SCREENING_FACTOR * meanRange);
    }
    if (!(meanRange > 0)) {
      return new Limits.NotComputable(Limits.Reason.NO_VARIATION);
    }
    double half = LIMIT_FACTOR * meanRange;
    double near = half * 2 / 3;
    return new Limits.Computed(mean, meanRange, mean - half, mean + half, mean - near, mean + near);
  }

  private static double mean(double[] values, double ceiling) {
    double sum = 0;
    int count = 0;
    for (double value : values) {
      if (value <= ceiling) {
        sum += value;
        count++;
      }
    }
    return count == 0 ? 0 : sum / count;
  }
}
