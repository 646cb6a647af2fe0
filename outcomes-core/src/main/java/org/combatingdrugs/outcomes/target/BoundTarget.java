package org.combatingdrugs.outcomes.target;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.combatingdrugs.outcomes.judgement.Polarised;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * Stay at most, or at least, at a limit by the end of a period. The bound itself says which side is
 * acceptable, so the metric's polarity is not needed to judge it. Create with {@link
 * Target#stayWithin}.
 *
 * @param bound the acceptable side of the limit
 * @param limit the limit, in the metric's units; also the target's {@link #level()}
 * @param due the period by whose end it is due
 */
public record BoundTarget(Bound bound, Quantity limit, ReportingPeriod due) implements Target {

  /** Checks that all parts are present. */
  public BoundTarget {
    checkNotNull(bound, "bound");
    checkNotNull(limit, "limit");
    checkNotNull(due, "due");
  }

  /** The limit. */
  @Override
  public Quantity level() {
    return limit;
  }

  /** Always empty: a bound is set without a baseline. */
  @Override
  public Optional<Baseline> baseline() {
    return Optional.empty();
  }

  /**
   * The bound. A metric with no judgement may still be held within a bound; a bound that opposes
   * a judging polarity (at most a level of a metric where higher is better) is refused, since
   * improving the value would then break it.
   *
   * @throws IllegalArgumentException when the bound opposes the polarity
   */
  @Override
  public Optional<Bound> meetingBound(Polarised judgedBy) {
    checkNotNull(judgedBy, "judgedBy");
    Optional<Bound> natural = Targets.boundForPolarity(judgedBy.polarity());
    checkArgument(
        natural.isEmpty() || natural.get() == bound,
        "bound %s contradicts polarity %s: improving the value would break the target",
        bound,
        judgedBy.polarity());
    return Optional.of(bound);
  }

  /** The target in words: {@code stay at most 5.0% by 2024/25}; the limit as {@link Quantity#toString()} rounds it. */
  @Override
  public String toString() {
    return "stay " + bound.phrase() + " " + limit + " by " + due.label();
  }
}
