package org.combatingdrugs.outcomes.target;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.judgement.Polarised;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.result.Result;

/**
 * A target a metric should meet by the end of a reporting period. Four kinds: reach a level, change
 * by a relative or an absolute amount from a baseline, or stay within a bound. Every kind resolves
 * to one {@link #level()} in the metric's units; what counts as meeting it depends on the metric's
 * polarity (reach and change targets) or on the bound itself ({@link BoundTarget}).
 *
 * <p>A target with a baseline is never due before it: the due period must not end before the
 * baseline period ends.
 */
public sealed interface Target
    permits ReachTarget, RelativeChangeTarget, AbsoluteChangeTarget, BoundTarget {

  /** The period by whose end the target is due. */
  ReportingPeriod due();

  /** The value to attain, in the metric's units. */
  Quantity level();

  /** The baseline the target is set from; empty for a level or a bound set without one. */
  Optional<Baseline> baseline();

  /**
   * The side of {@link #level()} that counts as meeting the target for a metric of the given
   * polarity: at least the level when higher is better, at most when lower is better, and the
   * bound's own side for {@link BoundTarget} whatever the polarity. A lookup, not an answer that
   * may fail to be computed: to judge a value use {@link #attainmentOf}, which says why when it
   * cannot.
   *
   * @param judgedBy which direction is better: a {@link Polarity}, or the metric or measurement
   * @return the bound; empty exactly when no side meets it ({@link Polarity#NO_JUDGEMENT} for a
   *     reach or change target)
   */
  Optional<Bound> meetingBound(Polarised judgedBy);

  /**
   * How far an actual value is from this target.
   *
   * @param actual the actual (or projected) value, in the target's units
   * @param judgedBy which direction is better: a {@link Polarity}, or the metric or measurement
   * @return the attainment; not computed with {@link AttainmentReason#NO_JUDGEMENT_POLARITY} for a
   *     reach or change target of a {@link Polarity#NO_JUDGEMENT} metric (a {@link BoundTarget}
   *     is judged by its own bound)
   * @throws IllegalArgumentException when the units differ, or when a {@link BoundTarget}'s bound
   *     contradicts the polarity
   */
  default Result<Attainment, AttainmentReason> attainmentOf(Quantity actual, Polarised judgedBy) {
    checkNotNull(actual, "actual");
    Optional<Bound> bound = meetingBound(judgedBy.polarity());
    if (bound.isEmpty()) {
      Targets.checkSameUnit("actual", actual, "target level", level());
      return Result.notComputed(AttainmentReason.NO_JUDGEMENT_POLARITY);
    }
    return Result.computed(Attainment.of(level(), actual, bound.get()));
  }

  /**
   * Reach a level by the end of a period (Dorset: 2,700 adults in treatment by 2023/24).
   *
   * @param level the level to reach
   * @param due the period by whose end it is due
   * @return the target
   */
  static ReachTarget reach(Quantity level, ReportingPeriod due) {
    return new ReachTarget(level, due);
  }

  /**
   * Change by a relative amount from a baseline: the level is {@code baseline × (1 + relative)}.
   *
   * @param baseline the starting value
   * @param relative the relative change, greater than −1 ({@code -1/10} for a 10% reduction)
   * @param due the period by whose end it is due; must not end before the baseline's period
   * @return the target
   */
  static RelativeChangeTarget changeBy(
      Baseline baseline, Exact relative, ReportingPeriod due) {
    return new RelativeChangeTarget(baseline, relative, due);
  }

  /**
   * Change by an absolute amount from a baseline: the level is {@code baseline + delta}.
   *
   * @param baseline the starting value
   * @param delta the change, in the baseline's units (percentage points for a percentage)
   * @param due the period by whose end it is due; must not end before the baseline's period
   * @return the target
   */
  static AbsoluteChangeTarget changeByAbsolute(
      Baseline baseline, Quantity delta, ReportingPeriod due) {
    return new AbsoluteChangeTarget(baseline, delta, due);
  }

  /**
   * Stay at most, or at least, at a limit by the end of a period.
   *
   * @param bound the acceptable side of the limit
   * @param limit the limit, in the metric's units
   * @param due the period by whose end it is due
   * @return the target
   */
  static BoundTarget stayWithin(Bound bound, Quantity limit, ReportingPeriod due) {
    return new BoundTarget(bound, limit, due);
  }
}
