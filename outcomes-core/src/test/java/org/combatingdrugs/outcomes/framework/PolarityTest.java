package org.combatingdrugs.outcomes.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolarityTest {
  @Test
  void test_judge_higherIsBetterKeepsTheSign() {
    assertThat(Polarity.HIGHER_IS_BETTER.judge(5)).isEqualTo(1);
    assertThat(Polarity.HIGHER_IS_BETTER.judge(-2)).isEqualTo(-1);
    assertThat(Polarity.HIGHER_IS_BETTER.judge(0)).isZero();
  }

  @Test
  void test_judge_lowerIsBetterFlipsTheSign() {
    assertThat(Polarity.LOWER_IS_BETTER.judge(5)).isEqualTo(-1);
    assertThat(Polarity.LOWER_IS_BETTER.judge(-7)).isEqualTo(1);
  }

  @Test
  void test_judge_noJudgementNeverJudges() {
    assertThat(Polarity.NO_JUDGEMENT.judge(5)).isZero();
    assertThat(Polarity.NO_JUDGEMENT.judges()).isFalse();
  }
}
