package org.combatingdrugs.outcomes.target;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.combatingdrugs.outcomes.judgement.Polarised;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * Reach a level by the end of a period: at least the level when higher is better, at most when
 * lower is better. Create with {@link Target#reach}.
 *
 * @param level the level to reach, in the metric's units
 * @param due the period by whose end it is due
 */
public record ReachTarget(Quantity level, ReportingPeriod due) implements Target {

  /** Checks that both parts are present. */
  public ReachTarget {
    checkNotNull(level, "level");
    checkNotNull(due, "due");
  }

  /** Always empty: a level is set without a baseline. */
  @Override
  public Optional<Baseline> baseline() {
    return Optional.empty();
  }

  @Override
  public Optional<Bound> meetingBound(Polarised judgedBy) {
    return Targets.boundForPolarity(judgedBy.polarity());
  }

  /** The target in words: {@code reach 2,700 by 2023/24}; the level as {@link Quantity#toString()} rounds it. */
  @Override
  public String toString() {
    return "reach " + level + " by " + due.label();
  }
}
