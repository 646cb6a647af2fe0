package org.combatingdrugs.outcomes.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.junit.jupiter.api.Test;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.result.Result;

/** Reference values from NHSRplotthedots' "deviations" vignette and the Making Data Count rules. */
class XmrChartTest {

  private static final List<Double> DEVIATIONS =
      List.of(1.0, 2.0, 1.0, 2.0, 10.0, 1.0, 2.0, 1.0, 2.0, 1.0, 2.0, 1.0, 2.0, 1.0, 2.0, 1.0, 2.0, 1.0);

  private static List<Double> series(double... values) {
    return Arrays.stream(values).boxed().collect(Collectors.toList());
  }

  private static ControlLimits limits(XmrChart chart) {
    return chart.limits().get(0).orElseThrow();
  }

  @Test
  void test_of_deviationsWithScreening() {
    XmrChart chart = XmrChart.of(DEVIATIONS, Polarity.HIGHER_IS_BETTER, XmrOptions.defaults());
    ControlLimits l = limits(chart);
    assertThat(l.mean()).isCloseTo(35.0 / 18, within(1e-12));
    assertThat(l.meanMovingRange()).isCloseTo(1.0, within(1e-12));
    assertThat(l.lower()).isCloseTo(35.0 / 18 - 2.66, within(1e-12));
    assertThat(l.upper()).isCloseTo(35.0 / 18 + 2.66, within(1e-12));
    assertThat(l.lower()).isCloseTo(-0.72, within(0.005));
    assertThat(l.upper()).isCloseTo(4.60, within(0.005));
    assertThat(chart.points().get(4).rule()).contains(SpecialCauseRule.OUTSIDE_LIMITS);
    assertThat(chart.points().get(4).variation()).isEqualTo(Variation.SPECIAL_CAUSE_IMPROVING);
    assertThat(chart.points()).filteredOn(p -> p.index() != 4).allMatch(p -> p.rule().isEmpty());
  }

  @Test
  void test_of_deviationsWithoutScreening() {
    XmrChart chart =
        XmrChart.of(DEVIATIONS, Polarity.HIGHER_IS_BETTER, XmrOptions.defaults().withScreening(false));
    ControlLimits l = limits(chart);
    assertThat(l.meanMovingRange()).isCloseTo(32.0 / 17, within(1e-12));
    assertThat(l.lower()).isCloseTo(35.0 / 18 - 2.66 * 32 / 17, within(1e-12));
    assertThat(l.upper()).isCloseTo(35.0 / 18 + 2.66 * 32 / 17, within(1e-12));
    assertThat(l.lower()).isCloseTo(-3.06, within(0.005));
    assertThat(l.upper()).isCloseTo(6.95, within(0.005));
    assertThat(chart.points().get(4).rule()).contains(SpecialCauseRule.OUTSIDE_LIMITS);
  }

  @Test
  void test_of_trendOfSevenButNotSix() {
    XmrChart seven =
        XmrChart.of(series(1, 2, 3, 4, 5, 6, 7), Polarity.LOWER_IS_BETTER, XmrOptions.defaults());
    // 1 and 7 lie outside the limits (4 ± 2.66), which takes precedence; the run between is a trend.
    assertThat(seven.points().subList(1, 6)).allMatch(p -> p.rule().equals(Optional.of(SpecialCauseRule.TREND)));
    assertThat(seven.points().get(0).rule()).contains(SpecialCauseRule.OUTSIDE_LIMITS);
    assertThat(seven.points().get(0).variation()).isEqualTo(Variation.SPECIAL_CAUSE_IMPROVING);
    assertThat(seven.points().subList(1, 7)).allMatch(p -> p.variation() == Variation.SPECIAL_CAUSE_CONCERNING);
    XmrChart six = XmrChart.of(series(1, 2, 3, 4, 5, 6), Polarity.LOWER_IS_BETTER, XmrOptions.defaults());
    assertThat(six.points()).noneMatch(p -> p.rule().equals(Optional.of(SpecialCauseRule.TREND)));
    XmrChart sixByConvention =
        XmrChart.of(series(1, 2, 3, 4, 5, 6), Polarity.LOWER_IS_BETTER, XmrOptions.defaults().withRuns(6, 7));
    assertThat(sixByConvention.points()).allMatch(p -> p.rule().equals(Optional.of(SpecialCauseRule.TREND)));
    XmrChart tie = XmrChart.of(series(1, 2, 3, 3, 4, 5, 6, 7), Polarity.LOWER_IS_BETTER, XmrOptions.defaults());
    assertThat(tie.points()).noneMatch(p -> p.rule().equals(Optional.of(SpecialCauseRule.TREND)));
  }

