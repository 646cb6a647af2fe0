package org.combatingdrugs.outcomes.target;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;

class TargetProperties {

  /** A bound target is only judged under the polarity it agrees with. */
  private static boolean agrees(Target target, Polarity polarity) {
    return !(target instanceof BoundTarget bound)
        || bound.bound() == (polarity == Polarity.HIGHER_IS_BETTER ? Bound.AT_LEAST : Bound.AT_MOST);
  }

  @Property
  void aMetTargetHasZeroShortfall(
      @ForAll("targets") Target target,
      @ForAll @LongRange(min = -100_000, max = 100_000) long actual,
      @ForAll("judging") Polarity polarity) {
    Assume.that(agrees(target, polarity));
    Attainment a = target.attainmentOf(Quantity.of(actual, Unit.COUNT), polarity);
    assertThat(a.shortfall().signum()).isGreaterThanOrEqualTo(0);
    assertThat(a.met()).isEqualTo(a.shortfall().signum() == 0);
  }

  @Property
  void improvingTheActualValueNeverIncreasesTheShortfallNorUnmeetsTheTarget(
      @ForAll("targets") Target target,
      @ForAll @LongRange(min = -100_000, max = 100_000) long actual,
      @ForAll @LongRange(min = 1, max = 100_000) long improvement,
      @ForAll("judging") Polarity polarity) {
    Assume.that(agrees(target, polarity));
    Attainment before = target.attainmentOf(Quantity.of(actual, Unit.COUNT), polarity);
    Attainment after =
        target.attainmentOf(
            Quantity.of(actual + polarity.better().signum() * improvement, Unit.COUNT), polarity);
    assertThat(after.shortfall().compareTo(before.shortfall())).isLessThanOrEqualTo(0);
    assertThat(!before.met() || after.met()).isTrue();
  }

  @Property
  void aBoundThatOpposesThePolarityIsRefused(
      @ForAll @LongRange(min = -100_000, max = 100_000) long limit,
      @ForAll("judging") Polarity polarity) {
    Bound opposite = polarity == Polarity.HIGHER_IS_BETTER ? Bound.AT_MOST : Bound.AT_LEAST;
    Target target = Target.stayWithin(opposite, Quantity.of(limit, Unit.COUNT), FinancialYear.of(2023));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> target.attainmentOf(Quantity.of(limit, Unit.COUNT), polarity))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contradicts polarity");
  }

  @Property
  void theTrajectoryPassesThroughItsBaselineAndItsTarget(
      @ForAll @IntRange(min = 2000, max = 2090) int baseYear,
      @ForAll @IntRange(min = 1, max = 5) int years,
      @ForAll @LongRange(min = 0, max = 1_000_000) long from,
      @ForAll @LongRange(min = 0, max = 1_000_000) long to,
      @ForAll ElapsedBasis basis) {
    Baseline baseline = Baseline.of(FinancialYear.of(baseYear), Quantity.of(from, Unit.COUNT));
    Target target = Target.reach(Quantity.of(to, Unit.COUNT), FinancialYear.of(baseYear + years));
    Trajectory t = Trajectory.linear(baseline, target, basis);
    assertThat(t.expectedAt(baseline.period())).isEqualTo(baseline.value());
    assertThat(t.expectedAt(target.due())).isEqualTo(target.level());
  }

  @Property
  void theTrajectoryIsMonotoneBetweenItsEnds(
      @ForAll @LongRange(min = 0, max = 1_000_000) long from,
      @ForAll @LongRange(min = 0, max = 1_000_000) long to,
      @ForAll @IntRange(min = 0, max = 24) int earlier,
      @ForAll @IntRange(min = 0, max = 24) int later,
      @ForAll ElapsedBasis basis) {
    Baseline baseline = Baseline.of(FinancialYear.of(2022), Quantity.of(from, Unit.COUNT));
    Target target = Target.reach(Quantity.of(to, Unit.COUNT), FinancialYear.of(2024));
    Trajectory t = Trajectory.linear(baseline, target, basis);
    int step = basis == ElapsedBasis.QUARTERS ? 3 : 1;
    int a = Math.min(earlier, later) / step * step;
    int b = Math.max(earlier, later) / step * step;
    Quantity first = t.expectedAt(monthAfterBaseline(a));
    Quantity second = t.expectedAt(monthAfterBaseline(b));
    int direction = Long.signum(to - from);
    assertThat(Integer.signum(second.compareTo(first)) * direction).isGreaterThanOrEqualTo(0);
    assertThat(Integer.signum(first.compareTo(baseline.value())) * direction)
        .isGreaterThanOrEqualTo(0);
    assertThat(Integer.signum(target.level().compareTo(second)) * direction)
        .isGreaterThanOrEqualTo(0);
    assertThat(second.amount().compareTo(Exact.of(Math.max(from, to)))).isLessThanOrEqualTo(0);
  }

  private static CalendarMonth monthAfterBaseline(int months) {
    int index = 2023 * 12 + 2 + months; // March 2023 is month index 2 of 2023
    return CalendarMonth.of(index / 12, index % 12 + 1);
  }

  @Provide
  Arbitrary<Target> targets() {
    Arbitrary<Long> levels = Arbitraries.longs().between(-100_000, 100_000);
    Arbitrary<Target> reach =
        levels.map(l -> Target.reach(Quantity.of(l, Unit.COUNT), FinancialYear.of(2023)));
    Arbitrary<Target> bound =
        Combinators.combine(Arbitraries.of(Bound.class), levels)
            .as((b, l) -> Target.stayWithin(b, Quantity.of(l, Unit.COUNT), FinancialYear.of(2023)));
    Arbitrary<Target> relative =
        Combinators.combine(levels, Arbitraries.integers().between(-99, 300))
            .as(
                (l, pct) ->
                    Target.changeBy(
                        Baseline.of(FinancialYear.of(2022), Quantity.of(l, Unit.COUNT)),
                        Exact.of(pct, 100),
                        FinancialYear.of(2023)));
    Arbitrary<Target> absolute =
        Combinators.combine(levels, levels)
            .as(
                (l, d) ->
                    Target.changeByAbsolute(
                        Baseline.of(FinancialYear.of(2022), Quantity.of(l, Unit.COUNT)),
                        Quantity.of(d, Unit.COUNT),
                        FinancialYear.of(2023)));
    return Arbitraries.oneOf(reach, bound, relative, absolute);
  }

  @Provide
  Arbitrary<Polarity> judging() {
    return Arbitraries.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER);
  }
}
