package org.combatingdrugs.outcomes.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.junit.jupiter.api.Test;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.result.Result;

/**
 * The special-cause rules against small hand-made series, each worked through NHSRplotthedots'
 * own rules (ptd_spc_standard and ptd_calculate_point_type): limits from the mean and screened
 * mean moving range, "close" meaning beyond a two-sigma line but inside the limits.
 */
class XmrRulesTest {

  private static List<Double> series(double... values) {
    return Arrays.stream(values).boxed().collect(Collectors.toList());
  }

  private static XmrChart chart(Polarity direction, double... values) {
    return XmrChart.of(series(values), direction, XmrOptions.defaults());
  }

  @Test
  void test_twoOfThree_anOutsidePointIsNotANearOne() {
    XmrChart chart =
        chart(Polarity.HIGHER_IS_BETTER, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 16, 13.2, 10, 11);
    ControlLimits l = chart.limits().get(0).orElseThrow();
    assertThat(l.mean()).isCloseTo(10.955555555555556, within(1e-12));
    assertThat(l.meanMovingRange()).isCloseTo(1.25, within(1e-12));
    assertThat(l.nearUpper()).isCloseTo(13.172222222222222, within(1e-12));
    assertThat(l.upper()).isCloseTo(14.280555555555555, within(1e-12));
    XmrPoint outside = chart.points().get(14);
    XmrPoint near = chart.points().get(15);
    assertThat(outside.outsideLimits()).isTrue();
    assertThat(outside.closeToLimits()).isFalse();
    assertThat(outside.specialCause()).contains(new SpecialCause(SpecialCauseRule.OUTSIDE_LIMITS, Direction.UP));
    assertThat(near.closeToLimits()).isTrue();
    assertThat(near.specialCause()).isEmpty();
    assertThat(near.variation()).isEqualTo(Variation.COMMON_CAUSE);
    assertThat(chart.improvementCount()).isEqualTo(1);
    assertThat(chart.commonCauseCount()).isEqualTo(17);
  }

  @Test
  void test_twoOfThree_twoNearLowPointsBetweenPointsAboveTheMeanAreCommonCause() {
    XmrChart chart =
        chart(Polarity.HIGHER_IS_BETTER, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 8.0, 8.1, 11, 10);
    ControlLimits l = chart.limits().get(0).orElseThrow();
    assertThat(l.nearLower()).isCloseTo(8.141503267973857, within(1e-12));
    assertThat(chart.points().get(14).closeToLimits()).isTrue();
    assertThat(chart.points().get(15).closeToLimits()).isTrue();
    assertThat(chart.points().get(14).side()).isEqualTo(Side.BELOW);
    assertThat(chart.points().get(13).side()).isEqualTo(Side.ABOVE);
    assertThat(chart.points().get(16).side()).isEqualTo(Side.ABOVE);
    assertThat(chart.points()).allMatch(p -> p.variation() == Variation.COMMON_CAUSE);
  }

  @Test
  void test_twoOfThree_twoNearLowPointsWithAThirdBelowTheMeanFire() {
    XmrChart chart =
        chart(Polarity.HIGHER_IS_BETTER, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 8.0, 8.1, 10, 11);
    assertThat(chart.points().get(14).closeToLimits()).isTrue();
    assertThat(chart.points().get(15).closeToLimits()).isTrue();
    assertThat(chart.points().get(16).side()).isEqualTo(Side.BELOW);
    assertThat(chart.points().get(14).specialCause())
        .contains(new SpecialCause(SpecialCauseRule.TWO_OF_THREE_NEAR_LIMITS, Direction.DOWN));
    assertThat(chart.points().get(15).variation()).isEqualTo(Variation.SPECIAL_CAUSE_CONCERNING);
    assertThat(chart.points().get(16).specialCause()).isEmpty();
    assertThat(chart.concernCount()).isEqualTo(2);
  }

  @Test
  void test_shift_aRunAboveTheMeanEndingOutsideIsAShiftNotTwoOfThree() {
    XmrChart chart =
        chart(
            Polarity.HIGHER_IS_BETTER,
            10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12,
            12.5, 13, 12.5, 13, 15.8, 17.5, 17.8);
    ControlLimits l = chart.limits().get(0).orElseThrow();
    assertThat(l.mean()).isCloseTo(11.92962962962963, within(1e-12));
    assertThat(l.meanMovingRange()).isCloseTo(1.723076923076923, within(1e-12));
    assertThat(chart.points().get(24).closeToLimits()).isTrue();
    assertThat(chart.points().get(24).specialCause())
        .contains(new SpecialCause(SpecialCauseRule.SHIFT, Direction.UP));
    assertThat(chart.points().subList(19, 25)).allMatch(p -> p.rule().orElseThrow() == SpecialCauseRule.SHIFT);
    assertThat(chart.points().subList(25, 27))
        .allMatch(p -> p.rule().orElseThrow() == SpecialCauseRule.OUTSIDE_LIMITS);
    assertThat(chart.points().subList(0, 19)).allMatch(p -> p.rule().isEmpty());
    assertThat(chart.improvementCount()).isEqualTo(8);
  }

