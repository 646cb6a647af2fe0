package org.combatingdrugs.outcomes.stats;

import java.math.RoundingMode;

import java.math.BigDecimal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.combatingdrugs.outcomes.judgement.Polarised;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.result.Result;

/**
 * Whether a change between two periods is statistically significant, in which direction, and by
 * which method. 59 → 55 drug-related deaths is no significant change; continuity of care rising
 * from 180 to 240 of 400 prison leavers is a significant increase.
 *
 * @param direction increase, decrease or no significant change
 * @param method the test or interval used
 * @param effect the estimated change with its interval: the difference in percentage points for
 *     proportions, the ratio of later to earlier rates for counts; not computed with {@link
 *     IntervalReason#EARLIER_COUNT_ZERO} when that ratio is not finite
 * @param pValue the two-sided p-value when the method gives one
 */
public record ChangeSignificance(
        Direction direction,
    IntervalMethod method,
    Result<Interval, IntervalReason> effect,
    Optional<Double> pValue) {

  /** Checks that every part is present and the p-value is a probability. */
  public ChangeSignificance {
    checkNotNull(direction, "direction");
    checkNotNull(method, "method");
    checkNotNull(effect, "effect");
    checkNotNull(pValue, "pValue");
    checkArgument(
        pValue.map(p -> p >= 0 && p <= 1).orElse(true), "pValue must be within [0, 1] but was %s", pValue);
  }

  /** Whether the change is significant. */
  public boolean isSignificant() {
    return direction != Direction.NO_CHANGE;
  }

  /**
   * The change judged by polarity.
   *
   * @param judgedBy which direction is better: a {@link Polarity}, or the metric or measurement
   * @return improving, worsening, no change (not significant), or not judged
   */
  public Judgement judgement(Polarised judgedBy) {
    checkNotNull(judgedBy, "judgedBy");
    return judgedBy.polarity().judge(direction);
  }

  /**
   * The verdict with its method: {@code no significant change (exact conditional binomial, p =
   * 0.78)}, {@code significant increase (Newcombe hybrid score, p < 0.001)}.
   */
  @Override
  public String toString() {
    String verdict =
        switch (direction) {
          case UP -> "significant increase";
          case DOWN -> "significant decrease";
          case NO_CHANGE -> "no significant change";
        };
    String p =
        pValue
            .map(v -> v < 0.001 ? ", p < 0.001" : ", p = " + BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString())
            .orElse("");
    return verdict + " (" + method.label() + p + ")";
  }
}
