package org.combatingdrugs.outcomes.rag;

import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.judgement.Polarised;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.rag.Threshold.Scale;
import org.combatingdrugs.outcomes.target.Attainment;
import org.combatingdrugs.outcomes.target.Bound;
import org.combatingdrugs.outcomes.target.Target;
import org.combatingdrugs.outcomes.result.Result;

/**
 * Rates an actual value against a target with an amber band: {@link RagStatus#GREEN} when the
 * target is met, {@link RagStatus#AMBER} when short of it by no more than the tolerance (the far
 * edge of the band is amber), {@link RagStatus#RED} otherwise. A metric with {@link
 * Polarity#NO_JUDGEMENT} is never rated, even against a bound.
 *
 * <p>Police and Crime Panel, July 2024: continuity of care, Dorset target 58%, actual 55%, with a
 * 5-point tolerance is amber (crossed: below 58); BCP target 57%, actual 60%, is green.
 *
 * @param amber the width of the amber band
 */
public record TargetToleranceScheme(Tolerance amber) implements TargetRagScheme {

  /** Checks that the tolerance is present. */
  public TargetToleranceScheme {
    checkNotNull(amber, "amber");
  }

  /**
   * A scheme with the given amber band.
   *
   * @param amber the width of the amber band
   * @return the scheme
   */
  public static TargetToleranceScheme of(Tolerance amber) {
    return new TargetToleranceScheme(amber);
  }

  /**
   * The scheme in words: {@code GREEN when the target is met, AMBER when short of it by up to 5.0
   * pp, RED beyond}, {@code … by up to 10.0% of the level, …}; the tolerance as {@link Tolerance}
   * writes it.
   */
  @Override
  public String toString() {
    return "GREEN when the target is met, AMBER when short of it by up to " + amber + ", RED beyond";
  }

  /** Rates an actual value; the rating's basis is {@link RatingBasis#ACTUAL}. */
  @Override
  public Result<Rating, NotRatedReason> rate(Quantity actual, Target target, Polarised judgedBy) {
    return rate(actual, target, judgedBy.polarity(), RatingBasis.ACTUAL);
  }

  Result<Rating, NotRatedReason> rate(Quantity value, Target target, Polarity polarity, RatingBasis basis) {
    checkNotNull(value, "value");
    checkNotNull(target, "target");
    // Checked here, not left to attainmentOf: a bound target has an attainment under NO_JUDGEMENT
    // (its own side), but a metric with no better direction is never rated.
    if (!polarity.judges()) {
      return Result.notComputed(NotRatedReason.NO_JUDGEMENT_POLARITY);
    }
    // A judging polarity always gives an attainment: AttainmentReason.NO_JUDGEMENT_POLARITY is the
    // only reason attainmentOf has.
    Attainment attainment = target.attainmentOf(value, polarity).orElseThrow();
    Quantity level = attainment.level();
    Quantity width = amber.widthAt(level);
    if (attainment.met()) {
      return rated(level, value, RagStatus.GREEN, basis);
    }
    if (attainment.shortfall().compareTo(width) <= 0) {
      return rated(level, value, RagStatus.AMBER, basis);
    }
    Quantity edge = attainment.bound() == Bound.AT_LEAST ? level.minus(width) : level.plus(width);
    return rated(edge, value, RagStatus.RED, basis);
  }

  private static Result<Rating, NotRatedReason> rated(
      Quantity boundary, Quantity value, RagStatus status, RatingBasis basis) {
    return Result.computed(
        new Rating(
            status,
            Threshold.crossed(boundary.amount(), Scale.LEVEL, value.amount(), status),
            basis));
  }
}
