package org.combatingdrugs.outcomes.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.junit.jupiter.api.Test;

/**
 * The chart's mean is the exactly rounded mean, as R's long-double mean is: 10^16, 1, −10^16, 1
 * average 0.5, where summing in doubles loses the first 1 (10^16 + 1 rounds to 10^16) and gives
 * 0.25.
 */
class XmrMeanTest {

  @Test
  void test_mean_keepsWhatANaiveSumLoses() {
    XmrChart chart = XmrChart.of(List.of(1e16, 1.0, -1e16, 1.0), Polarity.HIGHER_IS_BETTER, XmrOptions.defaults());
    ControlLimits limits = chart.limits().get(0).orElseThrow();
    assertThat(limits.mean()).isEqualTo(0.5);
    XmrChart shifted = XmrChart.of(List.of(1.0, 1e16, 1.0, -1e16), Polarity.HIGHER_IS_BETTER, XmrOptions.defaults());
    assertThat(shifted.limits().get(0).orElseThrow().mean()).isEqualTo(0.5);
  }
}
