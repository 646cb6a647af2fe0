package org.combatingdrugs.outcomes.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.junit.jupiter.api.Test;

/** The words of a chart: sides of the mean, the kinds of variation, and each rule's name. */
class SpcVocabularyTest {

  @Test
  void test_side_ofAValueAgainstTheMean() {
    assertThat(Side.of(10.5, 10)).isEqualTo(Side.ABOVE);
    assertThat(Side.of(9.5, 10)).isEqualTo(Side.BELOW);
    assertThat(Side.of(10, 10)).isEqualTo(Side.ON_MEAN);
    assertThat(Side.of(Math.nextUp(10.0), 10)).isEqualTo(Side.ABOVE);
    assertThat(Side.of(Math.nextDown(10.0), 10)).isEqualTo(Side.BELOW);
  }

  @Test
  void test_isNeutral_onlyTheTwoNeutralSpecialCauses() {
    assertThat(Arrays.stream(Variation.values()).filter(Variation::isNeutral).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.of(Variation.SPECIAL_CAUSE_NEUTRAL_HIGH, Variation.SPECIAL_CAUSE_NEUTRAL_LOW));
    assertThat(Variation.COMMON_CAUSE.isNeutral()).isFalse();
    assertThat(Variation.SPECIAL_CAUSE_IMPROVING.isNeutral()).isFalse();
    assertThat(Variation.SPECIAL_CAUSE_CONCERNING.isNeutral()).isFalse();
  }

  @Test
  void test_isSpecialCause_exactlyWhenARuleFired() {
    XmrChart chart =
        XmrChart.of(
            Arrays.asList(10.0, 11.0, 10.0, 11.0, 10.0, 11.0, 10.0, 11.0, 10.0, 11.0, 10.0, 11.0, 10.0, 11.0, 16.0),
            Polarity.HIGHER_IS_BETTER,
            XmrOptions.defaults());
    XmrPoint outside = chart.points().get(14);
    assertThat(outside.isSpecialCause()).isTrue();
    assertThat(outside.rule()).contains(SpecialCauseRule.OUTSIDE_LIMITS);
    XmrPoint ordinary = chart.points().get(13);
    assertThat(ordinary.isSpecialCause()).isFalse();
    assertThat(ordinary.rule()).isEmpty();
    assertThat(chart.points()).allMatch(p -> p.isSpecialCause() == p.specialCause().isPresent());
  }

  @Test
  void test_specialCauseToString_namesEachRuleOnItsSide() {
    assertThat(new SpecialCause(SpecialCauseRule.OUTSIDE_LIMITS, Direction.UP)).hasToString("above the upper limit");
    assertThat(new SpecialCause(SpecialCauseRule.OUTSIDE_LIMITS, Direction.DOWN)).hasToString("below the lower limit");
    assertThat(new SpecialCause(SpecialCauseRule.TREND, Direction.UP)).hasToString("a rising trend");
    assertThat(new SpecialCause(SpecialCauseRule.TREND, Direction.DOWN)).hasToString("a falling trend");
    assertThat(new SpecialCause(SpecialCauseRule.TWO_OF_THREE_NEAR_LIMITS, Direction.UP))
        .hasToString("two of three near the upper limit");
    assertThat(new SpecialCause(SpecialCauseRule.TWO_OF_THREE_NEAR_LIMITS, Direction.DOWN))
        .hasToString("two of three near the lower limit");
    assertThat(new SpecialCause(SpecialCauseRule.SHIFT, Direction.UP)).hasToString("a run above the mean");
    assertThat(new SpecialCause(SpecialCauseRule.SHIFT, Direction.DOWN)).hasToString("a run below the mean");
  }

  @Test
  void test_options_runsOfThreeAtLeast_groupsOfOneAtLeast() {
    XmrOptions shortest = new XmrOptions(true, 3, 3, OptionalInt.empty(), 1);
    assertThat(shortest.trendPoints()).isEqualTo(3);
    assertThatThrownBy(() -> new XmrOptions(true, 2, 3, OptionalInt.empty(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trendPoints must be at least 3 but was 2");
    assertThatThrownBy(() -> new XmrOptions(true, 3, 2, OptionalInt.empty(), 1))
        .hasMessage("shiftPoints must be at least 3 but was 2");
    assertThatThrownBy(() -> new XmrOptions(true, 3, 3, OptionalInt.empty(), 0))
        .hasMessage("shortGroupBelow must be at least 1 but was 0");
  }
}
