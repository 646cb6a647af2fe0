package org.combatingdrugs.outcomes.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolarityTest {
  @Test
  void test_judge_higherIsBetterCallsUpImproving() {
    assertThat(Polarity.HIGHER_IS_BETTER.judge(Direction.UP)).isEqualTo(Judgement.IMPROVING);
    assertThat(Polarity.HIGHER_IS_BETTER.judge(Direction.DOWN)).isEqualTo(Judgement.WORSENING);
    assertThat(Polarity.HIGHER_IS_BETTER.judge(Direction.NO_CHANGE)).isEqualTo(Judgement.NO_CHANGE);
  }

  @Test
  void test_judge_lowerIsBetterCallsDownImproving() {
    assertThat(Polarity.LOWER_IS_BETTER.judge(Direction.DOWN)).isEqualTo(Judgement.IMPROVING);
    assertThat(Polarity.LOWER_IS_BETTER.judge(Direction.UP)).isEqualTo(Judgement.WORSENING);
  }

  @Test
  void test_judge_noJudgementNeverJudgesAMovement() {
    assertThat(Polarity.NO_JUDGEMENT.judge(Direction.UP)).isEqualTo(Judgement.NOT_JUDGED);
    assertThat(Polarity.NO_JUDGEMENT.judge(Direction.NO_CHANGE)).isEqualTo(Judgement.NO_CHANGE);
    assertThat(Polarity.NO_JUDGEMENT.judges()).isFalse();
    assertThat(Polarity.NO_JUDGEMENT.better()).isEqualTo(Direction.NO_CHANGE);
  }

  @Test
  void test_reversed_swapsImprovingAndWorsening() {
    for (Polarity polarity : Polarity.values()) {
      assertThat(polarity.reversed().reversed()).isEqualTo(polarity);
      for (Direction direction : Direction.values()) {
        Judgement judged = polarity.judge(direction);
        Judgement reversed = polarity.reversed().judge(direction);
        if (judged == Judgement.IMPROVING) {
          assertThat(reversed).isEqualTo(Judgement.WORSENING);
        } else if (judged == Judgement.WORSENING) {
          assertThat(reversed).isEqualTo(Judgement.IMPROVING);
        } else {
          assertThat(reversed).isEqualTo(judged);
        }
      }
    }
    assertThat(Polarity.HIGHER_IS_BETTER.judge(Polarity.HIGHER_IS_BETTER.better())).isEqualTo(Judgement.IMPROVING);
    assertThat(Polarity.LOWER_IS_BETTER.judge(Polarity.LOWER_IS_BETTER.better())).isEqualTo(Judgement.IMPROVING);
  }
}
