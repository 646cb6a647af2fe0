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
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.target.Target;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.result.Result;

class RagProperties {

  @Provide
  Arbitrary<Polarity> judging() {
    return Arbitraries.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER);
  }

  @Provide
  Arbitrary<Tolerance> tolerances() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 50).map(p -> Tolerance.relative(Exact.of(p, 100))),
        Arbitraries.longs().between(0, 500).map(w -> Tolerance.absolute(Quantity.count(w))));
  }

  private static RagStatus statusOf(Result<Rating, NotRatedReason> rating) {
    return rating.orElseThrow().status();
  }

  @Property
  void improvingAValueNeverWorsensItsStatusAgainstATarget(
      @ForAll @LongRange(min = 0, max = 10_000) long level,
      @ForAll @LongRange(min = 0, max = 10_000) long value,
      @ForAll @LongRange(min = 1, max = 1_000) long improvement,
      @ForAll("tolerances") Tolerance tolerance,
      @ForAll("judging") Polarity polarity,
      @ForAll boolean asBound) {
    TargetToleranceScheme scheme = TargetToleranceScheme.of(tolerance);
    Target target =
        asBound
            ? Target.stayWithin(
                polarity == Polarity.HIGHER_IS_BETTER
                    ? org.combatingdrugs.outcomes.target.Bound.AT_LEAST
                    : org.combatingdrugs.outcomes.target.Bound.AT_MOST,
                Quantity.count(level),
                FinancialYear.of(2024))
            : Target.reach(Quantity.count(level), FinancialYear.of(2024));
    long better = value + polarity.better().signum() * improvement;
    RagStatus before = statusOf(scheme.rate(Quantity.count(value), target, polarity));
    RagStatus after = statusOf(scheme.rate(Quantity.count(better), target, polarity));
    assertThat(after.isWorseThan(before)).isFalse();
  }

  @Property
  void aWiderToleranceNeverWorsensAStatus(
      @ForAll @LongRange(min = 0, max = 100) long level,
      @ForAll @IntRange(min = 0, max = 100) int value,
      @ForAll @IntRange(min = 0, max = 20) int points,
      @ForAll @IntRange(min = 0, max = 20) int extra,
      @ForAll("judging") Polarity polarity) {
    Target target = Target.reach(Quantity.of(level, Quantity.percent("1").unit()), FinancialYear.of(2024));
    Quantity actual = Quantity.percent(Integer.toString(value));
    RagStatus narrow =
        statusOf(TargetToleranceScheme.of(Tolerance.points(BigDecimal.valueOf(points))).rate(actual, target, polarity));
    RagStatus wide =
        statusOf(
            TargetToleranceScheme.of(Tolerance.points(BigDecimal.valueOf(points + extra)))
                .rate(actual, target, polarity));
    assertThat(wide.isWorseThan(narrow)).isFalse();
  }

  @Property
  void improvingTheCurrentValueNeverWorsensItsChangeBand(
      @ForAll @LongRange(min = 1, max = 10_000) long base,
      @ForAll @LongRange(min = 0, max = 10_000) long current,
      @ForAll @LongRange(min = 1, max = 1_000) long improvement,
      @ForAll("judging") Polarity polarity) {
    ChangeBandsScheme bands =
        ChangeBandsScheme.of(
            ChangeMeasure.RELATIVE,
            List.of(
                ChangeBand.below(Exact.of(-1, 20), RagStatus.RED),
                ChangeBand.between(Exact.of(-1, 20), Exact.of(1, 20), RagStatus.AMBER),
                ChangeBand.atLeast(Exact.of(1, 20), RagStatus.GREEN)));
    long better = Math.max(0, current + polarity.better().signum() * improvement);
    RagStatus before =
        statusOf(bands.rate(PercentageChange.between(Quantity.count(base), Quantity.count(current)), polarity));
    RagStatus after =
        statusOf(bands.rate(PercentageChange.between(Quantity.count(base), Quantity.count(better)), polarity));
    assertThat(after.isWorseThan(before)).isFalse();
  }

  @Property
  void directionOfTravelReversesWithTheValues(
      @ForAll @LongRange(min = 0, max = 10_000) long earlier,
      @ForAll @LongRange(min = 0, max = 10_000) long later,
      @ForAll("judging") Polarity polarity) {
    DirectionOfTravel forward = DirectionOfTravel.of(Quantity.count(earlier), Quantity.count(later), polarity);
    DirectionOfTravel backward = DirectionOfTravel.of(Quantity.count(later), Quantity.count(earlier), polarity);
    assertThat(forward.isImproving() && backward.isImproving()).isFalse();
    assertThat(forward.judgement() == Judgement.NO_CHANGE)
        .isEqualTo(earlier == later);
  }
}
