package org.combatingdrugs.outcomes.target;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.combatingdrugs.outcomes.judgement.Polarised;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * Change by an absolute amount from a baseline by the end of a period ("100 more adults in
 * treatment", "5 percentage points higher"). The level is {@code from + delta}. Create with {@link
 * Target#changeByAbsolute}.
 *
 * @param from the baseline
 * @param delta the change, in the baseline's units (percentage points for a percentage)
 * @param due the period by whose end it is due; must not end before the baseline's period
 */
public record AbsoluteChangeTarget(Baseline from, Quantity delta, ReportingPeriod due)
    implements Target {

  /** Validates the units and the order of the periods. */
  public AbsoluteChangeTarget {
    checkNotNull(from, "from");
    checkNotNull(delta, "delta");
    checkNotNull(due, "due");
    Targets.checkSameUnit("delta", delta.asDifference(), "baseline", from.value().asDifference());
    Targets.checkDueNotBeforeBaseline(from, due);
  }

  @Override
  public Quantity level() {
    return from.value().plus(delta.asDifference());
  }

  @Override
  public Optional<Baseline> baseline() {
    return Optional.of(from);
  }

  @Override
  public Optional<Bound> meetingBound(Polarised judgedBy) {
    return Targets.boundForPolarity(judgedBy.polarity());
  }

  /**
   * The target in words, with the level it leads to: {@code change by +110 from 2,590 in 2022/23 to
   * 2,700 by 2023/24}, {@code change by +5.0 pp from 45.2% in 2022/23 to 50.2% by 2024/25}; values
   * as {@link Quantity#toString()} rounds them, the change as {@link Quantity#toDifferenceString()}.
   */
  @Override
  public String toString() {
    return "change by " + delta.toDifferenceString() + " from " + from + " to " + level() + " by " + due.label();
  }
}
