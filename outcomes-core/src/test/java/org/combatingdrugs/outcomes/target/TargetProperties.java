package org.combatingdrugs.outcomes.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialQuarter;
import org.combatingdrugs.outcomes.period.FinancialYear;

class TargetProperties {

  private static Quantity count(long n) {
    return Quantity.of(n, Unit.COUNT);
  }

  /**
   * The attainment of a value under a polarity, or empty when the target cannot be judged so: a
   * reach or change target of a NO_JUDGEMENT metric, or a bound that contradicts the polarity. Each
   * refusal is checked to be the documented one.
   */
  private static Optional<Attainment> attainment(Target target, Quantity actual, Polarity polarity) {
    if (target instanceof BoundTarget bound && polarity.judges()
        && bound.bound() != (polarity == Polarity.HIGHER_IS_BETTER ? Bound.AT_LEAST : Bound.AT_MOST)) {
      assertThatThrownBy(() -> target.attainmentOf(actual, polarity))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("contradicts polarity");
      return Optional.empty();
    }
    if (!(target instanceof BoundTarget) && !polarity.judges()) {
      assertThat(target.meetingBound(polarity)).isEmpty();
      assertThat(target.attainmentOf(actual, polarity).reason())
          .contains(AttainmentReason.NO_JUDGEMENT_POLARITY);
      return Optional.empty();
    }
    return Optional.of(target.attainmentOf(actual, polarity).orElseThrow());
  }

  /**
   * Fails the property unless it reaches every polarity and kind of target, targets met and not
   * met, values exactly on the level and levels of zero.
   */
  private static void cover(Target target, Quantity actual, Polarity polarity, Optional<Attainment> attainment) {
    coverKind(target);
    coverVerdict(target, actual, polarity, attainment);
  }

  private static void coverKind(Target target) {
    Statistics.label("kind").collect(target.getClass().getSimpleName());
    Statistics.label("kind").coverage(checker -> {
      for (String kind : new String[] {"ReachTarget", "BoundTarget", "RelativeChangeTarget", "AbsoluteChangeTarget"}) {
        checker.check(kind).count(c -> c > 0);
      }
    });
  }

