package org.combatingdrugs.outcomes.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.combatingdrugs.outcomes.stats.IntervalReason;
import org.junit.jupiter.api.Test;

class ResultTest {

  private enum Why implements Reason {
    TOO_FEW("too few values"),
    ZERO_BASE("the base is zero");

    private final String sentence;

    Why(String sentence) {
      this.sentence = sentence;
    }

    @Override
    public String sentence() {
      return sentence;
    }
  }

  @Test
  void test_computed_offersItsValueEveryWay() {
    Result<String, Why> result = Result.computed("59");
    assertThat(result.isComputed()).isTrue();
    assertThat(result.orElseThrow()).isEqualTo("59");
    assertThat(result.value()).contains("59");
    assertThat(result.reason()).isEmpty();
    assertThat(result.map(Integer::parseInt)).isEqualTo(Result.computed(59));
    assertThat(result).hasToString("59").isEqualTo(Result.computed("59")).isNotEqualTo(Result.computed("55"));
    assertThat(result.hashCode()).isEqualTo(Result.computed("59").hashCode());
  }

  @Test
  void test_notComputed_keepsItsReasonAndSaysItWhenAskedForAValue() {
    Result<String, Why> result = Result.notComputed(Why.TOO_FEW);
    assertThat(result.isComputed()).isFalse();
    assertThat(result.value()).isEmpty();
    assertThat(result.reason()).contains(Why.TOO_FEW);
    assertThat(result.map(Integer::parseInt)).isEqualTo(Result.notComputed(Why.TOO_FEW));
    assertThat(result).hasToString("not computed: too few values");
    assertThat(result).isEqualTo(Result.notComputed(Why.TOO_FEW)).isNotEqualTo(Result.notComputed(Why.ZERO_BASE));
    assertThat(result).isNotEqualTo(Result.computed("TOO_FEW"));
    assertThatThrownBy(result::orElseThrow)
        .isInstanceOf(NotComputedException.class)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("not computed: too few values (TOO_FEW)")
        .isInstanceOfSatisfying(NotComputedException.class, e -> assertThat(e.reason()).isEqualTo(Why.TOO_FEW));
  }

  @Test
  void test_map_refusesANullValue() {
    assertThatThrownBy(() -> Result.<String, Why>computed("1").map(s -> null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mapped value");
  }

  @Test
  void test_sealedPair_canBeMatchedWithoutACast() {
    Result<String, IntervalReason> computed = Result.computed("59");
    Result<String, IntervalReason> refused = Result.notComputed(IntervalReason.TOTAL_COUNT_BELOW_TEN);
    assertThat(
            computed instanceof Result.Computed<String, IntervalReason> c ? c.orElseThrow() : "none")
        .isEqualTo("59");
    assertThat(
            refused instanceof Result.NotComputed<String, IntervalReason> n
                && n.why() == IntervalReason.TOTAL_COUNT_BELOW_TEN)
        .isTrue();
  }

  @Test
  void test_hashCode_isItsValuesOrItsReasons() {
    assertThat(Result.<String, Why>computed("59").hashCode()).isEqualTo("59".hashCode());
    assertThat(Result.<String, Why>notComputed(Why.TOO_FEW).hashCode()).isEqualTo(Why.TOO_FEW.hashCode());
    assertThat(Result.<String, Why>notComputed(Why.ZERO_BASE).hashCode()).isEqualTo(Why.ZERO_BASE.hashCode());
  }
}
