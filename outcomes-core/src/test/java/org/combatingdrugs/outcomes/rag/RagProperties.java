package org.combatingdrugs.outcomes.rag;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Bound;
import org.combatingdrugs.outcomes.target.Target;
import org.combatingdrugs.outcomes.target.Trajectory;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.result.Result;

class RagProperties {

  private static final FinancialYear DUE = FinancialYear.of(2024);

  /** Every polarity: the two that judge, and NO_JUDGEMENT, which is never rated. */
  @Provide
  Arbitrary<Polarity> polarities() {
    return Arbitraries.of(Polarity.class);
  }

  @Provide
  Arbitrary<Tolerance> tolerances() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 50).map(p -> Tolerance.relative(Exact.of(p, 100))),
        Arbitraries.longs().between(0, 500).map(w -> Tolerance.absolute(Quantity.count(w))));
  }

  private static ChangeBandsScheme fivePercentBands() {
    return ChangeBandsScheme.of(
        ChangeMeasure.RELATIVE,
        List.of(
            ChangeBand.below(Exact.of(-1, 20), RagStatus.RED),
            ChangeBand.between(Exact.of(-1, 20), Exact.of(1, 20), RagStatus.AMBER),
            ChangeBand.atLeast(Exact.of(1, 20), RagStatus.GREEN)));
  }

  /** The target a polarity judges by: reach the level, or stay on the polarity's side of it. */
  private static Target target(long level, Polarity polarity, boolean asBound) {
    return asBound
        ? Target.stayWithin(
            polarity == Polarity.LOWER_IS_BETTER ? Bound.AT_MOST : Bound.AT_LEAST, Quantity.count(level), DUE)
        : Target.reach(Quantity.count(level), DUE);
  }

  /** The status of a rating, or "not rated" with its reason. */
  private static String outcome(Result<Rating, NotRatedReason> rating) {
    return rating.value().map(r -> r.status().name()).orElseGet(() -> rating.reason().orElseThrow().name());
  }

  /** Fails the property unless it is tried under every polarity. */
  private static void coverPolarity(Polarity polarity) {
    Statistics.label("polarity").collect(polarity);
    Statistics.label("polarity").coverage(checker -> {
      for (Polarity each : Polarity.values()) {
        checker.check(each).count(c -> c > 0);
      }
    });
  }

  /** Fails the property unless its ratings reach every status (a met target is green). */
  private static void coverStatus(Result<Rating, NotRatedReason> rating) {
    Statistics.label("status").collect(outcome(rating));
    Statistics.label("status").coverage(checker -> {
      for (RagStatus status : RagStatus.values()) {
        checker.check(status.name()).count(c -> c > 0);
      }
      checker.check(NotRatedReason.NO_JUDGEMENT_POLARITY.name()).count(c -> c > 0);
    });
  }

  private static void coverTolerance(Tolerance tolerance, long level) {
    boolean none = tolerance.widthAt(Quantity.count(level)).signum() == 0;
    Statistics.label("amber band").collect(none ? "none" : "some");
    Statistics.label("amber band").coverage(checker -> {
      checker.check("none").count(c -> c > 0);
      checker.check("some").percentage(p -> p > 50);
    });
  }

  private static void coverChange(Change change) {
    int sign = change.absolute().signum();
    Statistics.label("change").collect(sign > 0 ? "rise" : sign < 0 ? "fall" : "no change");
    Statistics.label("base").collect(change.base().signum() == 0 ? "zero" : "positive");
    Statistics.label("change").coverage(checker -> {
      checker.check("rise").percentage(p -> p > 10);
      checker.check("fall").percentage(p -> p > 10);
      checker.check("no change").count(c -> c > 0);
    });
    Statistics.label("base").coverage(checker -> checker.check("zero").count(c -> c > 0));
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void improvingAValueNeverWorsensItsStatusAgainstATarget(
      @ForAll @LongRange(min = 0, max = 10_000) long level,
      @ForAll @LongRange(min = 0, max = 10_000) long value,
      @ForAll @LongRange(min = 1, max = 1_000) long improvement,
      @ForAll("tolerances") Tolerance tolerance,
      @ForAll("polarities") Polarity polarity,
      @ForAll boolean asBound) {
    TargetToleranceScheme scheme = TargetToleranceScheme.of(tolerance);
    Target target = target(level, polarity, asBound);
    long better = value + polarity.better().signum() * improvement;
    Result<Rating, NotRatedReason> before = scheme.rate(Quantity.count(value), target, polarity);
    Result<Rating, NotRatedReason> after = scheme.rate(Quantity.count(better), target, polarity);
    coverPolarity(polarity);
    coverStatus(before);
    coverTolerance(tolerance, level);
    if (!polarity.judges()) {
      assertThat(before).isEqualTo(Result.notComputed(NotRatedReason.NO_JUDGEMENT_POLARITY));
      assertThat(after).isEqualTo(before);
      return;
    }
    assertThat(after.orElseThrow().status().isWorseThan(before.orElseThrow().status())).isFalse();
    assertThat(before.orElseThrow().status() == RagStatus.GREEN)
        .isEqualTo(target.attainmentOf(Quantity.count(value), polarity).orElseThrow().met());
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void aWiderToleranceNeverWorsensAStatus(
      @ForAll @LongRange(min = 0, max = 100) long level,
      @ForAll @IntRange(min = 0, max = 100) int value,
      @ForAll @IntRange(min = 0, max = 20) int points,
      @ForAll @IntRange(min = 0, max = 20) int extra,
      @ForAll("polarities") Polarity polarity) {
    Target target = Target.reach(Quantity.of(level, Quantity.percent("1").unit()), DUE);
    Quantity actual = Quantity.percent(Integer.toString(value));
    Result<Rating, NotRatedReason> narrow =
        TargetToleranceScheme.of(Tolerance.points(BigDecimal.valueOf(points))).rate(actual, target, polarity);
    Result<Rating, NotRatedReason> wide =
        TargetToleranceScheme.of(Tolerance.points(BigDecimal.valueOf(points + extra)))
            .rate(actual, target, polarity);
    coverPolarity(polarity);
    coverStatus(narrow);
    if (!polarity.judges()) {
      assertThat(wide).isEqualTo(narrow).isEqualTo(Result.notComputed(NotRatedReason.NO_JUDGEMENT_POLARITY));
      return;
    }
    assertThat(wide.orElseThrow().status().isWorseThan(narrow.orElseThrow().status())).isFalse();
  }

  /**
   * Turning the scale upside down (value and level negated) and reversing the polarity leaves the
   * rating as it was, with the deciding threshold mirrored.
   */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void mirroringValueAndLevelAndReversingThePolarityKeepsTheRating(
      @ForAll @LongRange(min = -10_000, max = 10_000) long level,
      @ForAll @LongRange(min = -10_000, max = 10_000) long value,
      @ForAll("tolerances") Tolerance tolerance,
      @ForAll("polarities") Polarity polarity,
      @ForAll boolean asBound) {
    TargetToleranceScheme scheme = TargetToleranceScheme.of(tolerance);
    Result<Rating, NotRatedReason> rating =
        scheme.rate(Quantity.count(value), target(level, polarity, asBound), polarity);
    Result<Rating, NotRatedReason> mirrored =
        scheme.rate(Quantity.count(-value), target(-level, polarity.reversed(), asBound), polarity.reversed());
    coverPolarity(polarity);
    coverStatus(rating);
    coverTolerance(tolerance, level);
    assertThat(outcome(mirrored)).isEqualTo(outcome(rating));
    rating.value().ifPresent(r -> {
      Threshold m = mirrored.orElseThrow().crossed();
      assertThat(m.boundary()).isEqualTo(r.crossed().boundary().negate());
      assertThat(m.side()).isEqualTo(mirror(r.crossed().side()));
    });
  }

  private static Threshold.Side mirror(Threshold.Side side) {
    return side == Threshold.Side.ABOVE
        ? Threshold.Side.BELOW
        : side == Threshold.Side.BELOW ? Threshold.Side.ABOVE : Threshold.Side.ON;
  }

  /** A projection is banded exactly as an actual value would be, and says it was projected. */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void aProjectedValueIsBandedAsAnActualOneAndMarkedProjected(
      @ForAll @LongRange(min = 0, max = 10_000) long level,
      @ForAll @LongRange(min = 0, max = 10_000) long value,
      @ForAll("tolerances") Tolerance tolerance,
      @ForAll("polarities") Polarity polarity) {
    Target target = Target.reach(Quantity.count(level), DUE);
    Result<Rating, NotRatedReason> actual = TargetToleranceScheme.of(tolerance).rate(Quantity.count(value), target, polarity);
    Result<Rating, NotRatedReason> projected =
        ProjectedAttainmentScheme.of(tolerance).rate(Quantity.count(value), target, polarity);
    coverPolarity(polarity);
    coverStatus(actual);
    assertThat(projected).isEqualTo(actual.map(r -> r.withBasis(RatingBasis.PROJECTED)));
    projected.value().ifPresent(r -> assertThat(r.basis()).isEqualTo(RatingBasis.PROJECTED));
  }

  /** At the end of the trajectory the value is rated against the target itself. */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void onTheDueDateATrajectoryRatesAsItsTarget(
      @ForAll @LongRange(min = 0, max = 10_000) long from,
      @ForAll @LongRange(min = 0, max = 10_000) long level,
      @ForAll @LongRange(min = 0, max = 10_000) long value,
      @ForAll("tolerances") Tolerance tolerance,
      @ForAll("polarities") Polarity polarity,
      @ForAll boolean asBound,
      @ForAll ElapsedBasis basis) {
    Target target = target(level, polarity, asBound);
    Trajectory trajectory = Trajectory.linear(Baseline.of(FinancialYear.of(2021), Quantity.count(from)), target, basis);
    Result<Rating, NotRatedReason> onTrajectory =
        TrajectoryScheme.of(tolerance).rate(Quantity.count(value), DUE, trajectory, polarity);
    Result<Rating, NotRatedReason> againstTarget =
        TargetToleranceScheme.of(tolerance).rate(Quantity.count(value), target, polarity);
    coverPolarity(polarity);
    coverStatus(againstTarget);
    assertThat(onTrajectory).isEqualTo(againstTarget);
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void improvingTheCurrentValueNeverWorsensItsChangeBand(
      @ForAll @LongRange(min = 0, max = 10_000) long base,
      @ForAll @LongRange(min = 0, max = 10_000) long current,
      @ForAll @LongRange(min = 1, max = 1_000) long improvement,
      @ForAll("polarities") Polarity polarity) {
    ChangeBandsScheme bands = fivePercentBands();
    long better = Math.max(0, current + polarity.better().signum() * improvement);
    Change change = PercentageChange.between(Quantity.count(base), Quantity.count(current));
    Result<Rating, NotRatedReason> before = bands.rate(change, polarity);
    Result<Rating, NotRatedReason> after =
        bands.rate(PercentageChange.between(Quantity.count(base), Quantity.count(better)), polarity);
    coverPolarity(polarity);
    coverChange(change);
    coverStatus(before);
    if (!polarity.judges()) {
      assertThat(before).isEqualTo(after).isEqualTo(Result.notComputed(NotRatedReason.NO_JUDGEMENT_POLARITY));
    } else if (base == 0) {
      assertThat(before).isEqualTo(after).isEqualTo(Result.notComputed(NotRatedReason.CHANGE_UNDEFINED));
    } else {
      assertThat(after.orElseThrow().status().isWorseThan(before.orElseThrow().status())).isFalse();
    }
  }

  /**
   * A rise of d under one polarity is banded as a fall of d under the other: the improvement is
   * the same, and so are the band and its threshold.
   */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void aRiseUnderOnePolarityIsBandedAsTheSameFallUnderTheOther(
      @ForAll @LongRange(min = 0, max = 10_000) long base,
      @ForAll @LongRange(min = -10_000, max = 10_000) long delta,
      @ForAll("polarities") Polarity polarity) {
    ChangeBandsScheme bands = fivePercentBands();
    Change change = PercentageChange.between(Quantity.count(base), Quantity.count(base + delta));
    Change opposite = PercentageChange.between(Quantity.count(base), Quantity.count(base - delta));
    Result<Rating, NotRatedReason> rating = bands.rate(change, polarity);
    coverPolarity(polarity);
    coverChange(change);
    coverStatus(rating);
    assertThat(bands.rate(opposite, polarity.reversed())).isEqualTo(rating);
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void directionOfTravelReversesWithTheValuesAndItsJudgementWithThePolarity(
      @ForAll @LongRange(min = 0, max = 10_000) long earlier,
      @ForAll @LongRange(min = 0, max = 10_000) long later,
      @ForAll("polarities") Polarity polarity) {
    DirectionOfTravel forward = DirectionOfTravel.of(Quantity.count(earlier), Quantity.count(later), polarity);
    DirectionOfTravel backward = DirectionOfTravel.of(Quantity.count(later), Quantity.count(earlier), polarity);
    DirectionOfTravel reversed =
        DirectionOfTravel.of(Quantity.count(earlier), Quantity.count(later), polarity.reversed());
    coverPolarity(polarity);
    coverChange(PercentageChange.between(Quantity.count(earlier), Quantity.count(later)));
    assertThat(forward.isImproving() && backward.isImproving()).isFalse();
    assertThat(forward.judgement() == Judgement.NO_CHANGE).isEqualTo(earlier == later);
    assertThat(backward.judgement()).isEqualTo(opposite(forward.judgement()));
    assertThat(reversed.movement()).isEqualTo(forward.movement());
    assertThat(reversed.judgement()).isEqualTo(opposite(forward.judgement()));
    assertThat(forward.judgement() == Judgement.NOT_JUDGED).isEqualTo(!polarity.judges() && earlier != later);
  }

  private static Judgement opposite(Judgement judgement) {
    return judgement == Judgement.IMPROVING
        ? Judgement.WORSENING
        : judgement == Judgement.WORSENING ? Judgement.IMPROVING : judgement;
  }
}
