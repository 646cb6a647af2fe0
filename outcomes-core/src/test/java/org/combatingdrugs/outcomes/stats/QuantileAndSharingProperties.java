package org.combatingdrugs.outcomes.stats;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

/**
 * The quantiles a level computes once are the ones it computed every time before: the same
 * doubles, whichever level was asked for last.
 */
class QuantileAndSharingProperties {

  @Example
  void fingertipsLevelsGiveTheirQuantilesLiterally() {
    assertThat(ConfidenceLevel.NINETY_FIVE.z()).isEqualTo(1.9599639845400538);
    assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z()).isEqualTo(3.090232306167813);
    assertThat(ConfidenceLevel.of(95).z()).isEqualTo(1.9599639845400538);
    assertThat(ConfidenceLevel.of(99.8).z()).isEqualTo(3.090232306167813);
  }

  @Example
  void otherLevelsGiveTheirQuantilesLiterallyHoweverTheyAlternate() {
    for (int round = 0; round < 3; round++) {
      assertThat(ConfidenceLevel.of(0.90).z()).isEqualTo(1.6448536269514724);
      assertThat(ConfidenceLevel.of(0.99).z()).isEqualTo(2.575829303548901);
      assertThat(ConfidenceLevel.of(0.99).z()).isEqualTo(2.575829303548901);
      assertThat(ConfidenceLevel.of(0.999999).z()).isEqualTo(4.891638475671085);
      assertThat(ConfidenceLevel.NINETY_FIVE.z()).isEqualTo(1.9599639845400538);
    }
  }

  @Property
  void aLevelsQuantileIsTheNormalQuantileOfItsUpperTail(
      @ForAll @DoubleRange(min = 0.90, max = 0.9999) @Scale(12) double value,
      @ForAll @DoubleRange(min = 0.90, max = 0.9999) @Scale(12) double other) {
    ConfidenceLevel level = ConfidenceLevel.of(value);
    double expected = NormalQuantile.of(value + (1 - value) / 2);
    assertThat(level.z()).isEqualTo(expected);
    assertThat(ConfidenceLevel.of(other).z()).isEqualTo(NormalQuantile.of(other + (1 - other) / 2));
    assertThat(level.z()).isEqualTo(expected);
    assertThat(ConfidenceLevel.NINETY_FIVE.z()).isEqualTo(NormalQuantile.of(0.95 + (1 - 0.95) / 2));
    assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z())
        .isEqualTo(NormalQuantile.of(0.998 + (1 - 0.998) / 2));
  }
}