  @Test
  void test_of_shiftOfSevenAndAPointOnTheMeanBreaksIt() {
    List<Double> values = series(5, 5, 5, 5, 5, 5, 5, 1, 2, 1, 0, 1, 2, 0, 9);
    XmrChart chart = XmrChart.of(values, Polarity.NO_JUDGEMENT, XmrOptions.defaults());
    assertThat(chart.points().subList(0, 7)).allMatch(p -> p.rule().isPresent());
    assertThat(chart.points().get(0).variation()).isEqualTo(Variation.SPECIAL_CAUSE_NEUTRAL_HIGH);
    // Eight points below the mean (-0.05) are a shift; the same series with its tenth point raised
    // from -1 to 0, exactly the mean it then has, holds no run of seven on one side.
    List<Double> run = series(2, -2, 2, -2, 2, -2, -1, -1, -1, -1, -1, -1, -1, 2, -2, 2, -2, 2, -2, 6);
    XmrChart shift = XmrChart.of(run, Polarity.HIGHER_IS_BETTER, XmrOptions.defaults());
    assertThat(shift.points().subList(5, 13)).allMatch(p -> p.rule().equals(Optional.of(SpecialCauseRule.SHIFT)));
    List<Double> broken = new java.util.ArrayList<>(run);
    broken.set(9, 0.0);
    XmrChart onMean = XmrChart.of(broken, Polarity.HIGHER_IS_BETTER, XmrOptions.defaults());
    assertThat(onMean.points().get(9).side()).isEqualTo(Side.ON_MEAN);
    assertThat(onMean.points()).noneMatch(p -> p.rule().equals(Optional.of(SpecialCauseRule.SHIFT)));
  }

  @Test
  void test_of_twoOfThreeFlagsOnlyTheNearPointsOfAWindowOnOneSide() {
    List<Double> values = series(10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 13.6, 11.5, 13.6, 10, 11);
    XmrChart chart = XmrChart.of(values, Polarity.HIGHER_IS_BETTER, XmrOptions.defaults().withScreening(false));
    ControlLimits l = limits(chart);
    assertThat(l.mean()).isCloseTo(185.7 / 17, within(1e-12));
    assertThat(l.meanMovingRange()).isCloseTo(22.4 / 16, within(1e-12));
    assertThat(13.6).isGreaterThan(l.nearUpper()).isLessThan(l.upper());
    assertThat(chart.points().get(12).closeToLimits()).isTrue();
    assertThat(chart.points().get(13).closeToLimits()).isFalse();
    assertThat(chart.points().get(13).side()).isEqualTo(Side.ABOVE);
    assertThat(chart.points().get(12).specialCause())
        .contains(new SpecialCause(SpecialCauseRule.TWO_OF_THREE_NEAR_LIMITS, Direction.UP));
    assertThat(chart.points().get(14).rule()).contains(SpecialCauseRule.TWO_OF_THREE_NEAR_LIMITS);
    assertThat(chart.points().get(12).variation()).isEqualTo(Variation.SPECIAL_CAUSE_IMPROVING);
    assertThat(chart.points().get(13).rule()).isEmpty();
    assertThat(chart.points().subList(0, 12)).allMatch(p -> p.rule().isEmpty());
    assertThat(chart.improvementCount()).isEqualTo(2);
  }

  @Test
  void test_of_twoNearPointsAroundOneBelowTheMeanAreCommonCause() {
    List<Double> values = series(10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 13.6, 10.5, 13.6, 10, 11);
    XmrChart chart = XmrChart.of(values, Polarity.HIGHER_IS_BETTER, XmrOptions.defaults().withScreening(false));
    ControlLimits l = limits(chart);
    assertThat(l.mean()).isCloseTo(184.7 / 17, within(1e-12));
    assertThat(chart.points().get(12).closeToLimits()).isTrue();
    assertThat(chart.points().get(14).closeToLimits()).isTrue();
    assertThat(chart.points().get(13).side()).isEqualTo(Side.BELOW);
    assertThat(chart.points()).allMatch(p -> p.variation() == Variation.COMMON_CAUSE);
    assertThat(chart.commonCauseCount()).isEqualTo(17);
  }