  private static void coverVerdict(
      Target target, Quantity actual, Polarity polarity, Optional<Attainment> attainment) {
    Statistics.label("polarity").collect(polarity);
    Statistics.label("verdict")
        .collect(attainment.map(a -> a.met() ? "met" : "not met").orElse("not judged"));
    Statistics.label("on the level").collect(actual.equals(target.level()));
    Statistics.label("zero level").collect(target.level().signum() == 0);
    Statistics.label("polarity").coverage(checker -> {
      for (Polarity each : Polarity.values()) {
        checker.check(each).count(c -> c > 0);
      }
    });
    Statistics.label("verdict").coverage(checker -> {
      checker.check("met").percentage(p -> p > 10);
      checker.check("not met").percentage(p -> p > 10);
      checker.check("not judged").count(c -> c > 0);
    });
    Statistics.label("on the level").coverage(checker -> checker.check(true).count(c -> c > 0));
    Statistics.label("zero level").coverage(checker -> checker.check(true).count(c -> c > 0));
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void aMetTargetHasZeroShortfall(
      @ForAll("targets") Target target,
      @ForAll @LongRange(min = -100_000, max = 100_000) long actual,
      @ForAll("polarities") Polarity polarity) {
    Optional<Attainment> attainment = attainment(target, count(actual), polarity);
    cover(target, count(actual), polarity, attainment);
    attainment.ifPresent(a -> {
      assertThat(a.shortfall().signum()).isGreaterThanOrEqualTo(0);
      assertThat(a.met()).isEqualTo(a.shortfall().signum() == 0);
      assertThat(a.level()).isEqualTo(target.level());
    });
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void improvingTheActualValueNeverIncreasesTheShortfallNorUnmeetsTheTarget(
      @ForAll("targets") Target target,
      @ForAll @LongRange(min = -100_000, max = 100_000) long actual,
      @ForAll @LongRange(min = 1, max = 100_000) long improvement,
      @ForAll("polarities") Polarity polarity) {
    Optional<Attainment> before = attainment(target, count(actual), polarity);
    cover(target, count(actual), polarity, before);
    if (before.isEmpty()) {
      return;
    }
    // A bound judged without a polarity improves towards its own side.
    int better =
        polarity.judges() ? polarity.better().signum() : before.get().bound() == Bound.AT_LEAST ? 1 : -1;
    Attainment after = target.attainmentOf(count(actual + better * improvement), polarity).orElseThrow();
    assertThat(after.shortfall().compareTo(before.get().shortfall())).isLessThanOrEqualTo(0);
    assertThat(!before.get().met() || after.met()).isTrue();
  }

  /**
   * Reversing the polarity reverses the verdict: off the level exactly one polarity meets a reach
   * or change target, on it both do, and the two shortfalls add up to the distance from the level.
   */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void reversingThePolarityReversesTheVerdict(
      @ForAll("targets") Target target,
      @ForAll @LongRange(min = -100_000, max = 100_000) long actual,
      @ForAll("polarities") Polarity polarity) {
    Optional<Attainment> attainment = attainment(target, count(actual), polarity);
    cover(target, count(actual), polarity, attainment);
    if (target instanceof BoundTarget || !polarity.judges()) {
      return;
    }
    Attainment one = attainment.orElseThrow();
    Attainment other = target.attainmentOf(count(actual), polarity.reversed()).orElseThrow();
    boolean onTheLevel = count(actual).compareTo(target.level()) == 0;
    assertThat(one.met() && other.met()).isEqualTo(onTheLevel);
    assertThat(one.met() || other.met()).isTrue();
    Quantity distance = target.level().minus(count(actual));
    assertThat(one.shortfall().plus(other.shortfall()))
        .isEqualTo(distance.signum() < 0 ? distance.negate() : distance);
  }

  /**
   * Turning the scale upside down (every value, level, baseline and change negated, a bound
   * turned round) and reversing the polarity leaves the verdict and the shortfall as they were.
   */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void mirroringTargetAndValueAndReversingThePolarityKeepsTheAttainment(
      @ForAll("targets") Target target,
      @ForAll @LongRange(min = -100_000, max = 100_000) long actual,
      @ForAll("polarities") Polarity polarity) {
    Optional<Attainment> attainment = attainment(target, count(actual), polarity);
    cover(target, count(actual), polarity, attainment);
    Target mirrored = mirror(target);
    assertThat(mirrored.level()).isEqualTo(target.level().negate());
    Optional<Attainment> mirroredAttainment = attainment(mirrored, count(-actual), polarity.reversed());
    assertThat(mirroredAttainment.isPresent()).isEqualTo(attainment.isPresent());
    attainment.ifPresent(a -> {
      Attainment m = mirroredAttainment.orElseThrow();
      assertThat(m.met()).isEqualTo(a.met());
      assertThat(m.shortfall()).isEqualTo(a.shortfall());
      assertThat(m.gap()).isEqualTo(a.gap().negate());
    });
  }

  private static Target mirror(Target target) {
    if (target instanceof ReachTarget reach) {
      return Target.reach(reach.level().negate(), reach.due());
    }
    if (target instanceof BoundTarget bound) {
      Bound turned = bound.bound() == Bound.AT_LEAST ? Bound.AT_MOST : Bound.AT_LEAST;
      return Target.stayWithin(turned, bound.limit().negate(), bound.due());
    }
    if (target instanceof RelativeChangeTarget relative) {
      Baseline from = Baseline.of(relative.from().period(), relative.from().value().negate());
      return Target.changeBy(from, relative.relative(), relative.due());
    }
    if (target instanceof AbsoluteChangeTarget absolute) {
      Baseline from = Baseline.of(absolute.from().period(), absolute.from().value().negate());
      return Target.changeByAbsolute(from, absolute.delta().negate(), absolute.due());
    }
    throw new AssertionError("a kind of target the mirror does not know: " + target);
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void aBoundThatOpposesThePolarityIsRefusedAndWithoutAPolarityEitherBoundStands(
      @ForAll @LongRange(min = -100_000, max = 100_000) long limit,
      @ForAll @LongRange(min = -1_000, max = 1_000) long offset,
      @ForAll("polarities") Polarity polarity,
      @ForAll Bound bound) {
    Target target = Target.stayWithin(bound, count(limit), FinancialYear.of(2023));
    long actual = limit + offset;
    Optional<Attainment> attainment = attainment(target, count(actual), polarity);
    coverVerdict(target, count(actual), polarity, attainment);
    boolean opposes =
        polarity.judges() && bound != (polarity == Polarity.HIGHER_IS_BETTER ? Bound.AT_LEAST : Bound.AT_MOST);
    assertThat(attainment.isEmpty()).isEqualTo(opposes);
    attainment.ifPresent(a -> {
      assertThat(a.met()).isEqualTo(bound == Bound.AT_MOST ? actual <= limit : actual >= limit);
      assertThat(a.bound()).isEqualTo(bound);
      assertThat(a.shortfall()).isEqualTo(count(a.met() ? 0 : Math.abs(offset)));
    });
  }

  /** Fails the property unless its trajectories rise, fall and stay flat, on every basis. */
  private static void coverTrajectory(long from, long to, ElapsedBasis basis) {
    Statistics.label("trajectory").collect(to > from ? "rising" : to < from ? "falling" : "flat");
    Statistics.label("basis").collect(basis);
    Statistics.label("trajectory").coverage(checker -> {
      checker.check("rising").percentage(p -> p > 10);
      checker.check("falling").percentage(p -> p > 10);
      checker.check("flat").count(c -> c > 0);
    });
    Statistics.label("basis").coverage(checker -> {
      for (ElapsedBasis each : ElapsedBasis.values()) {
        checker.check(each).count(c -> c > 0);
      }
    });
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void theTrajectoryPassesThroughItsBaselineAndItsTarget(
      @ForAll @IntRange(min = 2000, max = 2090) int baseYear,
      @ForAll @IntRange(min = 1, max = 5) int years,
      @ForAll @LongRange(min = 0, max = 1_000_000) long from,
      @ForAll @LongRange(min = 0, max = 1_000_000) long to,
      @ForAll ElapsedBasis basis) {
    coverTrajectory(from, to, basis);
    Baseline baseline = Baseline.of(FinancialYear.of(baseYear), count(from));
    Target target = Target.reach(count(to), FinancialYear.of(baseYear + years));
    Trajectory t = Trajectory.linear(baseline, target, basis);
    assertThat(t.expectedAt(baseline.period())).isEqualTo(baseline.value());
    assertThat(t.expectedAt(target.due())).isEqualTo(target.level());
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void theTrajectoryIsMonotoneBetweenItsEnds(
      @ForAll @LongRange(min = 0, max = 1_000_000) long from,
      @ForAll @LongRange(min = 0, max = 1_000_000) long to,
      @ForAll @IntRange(min = 0, max = 24) int earlier,
      @ForAll @IntRange(min = 0, max = 24) int later,
      @ForAll ElapsedBasis basis) {
    coverTrajectory(from, to, basis);
    Baseline baseline = Baseline.of(FinancialYear.of(2022), count(from));
    Target target = Target.reach(count(to), FinancialYear.of(2024));
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
    if (direction == 0) {
      assertThat(first).isEqualTo(baseline.value());
      assertThat(second).isEqualTo(baseline.value());
    }
  }

  /**
   * Moving the baseline and the target by the same amount moves the whole line by it; scaling
   * both scales it. Counted in quarters or in months, the line is the same at every quarter end.
   */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void theTrajectoryMovesWithItsEndsAndQuartersAgreeWithMonthsAtQuarterEnds(
      @ForAll @LongRange(min = 0, max = 1_000_000) long from,
      @ForAll @LongRange(min = 0, max = 1_000_000) long to,
      @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long shift,
      @ForAll @LongRange(min = 1, max = 1_000) long factor,
      @ForAll @IntRange(min = 0, max = 8) int quarters,
      @ForAll ElapsedBasis basis) {
    coverTrajectory(from, to, basis);
    FinancialYear baseYear = FinancialYear.of(2022);
    FinancialYear due = FinancialYear.of(2024);
    FinancialQuarter at = FinancialQuarter.of(2022, 4).plusQuarters(quarters);
    Trajectory line = Trajectory.linear(Baseline.of(baseYear, count(from)), Target.reach(count(to), due), basis);
    Trajectory moved =
        Trajectory.linear(Baseline.of(baseYear, count(from + shift)), Target.reach(count(to + shift), due), basis);
    Trajectory scaled =
        Trajectory.linear(
            Baseline.of(baseYear, count(from * factor)), Target.reach(count(to * factor), due), basis);
    assertThat(moved.expectedAt(at)).isEqualTo(line.expectedAt(at).plus(count(shift)));
    assertThat(scaled.expectedAt(at)).isEqualTo(line.expectedAt(at).multiply(Exact.of(factor)));
    Trajectory byQuarters =
        Trajectory.linear(Baseline.of(baseYear, count(from)), Target.reach(count(to), due), ElapsedBasis.QUARTERS);
    Trajectory byMonths =
        Trajectory.linear(Baseline.of(baseYear, count(from)), Target.reach(count(to), due), ElapsedBasis.MONTHS);
    assertThat(byQuarters.expectedAt(at)).isEqualTo(byMonths.expectedAt(at));
    assertThat(byQuarters.elapsedFractionAt(at)).isEqualTo(Exact.of(quarters, 8));
  }

  private static CalendarMonth monthAfterBaseline(int months) {
    int index = 2023 * 12 + 2 + months; // March 2023 is month index 2 of 2023
    return CalendarMonth.of(index / 12, index % 12 + 1);
  }

  /** Reach, bound, relative-change and absolute-change targets, levels of any sign and zero. */
  @Provide
  Arbitrary<Target> targets() {
    Arbitrary<Long> levels = Arbitraries.longs().between(-100_000, 100_000);
    Arbitrary<Target> reach = levels.map(l -> Target.reach(count(l), FinancialYear.of(2023)));
    Arbitrary<Target> bound =
        Combinators.combine(Arbitraries.of(Bound.class), levels)
            .as((b, l) -> Target.stayWithin(b, count(l), FinancialYear.of(2023)));
    Arbitrary<Target> relative =
        Combinators.combine(levels, Arbitraries.integers().between(-99, 300))
            .as(
                (l, pct) ->
                    Target.changeBy(
                        Baseline.of(FinancialYear.of(2022), count(l)),
                        Exact.of(pct, 100),
                        FinancialYear.of(2023)));
    Arbitrary<Target> absolute =
        Combinators.combine(levels, levels)
            .as(
                (l, d) ->
                    Target.changeByAbsolute(
                        Baseline.of(FinancialYear.of(2022), count(l)),
                        count(d),
                        FinancialYear.of(2023)));
    return Arbitraries.oneOf(reach, bound, relative, absolute);
  }

  /** Every polarity, NO_JUDGEMENT included. */
  @Provide
  Arbitrary<Polarity> polarities() {
    return Arbitraries.of(Polarity.class);
  }
}
