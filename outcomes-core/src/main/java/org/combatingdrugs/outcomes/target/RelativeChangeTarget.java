package org.combatingdrugs.outcomes.target;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.judgement.Polarised;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * Change by a relative amount from a baseline by the end of a period ("reduce by 10% from the 2019
 * baseline"). The level is {@code from × (1 + relative)}, exactly. Create with {@link
 * Target#changeBy}.
 *
 * @param from the baseline
 * @param relative the relative change, greater than −1 ({@code -1/10} for a 10% reduction)
 * @param due the period by whose end it is due; must not end before the baseline's period
 */
public record RelativeChangeTarget(Baseline from, Exact relative, ReportingPeriod due)
    implements Target {

  /** Validates the change and the order of the periods. */
  public RelativeChangeTarget {
    checkNotNull(from, "from");
    checkNotNull(relative, "relative");
    checkNotNull(due, "due");
    checkArgument(
        relative.compareTo(Exact.ONE.negate()) > 0,
        "relative must be greater than -1 but was %s",
        relative);
    Targets.checkDueNotBeforeBaseline(from, due);
  }

  @Override
  public Quantity level() {
    return from.value().multiply(Exact.ONE.add(relative));
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
   * The target in words, with the level it leads to: {@code change by -10.0% from 59 in 2019 to
   * 53.1 by 2024}. The relative change is a signed percentage to one decimal place, rounded
   * half-up; values as {@link Quantity#toString()} rounds them. The exact change is {@link
   * #relative()}.
   */
  @Override
  public String toString() {
    return "change by " + Targets.signedPercent(relative) + " from " + from + " to " + level() + " by " + due.label();
  }
}
