package org.combatingdrugs.outcomes.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.calc.Projections;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Bound;
import org.combatingdrugs.outcomes.target.Target;
import org.combatingdrugs.outcomes.target.Trajectory;
import org.junit.jupiter.api.Test;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.result.Result;

class RagTest {

  private static final FinancialYear FY_2024 = FinancialYear.of(2024);
  private static final TargetToleranceScheme FIVE_POINTS =
      TargetToleranceScheme.of(Tolerance.points(new BigDecimal("5")));

  @Test
  void test_targetTolerance_policeAndCrimePanelJuly2024ContinuityOfCare() {
    Result<Rating, NotRatedReason> dorset =
        FIVE_POINTS.rate(
            Quantity.percent("55"),
            Target.reach(Quantity.percent("58"), FY_2024),
            Polarity.HIGHER_IS_BETTER);
    assertThat(dorset.value().map(Rating::status)).contains(RagStatus.AMBER);
    Threshold crossed = dorset.orElseThrow().crossed();
    assertThat(crossed.boundary()).isEqualTo(Exact.of(58));
    assertThat(crossed.side()).isEqualTo(Threshold.Side.BELOW);
    assertThat(crossed.scale()).isEqualTo(Threshold.Scale.LEVEL);

    Result<Rating, NotRatedReason> bcp =
        FIVE_POINTS.rate(
            Quantity.percent("60"),
            Target.reach(Quantity.percent("57"), FY_2024),
            Polarity.HIGHER_IS_BETTER);
    assertThat(bcp.value().map(Rating::status)).contains(RagStatus.GREEN);
    assertThat(bcp.orElseThrow().basis()).isEqualTo(RatingBasis.ACTUAL);
  }

  @Test
  void test_targetTolerance_edgesOfTheAmberBand() {
    Target target = Target.reach(Quantity.percent("58"), FY_2024);
    assertThat(FIVE_POINTS.rate(Quantity.percent("58"), target, Polarity.HIGHER_IS_BETTER).value().map(Rating::status))
        .contains(RagStatus.GREEN);
    assertThat(FIVE_POINTS.rate(Quantity.percent("53"), target, Polarity.HIGHER_IS_BETTER).value().map(Rating::status))
        .contains(RagStatus.AMBER);
    Result<Rating, NotRatedReason> red = FIVE_POINTS.rate(Quantity.percent("52.9"), target, Polarity.HIGHER_IS_BETTER);
    assertThat(red.value().map(Rating::status)).contains(RagStatus.RED);
    assertThat(red.orElseThrow().crossed().boundary()).isEqualTo(Exact.of(53));
  }

  @Test
  void test_targetTolerance_lowerIsBetter() {
    TargetToleranceScheme tenPercent =
        TargetToleranceScheme.of(Tolerance.relative(Exact.of(1, 10)));
    Target deaths = Target.reach(Quantity.count(50), FY_2024);
    assertThat(tenPercent.rate(Quantity.count(50), deaths, Polarity.LOWER_IS_BETTER).value().map(Rating::status))
        .contains(RagStatus.GREEN);
    assertThat(tenPercent.rate(Quantity.count(55), deaths, Polarity.LOWER_IS_BETTER).value().map(Rating::status))
        .contains(RagStatus.AMBER);
    assertThat(tenPercent.rate(Quantity.count(56), deaths, Polarity.LOWER_IS_BETTER).value().map(Rating::status))
        .contains(RagStatus.RED);
  }

  @Test
  void test_noJudgement_isNeverRated() {
    Result<Rating, NotRatedReason> rating =
        FIVE_POINTS.rate(
            Quantity.percent("10"), Target.reach(Quantity.percent("58"), FY_2024), Polarity.NO_JUDGEMENT);
    assertThat(rating).isEqualTo(Result.notComputed(NotRatedReason.NO_JUDGEMENT_POLARITY));
    assertThat(rating.isComputed()).isFalse();
    Result<Rating, NotRatedReason> bound =
        FIVE_POINTS.rate(
            Quantity.percent("10"),
            Target.stayWithin(Bound.AT_MOST, Quantity.percent("58"), FY_2024),
            Polarity.NO_JUDGEMENT);
    assertThat(bound.isComputed()).isFalse();
  }

