package org.combatingdrugs.outcomes.target;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * A straight line from a baseline to a target's level: the baseline value at the end of the
 * baseline period, the target level at the end of the due period, and in between the value
 * expected if progress were even. Time is counted on an {@link ElapsedBasis}: days between end
 * dates, whole months between month ends, or whole quarters between quarter ends (31 March, 30
 * June, 30 September, 31 December). Exact.
 *
 * @param baseline the starting point
 * @param target the target, in the baseline's units, due strictly after the baseline period ends
 * @param basis how time is counted
 */
public record Trajectory(Baseline baseline, Target target, ElapsedBasis basis) {

  /** Validates units, periods and that the basis can count the span. */
  public Trajectory {
    checkNotNull(baseline, "baseline");
    checkNotNull(target, "target");
    checkNotNull(basis, "basis");
    Targets.checkSameUnit("target level", target.level(), "baseline", baseline.value());
    checkArgument(
        target.due().end().isAfter(baseline.period().end()),
        "target due period must end after the baseline period %s (ends %s) but was %s (ends %s)",
        baseline.period(),
        baseline.period().end(),
        target.due(),
        target.due().end());
    checkArgument(
        elapsed(baseline.period().end(), target.due().end(), basis) > 0,
        "target due period %s must end at least one %s after the baseline period %s",
        target.due(),
        basis,
        baseline.period());
  }

  /**
   * A linear trajectory from a given baseline (which may differ from the target's own).
   *
   * @param baseline the starting point
   * @param target the target to reach
   * @param basis how time is counted
   * @return the trajectory
   */
  public static Trajectory linear(Baseline baseline, Target target, ElapsedBasis basis) {
    return new Trajectory(baseline, target, basis);
  }

  /**
   * A linear trajectory from the target's own baseline.
   *
   * @param target a target set from a baseline (a change target)
   * @param basis how time is counted
   * @return the trajectory
   * @throws IllegalArgumentException when the target has no baseline
   */
  public static Trajectory linear(Target target, ElapsedBasis basis) {
    checkNotNull(target, "target");
    checkNotNull(basis, "basis");
    Optional<Baseline> own = target.baseline();
    checkArgument(
        own.isPresent(), "target must have a baseline to draw a trajectory but was %s", target);
    return new Trajectory(own.get(), target, basis);
  }

  /**
   * The share of the time from the baseline's end to the target's due end that has passed at the
   * end of {@code period}: 0 at the baseline's end, 1 at the due end.
   *
   * @param period a period ending within the trajectory (on a month or quarter end for those bases)
   * @return a fraction within 0..1
   * @throws IllegalArgumentException when the period ends before the baseline period's end or after
   *     the target's due end, or not on a boundary of the basis
   */
  public Exact elapsedFractionAt(ReportingPeriod period) {
    LocalDate start = baseline.period().end();
    LocalDate finish = target.due().end();
    LocalDate end = period.end();
    checkArgument(
        !end.isBefore(start),
        "period must not end before the baseline period %s ends (%s) but was %s (ends %s)",
        baseline.period(),
        start,
        period,
        end);
    checkArgument(
        !end.isAfter(finish),
        "period must not end after the target's due period %s ends (%s) but was %s (ends %s)",
        target.due(),
        finish,
        period,
        end);
    return Exact.of(elapsed(start, end, basis), elapsed(start, finish, basis));
  }

  /**
   * The value expected at the end of {@code period}: the baseline value moved towards the target
   * level in proportion to the time elapsed.
   *
   * @param period a period ending within the trajectory
   * @return the expected value, exact, in the baseline's units
   * @throws IllegalArgumentException as {@link #elapsedFractionAt}
   */
  public Quantity expectedAt(ReportingPeriod period) {
    Exact share = elapsedFractionAt(period);
    return baseline.value().plus(target.level().minus(baseline.value()).multiply(share));
  }

  /**
   * The line in words: {@code from 2,590 in 2022/23 to 2,700 by 2023/24, linear in months}; values
   * as {@link Quantity#toString()} rounds them.
   */
  @Override
  public String toString() {
    return "from "
        + baseline
        + " to "
        + target.level()
        + " by "
        + target.due().label()
        + ", linear in "
        + basis.name().toLowerCase(Locale.ROOT);
  }

  private static long elapsed(LocalDate from, LocalDate to, ElapsedBasis basis) {
    return switch (basis) {
      case DAYS -> ChronoUnit.DAYS.between(from, to);
      case MONTHS -> months(from, to, basis);
      case QUARTERS -> months(from, to, basis) / 3;
    };
  }

  private static long months(LocalDate from, LocalDate to, ElapsedBasis basis) {
    checkBoundary(from, basis);
    checkBoundary(to, basis);
    return ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to));
  }

  private static void checkBoundary(LocalDate date, ElapsedBasis basis) {
    checkArgument(
        date.getDayOfMonth() == date.lengthOfMonth(),
        "end date must be the end of a month to count time in %s but was %s",
        basis,
        date);
    checkArgument(
        basis != ElapsedBasis.QUARTERS || date.getMonthValue() % 3 == 0,
        "end date must be the end of a quarter (March, June, September, December) to count time"
            + " in QUARTERS but was %s",
        date);
  }
}
