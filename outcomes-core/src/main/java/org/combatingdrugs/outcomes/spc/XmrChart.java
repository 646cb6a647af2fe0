package org.combatingdrugs.outcomes.spc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.combatingdrugs.outcomes.judgement.Polarised;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.exact.Digits;

/**
 * An XmR (individuals and moving range) chart as NHSRplotthedots draws it: per group of points (a
 * new group starts at each rebase) a mean, a mean moving range, process limits at mean ± 2.66 ×
 * mean moving range and two-sigma lines at two thirds of that; each point is flagged by the first
 * special-cause rule that fires for it.
 *
 * @param points the charted points with their flags
 * @param groups the groups, in order, each with its mean and limits
 * @param polarity which direction is an improvement
 * @param options how the chart was computed
 */
public record XmrChart(
    ImmutableList<XmrPoint> points,
    ImmutableList<XmrGroup> groups,
    Polarity polarity,
    XmrOptions options) {

  /** Scaling of the mean moving range to three sigma: 3 / 1.128, rounded as the tools round it. */
  public static final double LIMIT_FACTOR = 2.66;

  /** Scaling of the mean moving range to two sigma: 2 × (2.66 / 3), as NHSRplotthedots computes it. */
  public static final double NEAR_LIMIT_FACTOR = 2 * (LIMIT_FACTOR / 3);

  /** Moving ranges of this multiple of their mean or more are screened out: 3.267 (D4 for n = 2). */
  public static final double SCREENING_FACTOR = 3.267;

  /** Checks that every part is present and there is a point and a group. */
  public XmrChart {
    checkNotNull(points, "points");
    checkNotNull(groups, "groups");
    checkNotNull(polarity, "polarity");
    checkNotNull(options, "options");
    checkArgument(!points.isEmpty() && !groups.isEmpty(), "a chart must hold a point and a group");
  }

  /**
   * Charts a series as one group.
   *
   * @param values the series, at least one finite value; missing values are refused
   * @param judgedBy which direction is better: a {@link Polarity}, or the metric or measurement
   * @param options how to compute
   * @return the chart
   * @throws IllegalArgumentException naming the index of a missing or non-finite value, or the
   *     largest and smallest values when they are so far apart that the limits would not be finite
   *     (alternating 1e308 and 1e-308, for one)
   */
  public static XmrChart of(List<Double> values, Polarised judgedBy, XmrOptions options) {
    return of(values, judgedBy.polarity(), options, List.of());
  }

  /**
   * Charts a series in groups, each with its own limits.
   *
   * @param values the series, at least one finite value; missing values are refused
   * @param judgedBy which direction is better: a {@link Polarity}, or the metric or measurement
   * @param options how to compute
   * @param rebaseAt the indices at which new groups start, increasing, each within 1..size−1
   * @return the chart
   * @throws IllegalArgumentException naming the index of a missing or non-finite value, a bad
   *     rebase, or a group's largest and smallest values (with their indices) when they are so far
   *     apart that the limits would not be finite
   */
  public static XmrChart of(
      List<Double> values, Polarised judgedBy, XmrOptions options, List<Integer> rebaseAt) {
    checkNotNull(values, "values");
    checkNotNull(judgedBy, "judgedBy");
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
    ImmutableList.Builder<XmrGroup> groups = ImmutableList.builderWithExpectedSize(starts.length);
    ImmutableList.Builder<XmrPoint> points = ImmutableList.builderWithExpectedSize(x.length);
    Polarity polarity = judgedBy.polarity();
    for (int g = 0; g < starts.length; g++) {
      int from = starts[g];
      int to = g + 1 < starts.length ? starts[g + 1] : x.length;
      GroupLimits.Baseline baseline = GroupLimits.of(x, from, to, options);
      groups.add(
          new XmrGroup(
              g,
              from,
              to - from,
              baseline.mean(),
              baseline.limits(),
              to - from < options.shortGroupBelow()));
      SpecialCauseRules rules =
          SpecialCauseRules.apply(x, from, to, baseline.mean(), baseline.limits(), options);
      for (int i = from; i < to; i++) {
        int k = i - from;
        Optional<SpecialCause> cause = rules.causes[k];
        Variation variation =
            cause.isPresent() ? Variation.of(cause.get().direction(), polarity) : Variation.COMMON_CAUSE;
        Side side = rules.side[k] > 0 ? Side.ABOVE : rules.side[k] < 0 ? Side.BELOW : Side.ON_MEAN;
        points.add(new XmrPoint(i, x[i], g, side, rules.outside[k], rules.close[k], cause, variation));
      }
    }
    return new XmrChart(points.build(), groups.build(), polarity, options);
  }

  /** The limits of each group, in order. */
  public ImmutableList<Result<ControlLimits, LimitsReason>> limits() {
    return groups.stream().map(XmrGroup::limits).collect(ImmutableList.toImmutableList());
  }

  /** The last group: the one whose limits judge the latest points. */
  public XmrGroup lastGroup() {
    return groups.get(groups.size() - 1);
  }

  /** The latest point. */
  public XmrPoint latest() {
    return points.get(points.size() - 1);
  }

  /** Whether any group is short (fewer points than {@link XmrOptions#shortGroupBelow()}). */
  public boolean hasShortGroup() {
    return groups.stream().anyMatch(XmrGroup::shortGroup);
  }

  /**
   * The number of points showing a variation.
   *
   * @param variation the variation
   * @return how many points show it, 0 or more
   */
  public int count(Variation variation) {
    checkNotNull(variation, "variation");
    return (int) points.stream().filter(p -> p.variation() == variation).count();
  }

  /** The number of special-cause points in the improving direction. */
  public int improvementCount() {
    return count(Variation.SPECIAL_CAUSE_IMPROVING);
  }

  /** The number of special-cause points in the concerning direction. */
  public int concernCount() {
    return count(Variation.SPECIAL_CAUSE_CONCERNING);
  }

  /** The number of neutral special-cause points, high and low, of a measure with no direction. */
  public int neutralCount() {
    return count(Variation.SPECIAL_CAUSE_NEUTRAL_HIGH) + count(Variation.SPECIAL_CAUSE_NEUTRAL_LOW);
  }

  /** The number of common-cause points. */
  public int commonCauseCount() {
    return count(Variation.COMMON_CAUSE);
  }

  /**
   * The assurance of meeting a target, from the last group's limits, as NHSRplotthedots judges
   * it: for an increase, a target below the lower limit consistently passes and one above the
   * upper limit consistently fails; a target on a limit or between them is hit and miss. Mirrored
   * for a decrease.
   *
   * @param target the target, finite
   * @return the assurance; not computed with {@link AssuranceReason#NO_JUDGEMENT_POLARITY} for a
   *     measure with no better direction, or with {@link AssuranceReason#NO_VARIATION} or {@link
   *     AssuranceReason#TOO_FEW_POINTS} when the last group's limits are not computed
   */
  public Result<Assurance, AssuranceReason> assurance(double target) {
    checkArgument(Double.isFinite(target), "target must be finite but was %s", target);
    if (!polarity.judges()) {
      return Result.notComputed(AssuranceReason.NO_JUDGEMENT_POLARITY);
    }
    Result<ControlLimits, LimitsReason> last = lastGroup().limits();
    Optional<LimitsReason> missing = last.reason();
    if (missing.isPresent()) {
      return Result.notComputed(AssuranceReason.of(missing.get()));
    }
    ControlLimits computed = last.orElseThrow();
    boolean allAbove = computed.lower() > target;
    boolean allBelow = computed.upper() < target;
    if (!allAbove && !allBelow) {
      return Result.computed(Assurance.HIT_AND_MISS);
    }
    boolean passes = polarity == Polarity.HIGHER_IS_BETTER ? allAbove : allBelow;
    return Result.computed(passes ? Assurance.CONSISTENTLY_PASSES : Assurance.CONSISTENTLY_FAILS);
  }

  /**
   * A one-line summary, not every point: {@code XmR chart of 24 points in 2 groups; last group mean
   * 12.50, limits [5.00, 20.00]; 2 improving, 1 concerning, 21 common cause}. A chart of a measure
   * with no direction counts its special causes as neutral; a short group adds {@code ; trial
   * limits (a group of fewer than 13 points)}; limits that cannot be computed say why. Numbers as
   * {@link ControlLimits#toString()} rounds them (half-up); the points are {@link #points()}.
   */
  @Override
  public String toString() {
    XmrGroup last = lastGroup();
    String limits =
        last.limits()
            .value()
            .map(l -> l.centre(l.decimals()))
            .orElseGet(
                () ->
                    "mean "
                        + Digits.rounded(last.mean())
                        + ", limits not computed: "
                        + last.limits().reason().map(LimitsReason::sentence).orElse(""));
    String causes =
        polarity.judges()
            ? improvementCount() + " improving, " + concernCount() + " concerning"
            : neutralCount() + " neutral";
    return "XmR chart of "
        + (points.size() == 1 ? "1 point" : points.size() + " points")
        + " in "
        + (groups.size() == 1 ? "1 group" : groups.size() + " groups")
        + "; "
        + (groups.size() == 1 ? "" : "last group ")
        + limits
        + "; "
        + causes
        + ", "
        + commonCauseCount()
        + " common cause"
        + (hasShortGroup()
            ? "; trial limits (a group of fewer than " + options.shortGroupBelow() + " points)"
            : "");
  }

  private static int[] groupStarts(List<Integer> rebaseAt, int size) {
    int[] starts = new int[rebaseAt.size() + 1];
    int previous = 0;
    for (int i = 0; i < rebaseAt.size(); i++) {
      Integer at = rebaseAt.get(i);
      checkArgument(at != null, "rebaseAt[%s] must not be missing", i);
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
}
