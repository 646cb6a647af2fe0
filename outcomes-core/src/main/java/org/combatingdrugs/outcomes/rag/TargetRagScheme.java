package org.combatingdrugs.outcomes.rag;

import org.combatingdrugs.outcomes.judgement.Polarised;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.target.Target;
import org.combatingdrugs.outcomes.result.Result;

/** A way to rate a value against a target. Implementations are immutable and stateless. */
public sealed interface TargetRagScheme extends RagScheme
    permits TargetToleranceScheme, ProjectedAttainmentScheme {

  /**
   * Rates a value against a target.
   *
   * @param value the value to rate, in the target's units
   * @param target the target
   * @param judgedBy which direction is better: a {@link Polarity}, or the metric or measurement; {@link Polarity#NO_JUDGEMENT} is never rated
   * @return the rating, or not rated ({@link NotRatedReason#NO_JUDGEMENT_POLARITY}) when the
   *     polarity makes no judgement
   * @throws IllegalArgumentException when the units of the value, target and tolerance differ
   */
  Result<Rating, NotRatedReason> rate(Quantity value, Target target, Polarised judgedBy);
}