  @Test
  void test_projectedAttainment_isMarkedProjected() {
    FinancialYear fy = FinancialYear.of(2023);
    Quantity projected =
        Projections.runRate(Quantity.count(38), fy.quarter(1), fy, ElapsedBasis.QUARTERS).value();
    Result<Rating, NotRatedReason> rating =
        ProjectedAttainmentScheme.of(Tolerance.relative(Exact.of(1, 10)))
            .rate(projected, Target.reach(Quantity.count(160), fy), Polarity.HIGHER_IS_BETTER);
    assertThat(rating.value().map(Rating::status)).contains(RagStatus.AMBER);
    assertThat(rating.orElseThrow().basis()).isEqualTo(RatingBasis.PROJECTED);
    ProjectedAttainmentScheme scheme = ProjectedAttainmentScheme.of(Tolerance.relative(Exact.of(1, 10)));
    var countyLines = Projections.runRate(Quantity.count(38), fy.quarter(1), fy, ElapsedBasis.QUARTERS);
    assertThat(scheme.rate(countyLines, Target.reach(Quantity.count(150), fy), Polarity.HIGHER_IS_BETTER).value().map(Rating::status))
        .contains(RagStatus.GREEN);
    assertThatThrownBy(
            () -> scheme.rate(countyLines, Target.reach(Quantity.count(150), FY_2024), Polarity.HIGHER_IS_BETTER))
        .hasMessage("projection must be for the target's due period 2024/25 but was for 2023/24");
  }

  @Test
  void test_trajectory_continuityOfCareAgainstTheStraightLineTo75() {
    Trajectory bcp =
        Trajectory.linear(
            Baseline.of(FinancialYear.of(2022), Quantity.percent("45.2")),
            Target.reach(Quantity.percent("75"), FY_2024),
            ElapsedBasis.QUARTERS);
    TrajectoryScheme scheme = TrajectoryScheme.of(Tolerance.points(new BigDecimal("5")));
    Result<Rating, NotRatedReason> behind = scheme.rate(Quantity.percent("57"), FinancialYear.of(2023), bcp, Polarity.HIGHER_IS_BETTER);
    assertThat(behind.value().map(Rating::status)).contains(RagStatus.AMBER);
    // The threshold crossed is where the straight line says the value should be by then.
    assertThat(behind.orElseThrow().crossed().boundary())
        .isEqualTo(bcp.expectedAt(FinancialYear.of(2023)).amount());
    assertThat(behind.orElseThrow().crossed().side()).isEqualTo(Threshold.Side.BELOW);
    assertThat(scheme.rate(Quantity.percent("61"), FinancialYear.of(2023), bcp, Polarity.HIGHER_IS_BETTER).value().map(Rating::status))
        .contains(RagStatus.GREEN);
    assertThat(scheme.rate(Quantity.percent("55"), FinancialYear.of(2023), bcp, Polarity.HIGHER_IS_BETTER).value().map(Rating::status))
        .contains(RagStatus.RED);
  }

  private static ChangeBandsScheme fivePercentBands() {
    return ChangeBandsScheme.of(
        ChangeMeasure.RELATIVE,
        List.of(
            ChangeBand.below(Exact.of(-1, 20), RagStatus.RED),
            ChangeBand.between(Exact.of(-1, 20), Exact.ZERO, RagStatus.AMBER),
            ChangeBand.atLeast(Exact.ZERO, RagStatus.GREEN)));
  }

