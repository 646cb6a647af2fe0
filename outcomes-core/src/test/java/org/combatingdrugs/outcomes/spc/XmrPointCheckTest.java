package org.combatingdrugs.outcomes.spc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.junit.jupiter.api.Test;

/** A point's variation must agree with whether a rule fired; the refusal names both. */
class XmrPointCheckTest {

  @Test
  void aSpecialCauseVariationWithNoRuleIsRefused() {
    assertThatThrownBy(
            () ->
                new XmrPoint(
                    3, 9.0, 0, Side.BELOW, false, false, Optional.empty(), Variation.SPECIAL_CAUSE_IMPROVING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "variation must be common cause exactly when no rule fired, but was SPECIAL_CAUSE_IMPROVING"
                + " with no rule");
  }

  @Test
  void commonCauseWithARuleIsRefusedNamingTheRule() {
    Optional<SpecialCause> shift = Optional.of(new SpecialCause(SpecialCauseRule.SHIFT, Direction.UP));
    assertThatThrownBy(() -> new XmrPoint(3, 9.0, 0, Side.ABOVE, false, false, shift, Variation.COMMON_CAUSE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("variation must be common cause exactly when no rule fired, but was COMMON_CAUSE with SHIFT");
  }
}