  @Test
  void test_of_rebasedGroupsHaveTheirOwnLimits() {
    List<Double> values = series(1, 2, 1, 2, 1, 2, 11, 12, 11, 12, 11, 12);
    XmrChart chart = XmrChart.of(values, Polarity.HIGHER_IS_BETTER, XmrOptions.defaults(), List.of(6));
    XmrChart first = XmrChart.of(values.subList(0, 6), Polarity.HIGHER_IS_BETTER, XmrOptions.defaults());
    assertThat(chart.limits().get(0)).isEqualTo(first.limits().get(0));
    // The second group is the first moved up by 10, so its limits are the first's moved up by 10.
    ControlLimits a = chart.limits().get(0).orElseThrow();
    ControlLimits b = chart.limits().get(1).orElseThrow();
    assertThat(b.mean()).isCloseTo(a.mean() + 10, within(1e-12));
    assertThat(b.meanMovingRange()).isCloseTo(a.meanMovingRange(), within(1e-12));
    assertThat(b.lower()).isCloseTo(a.lower() + 10, within(1e-12));
    assertThat(b.upper()).isCloseTo(a.upper() + 10, within(1e-12));
    assertThat(chart.points().get(6).group()).isEqualTo(1);
    assertThat(chart.points()).allMatch(p -> p.rule().isEmpty());
    assertThatThrownBy(() -> XmrChart.of(values, Polarity.HIGHER_IS_BETTER, XmrOptions.defaults(), List.of(0)))
        .hasMessageContaining("rebaseAt must increase");
  }

  @Test
  void test_of_fixedBaselineUsesTheFirstPoints() {
    List<Double> values = series(1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 20, 20);
    XmrChart chart =
        XmrChart.of(values, Polarity.HIGHER_IS_BETTER, XmrOptions.defaults().withBaselineFixedAfter(12));
    XmrChart baseline = XmrChart.of(values.subList(0, 12), Polarity.HIGHER_IS_BETTER, XmrOptions.defaults());
    assertThat(chart.limits()).isEqualTo(baseline.limits());
    assertThat(chart.points().get(13).rule()).contains(SpecialCauseRule.OUTSIDE_LIMITS);
    assertThatThrownBy(() -> XmrOptions.defaults().withBaselineFixedAfter(11))
        .hasMessage("fixAfter must be at least 12 points but was 11");
  }

  @Test
  void test_of_constantAndMissingValues() {
    XmrChart constant = XmrChart.of(series(3, 3, 3, 3), Polarity.HIGHER_IS_BETTER, XmrOptions.defaults());
    assertThat(constant.limits()).containsExactly(Result.notComputed(LimitsReason.NO_VARIATION));
    assertThat(constant.groups().get(0).mean()).isEqualTo(3);
    assertThat(constant.points()).allMatch(p -> p.variation() == Variation.COMMON_CAUSE);
    assertThat(constant.assurance(3)).isEqualTo(Result.notComputed(AssuranceReason.NO_VARIATION));
    assertThatThrownBy(() -> constant.assurance(3).orElseThrow())
        .hasMessage(
            "not computed: every moving range is zero, so there are no limits to judge the target by"
                + " (NO_VARIATION)");
    assertThatThrownBy(
            () -> XmrChart.of(series(1, Double.NaN, 3), Polarity.HIGHER_IS_BETTER, XmrOptions.defaults()))
        .hasMessage("values[1] must be a finite number (missing values are not allowed) but was NaN");
    assertThatThrownBy(
            () -> XmrChart.of(Arrays.asList(1.0, null, 3.0), Polarity.HIGHER_IS_BETTER, XmrOptions.defaults()))
        .hasMessageContaining("values[1]");
  }

  @Test
  void test_assurance() {
    XmrChart chart = XmrChart.of(DEVIATIONS, Polarity.HIGHER_IS_BETTER, XmrOptions.defaults());
    ControlLimits l = limits(chart);
    assertThat(chart.assurance(-1)).isEqualTo(Result.computed(Assurance.CONSISTENTLY_PASSES));
    assertThat(chart.assurance(5)).isEqualTo(Result.computed(Assurance.CONSISTENTLY_FAILS));
    assertThat(chart.assurance(2)).isEqualTo(Result.computed(Assurance.HIT_AND_MISS));
    assertThat(chart.assurance(l.upper())).isEqualTo(Result.computed(Assurance.HIT_AND_MISS));
    assertThat(chart.assurance(l.lower())).isEqualTo(Result.computed(Assurance.HIT_AND_MISS));
    XmrChart lower = XmrChart.of(DEVIATIONS, Polarity.LOWER_IS_BETTER, XmrOptions.defaults());
    assertThat(lower.assurance(5)).isEqualTo(Result.computed(Assurance.CONSISTENTLY_PASSES));
    assertThat(XmrChart.of(DEVIATIONS, Polarity.NO_JUDGEMENT, XmrOptions.defaults()).assurance(5))
        .isEqualTo(Result.notComputed(AssuranceReason.NO_JUDGEMENT_POLARITY));
    XmrChart lastAlone =
        XmrChart.of(series(1, 4, 2, 7), Polarity.HIGHER_IS_BETTER, XmrOptions.defaults(), List.of(3));
    assertThat(lastAlone.assurance(5)).isEqualTo(Result.notComputed(AssuranceReason.TOO_FEW_POINTS));
  }
}