  @Test
  void test_changeBands_byPolarity() {
    ChangeBandsScheme bands = fivePercentBands();
    assertThat(
            bands
                .rate(PercentageChange.between(Quantity.count(59), Quantity.count(55)), Polarity.LOWER_IS_BETTER)
                .value().map(Rating::status))
        .contains(RagStatus.GREEN);
    assertThat(
            bands
                .rate(PercentageChange.between(Quantity.count(964), Quantity.count(1036)), Polarity.LOWER_IS_BETTER)
                .value().map(Rating::status))
        .contains(RagStatus.RED);
    assertThat(
            bands
                .rate(PercentageChange.between(Quantity.count(100), Quantity.count(97)), Polarity.HIGHER_IS_BETTER)
                .value().map(Rating::status))
        .contains(RagStatus.AMBER);
    assertThat(
            bands.rate(PercentageChange.between(Quantity.count(0), Quantity.count(3)), Polarity.HIGHER_IS_BETTER))
        .isEqualTo(Result.notComputed(NotRatedReason.CHANGE_UNDEFINED));
  }

  @Test
  void test_changeBand_refusalNamesBothBoundsAsDecimals() {
    assertThatThrownBy(() -> ChangeBand.between(Exact.of(1, 20), Exact.of(-1, 20), RagStatus.AMBER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from was 0.05")
        .hasMessageContaining("to was -0.05")
        .hasMessageNotContaining("Optional")
        .hasMessageNotContaining("/");
    assertThat(ChangeBand.between(Exact.of(-1, 20), Exact.of(1, 3), RagStatus.AMBER))
        .hasToString("[-0.05, 1/3) → AMBER");
  }

  @Test
  void test_changeBands_areValidated() {
    assertThatThrownBy(
            () ->
                ChangeBandsScheme.of(
                    ChangeMeasure.RELATIVE,
                    List.of(
                        ChangeBand.below(Exact.of(-1, 10), RagStatus.RED),
                        ChangeBand.atLeast(Exact.of(-1, 20), RagStatus.GREEN))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bands must leave no gap but band 2 starts at -0.05 while band 1 ends at -0.1");
    assertThatThrownBy(
            () ->
                ChangeBandsScheme.of(
                    ChangeMeasure.RELATIVE,
                    List.of(
                        ChangeBand.below(Exact.of(-1, 20), RagStatus.RED),
                        ChangeBand.atLeast(Exact.of(-1, 10), RagStatus.GREEN))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlap");
    assertThatThrownBy(
            () ->
                ChangeBandsScheme.of(
                    ChangeMeasure.RELATIVE,
                    List.of(
                        ChangeBand.below(Exact.ZERO, RagStatus.GREEN),
                        ChangeBand.atLeast(Exact.ZERO, RagStatus.RED))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never get better");
    assertThatThrownBy(
            () ->
                ChangeBandsScheme.of(
                    ChangeMeasure.RELATIVE,
                    List.of(
                        ChangeBand.atLeast(Exact.ZERO, RagStatus.GREEN),
                        ChangeBand.below(Exact.ZERO, RagStatus.RED))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_directionOfTravel_byPolarity() {
    assertThat(DirectionOfTravel.of(Quantity.count(59), Quantity.count(55), Polarity.LOWER_IS_BETTER))
        .isEqualTo(
            new DirectionOfTravel(Direction.DOWN, Judgement.IMPROVING));
    assertThat(
            DirectionOfTravel.of(Quantity.count(2590), Quantity.count(2700), Polarity.HIGHER_IS_BETTER)
                .isImproving())
        .isTrue();
    assertThat(DirectionOfTravel.of(Quantity.count(5), Quantity.count(5), Polarity.HIGHER_IS_BETTER).judgement())
        .isEqualTo(Judgement.NO_CHANGE);
    assertThat(DirectionOfTravel.of(Quantity.count(5), Quantity.count(9), Polarity.NO_JUDGEMENT))
        .isEqualTo(
            new DirectionOfTravel(Direction.UP, Judgement.NOT_JUDGED));
    assertThat(
            DirectionOfTravel.of(Quantity.count(-5), Quantity.count(-3), Polarity.HIGHER_IS_BETTER).movement())
        .isEqualTo(Direction.UP);
  }
}
