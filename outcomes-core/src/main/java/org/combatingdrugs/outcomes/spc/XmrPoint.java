package org.combatingdrugs.outcomes.spc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One point of an XmR chart with what the rules made of it.
 *
 * @param index its position in the series, from 0
 * @param value its value
 * @param group the group (between rebases) it belongs to, from 0
 * @param rule the rule that fired for it, by precedence; empty for common cause
 * @param variation the variation it shows
 */
public record XmrPoint(
    int index, double value, int group, Optional<SpecialCauseRule> rule, Variation variation) {

  /** Checks the parts. */
  public XmrPoint {
    checkNotNull(rule, "rule");
    checkNotNull(variation, "variation");
    checkArgument(index >= 0 && group >= 0, "index and group must be 0 or more");
    checkArgument(
        rule.isPresent() == (variation != Variation.COMMON_CAUSE),
        "variation must be common cause exactly when no rule fired, but was %s with %s",
        variation,
        rule);
  }
}
