package org.combatingdrugs.outcomes.rag;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.calc.Projection;
import org.combatingdrugs.outcomes.judgement.Polarised;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.target.Target;
import org.combatingdrugs.outcomes.result.Result;

/**
 * Rates a value projected to the end of the target's due period (from a run rate, a seasonal
 * profile or a trend) against the target, with the same bands as {@link TargetToleranceScheme}. The
 * rating records {@link RatingBasis#PROJECTED}, so it is never mistaken for an actual result.
 *
 * @param banding the scheme whose bands are applied
 */
public record ProjectedAttainmentScheme(TargetToleranceScheme banding) implements TargetRagScheme {

  /** Checks that the banding is present. */
  public ProjectedAttainmentScheme {
    checkNotNull(banding, "banding");
  }

  /**
   * A scheme rating projections with the given amber band.
   *
   * @param amber the width of the amber band
   * @return the scheme
   */
  public static ProjectedAttainmentScheme of(Tolerance amber) {
    return new ProjectedAttainmentScheme(TargetToleranceScheme.of(amber));
  }

  /**
   * The scheme in words: {@code on the projected value, GREEN when the target is met, AMBER when
   * short of it by up to 10.0% of the level, RED beyond}.
   */
  @Override
  public String toString() {
    return "on the projected value, " + banding;
  }

  /**
   * Rates a projected value; the rating's basis is {@link RatingBasis#PROJECTED}.
   *
   * @param projected the value projected to the end of the target's due period
   */
  @Override
  public Result<Rating, NotRatedReason> rate(Quantity projected, Target target, Polarised judgedBy) {
    return banding.rate(projected, target, judgedBy.polarity(), RatingBasis.PROJECTED);
  }

  /**
   * Rates a projection against the target it projects to: the projection must be for the target's
   * due period.
   *
   * @param projection a projection of the metric to the target's due period
   * @param target the target
   * @param judgedBy which direction is better: a {@link Polarity}, or the metric or measurement
   * @return the rating, basis {@link RatingBasis#PROJECTED}
   * @throws IllegalArgumentException when the projection is for another period
   */
  public Result<Rating, NotRatedReason> rate(Projection projection, Target target, Polarised judgedBy) {
    checkNotNull(projection, "projection");
    checkNotNull(target, "target");
    checkArgument(
        projection.period().equals(target.due()),
        "projection must be for the target's due period %s but was for %s",
        target.due(),
        projection.period());
    return rate(projection.value(), target, judgedBy.polarity());
  }
}