  @Test
  void test_trend_aPeakInTwoRunsTakesTheDirectionOfTheStepAfterIt() {
    XmrChart chart = chart(Polarity.HIGHER_IS_BETTER, 2, 18, 2, 18, 5, 6, 7, 8, 9, 10, 11, 10, 9, 8, 7, 6, 5);
    assertThat(chart.points().subList(0, 4)).allMatch(XmrPoint::outsideLimits);
    assertThat(chart.points().subList(4, 17)).allMatch(p -> p.rule().orElseThrow() == SpecialCauseRule.TREND);
    assertThat(chart.points().subList(4, 10))
        .allMatch(p -> p.specialCause().orElseThrow().direction() == Direction.UP)
        .allMatch(p -> p.variation() == Variation.SPECIAL_CAUSE_IMPROVING);
    assertThat(chart.points().get(10).specialCause())
        .contains(new SpecialCause(SpecialCauseRule.TREND, Direction.DOWN));
    assertThat(chart.points().subList(10, 17)).allMatch(p -> p.variation() == Variation.SPECIAL_CAUSE_CONCERNING);
    XmrChart neutral = chart(Polarity.NO_JUDGEMENT, 2, 18, 2, 18, 5, 6, 7, 8, 9, 10, 11, 10, 9, 8, 7, 6, 5);
    assertThat(neutral.points().get(9).variation()).isEqualTo(Variation.SPECIAL_CAUSE_NEUTRAL_HIGH);
    assertThat(neutral.points().get(10).variation()).isEqualTo(Variation.SPECIAL_CAUSE_NEUTRAL_LOW);
    assertThat(neutral.neutralCount()).isEqualTo(17);
  }

  @Test
  void test_trend_aFallingTrendAboveTheMeanIsAFallNotAnImprovement() {
    XmrChart chart = chart(Polarity.HIGHER_IS_BETTER, 2, 18, 2, 18, 17, 16, 15, 14, 13, 12, 11);
    assertThat(chart.points().subList(4, 11))
        .allMatch(p -> p.specialCause().orElseThrow().equals(new SpecialCause(SpecialCauseRule.TREND, Direction.DOWN)))
        .allMatch(p -> p.variation() == Variation.SPECIAL_CAUSE_CONCERNING);
  }

  /**
   * Where a rising and a falling run meet at a flat step, NHSRplotthedots takes the direction of the
   * step to the next point and reads any step that is not upwards as a fall ({@code ifelse(sdy == 1,
   * "In", "De")} in ptd_special_cause_type): the last point of the rising run is a decreasing
   * trend. Mirrored (the series negated, lower is better), the same point is also read as a fall,
   * so the reading is not symmetric.
   */
  @Test
  void test_trend_aFlatStepBetweenTwoRunsReadsAsAFallAsTheToolReadsIt() {
    double[] values = {2, 18, 2, 18, 5, 6, 7, 8, 9, 10, 11, 11, 10, 9, 8, 7, 6, 5};
    XmrChart chart = chart(Polarity.HIGHER_IS_BETTER, values);
    assertThat(chart.points().subList(4, 18)).allMatch(p -> p.rule().orElseThrow() == SpecialCauseRule.TREND);
    assertThat(chart.points().get(9).specialCause()).contains(new SpecialCause(SpecialCauseRule.TREND, Direction.UP));
    assertThat(chart.points().get(10).specialCause())
        .contains(new SpecialCause(SpecialCauseRule.TREND, Direction.DOWN));
    assertThat(chart.points().get(10).variation()).isEqualTo(Variation.SPECIAL_CAUSE_CONCERNING);
    double[] negated = Arrays.stream(values).map(v -> -v).toArray();
    XmrChart mirrored = chart(Polarity.LOWER_IS_BETTER, negated);
    assertThat(mirrored.points().get(10).specialCause())
        .contains(new SpecialCause(SpecialCauseRule.TREND, Direction.DOWN));
    assertThat(mirrored.points().get(10).variation()).isEqualTo(Variation.SPECIAL_CAUSE_IMPROVING);
  }

  @Test
  void test_limits_meanIsKnownWhenTheLimitsAreNot() {
    XmrChart single = chart(Polarity.HIGHER_IS_BETTER, 5);
    assertThat(single.limits()).containsExactly(Result.notComputed(LimitsReason.TOO_FEW_POINTS));
    assertThat(single.groups().get(0).mean()).isEqualTo(5);
    assertThat(single.lastGroup().mean()).isEqualTo(5.0);
    assertThat(single.points().get(0).side()).isEqualTo(Side.ON_MEAN);
    XmrChart constant = chart(Polarity.HIGHER_IS_BETTER, 3, 3, 3, 3);
    assertThat(constant.lastGroup().mean()).isEqualTo(3.0);
    assertThat(constant.points()).allMatch(p -> p.side() == Side.ON_MEAN && !p.closeToLimits());
  }

  @Test
  void test_shortGroup_warnsBelowThirteenPointsAsTheToolDoes() {
    double[] twelve = {1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2};
    double[] thirteen = {1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1};
    assertThat(chart(Polarity.HIGHER_IS_BETTER, twelve).hasShortGroup()).isTrue();
    assertThat(chart(Polarity.HIGHER_IS_BETTER, thirteen).hasShortGroup()).isFalse();
    XmrChart rebased =
        XmrChart.of(
            series(1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 11, 12, 11),
            Polarity.HIGHER_IS_BETTER,
            XmrOptions.defaults(),
            List.of(14));
    assertThat(rebased.groups()).extracting(XmrGroup::shortGroup).containsExactly(false, true);
    assertThat(rebased.groups()).extracting(XmrGroup::size).containsExactly(14, 3);
    assertThat(XmrChart.of(series(thirteen), Polarity.HIGHER_IS_BETTER, XmrOptions.defaults().withShortGroupBelow(14))
            .hasShortGroup())
        .isTrue();
  }

  @Test
  void test_of_largeValuesAreSummedWithoutOverflow() {
    XmrChart chart = chart(Polarity.HIGHER_IS_BETTER, 1e308, 1e308, 1e308, 1.1e308);
    assertThat(chart.lastGroup().mean()).isCloseTo(1.025e308, within(1e293));
    assertThatThrownBy(() -> chart(Polarity.HIGHER_IS_BETTER, 1e308, -1e308, 1e308, -1e308))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("values[0..3] range too widely");
  }
}
