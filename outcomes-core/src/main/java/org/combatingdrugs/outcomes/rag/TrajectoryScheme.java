package org.combatingdrugs.outcomes.rag;

import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.judgement.Polarised;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.target.Target;
import org.combatingdrugs.outcomes.target.Trajectory;
import org.combatingdrugs.outcomes.result.Result;

/**
 * Rates a value part-way to a target against where a straight-line trajectory says it should be by
 * then, with the bands of {@link TargetToleranceScheme}: green on or ahead of the trajectory, amber
 * behind it by no more than the tolerance, red further behind. The threshold crossed names the
 * expected level.
 *
 * @param banding the scheme whose bands are applied
 */
public record TrajectoryScheme(TargetToleranceScheme banding) implements RagScheme {

  /** Checks that the banding is present. */
  public TrajectoryScheme {
    checkNotNull(banding, "banding");
  }

  /**
   * A scheme with the given amber band.
   *
   * @param amber the width of the amber band
   * @return the scheme
   */
  public static TrajectoryScheme of(Tolerance amber) {
    return new TrajectoryScheme(TargetToleranceScheme.of(amber));
  }

  /**
   * The scheme in words: {@code GREEN on or ahead of the trajectory, AMBER behind it by up to 5.0
   * pp, RED further behind}.
   */
  @Override
  public String toString() {
    return "GREEN on or ahead of the trajectory, AMBER behind it by up to "
        + banding.amber()
        + ", RED further behind";
  }

  /**
   * Rates a value at a period against the trajectory's expected value for that period.
   *
   * @param actual the value at the end of {@code period}
   * @param period a period ending within the trajectory
   * @param trajectory the path from baseline to target
   * @param judgedBy which direction is better: a {@link Polarity}, or the metric or measurement
   * @return the rating; not rated for {@link Polarity#NO_JUDGEMENT}
   * @throws IllegalArgumentException when the period lies outside the trajectory or the units differ
   */
  public Result<Rating, NotRatedReason> rate(
      Quantity actual, ReportingPeriod period, Trajectory trajectory, Polarised judgedBy) {
    checkNotNull(trajectory, "trajectory");
    checkNotNull(judgedBy, "judgedBy");
    Quantity expected = trajectory.expectedAt(period);
    Target interim =
        trajectory
            .target()
            .meetingBound(judgedBy.polarity())
            .<Target>map(bound -> Target.stayWithin(bound, expected, period))
            .orElse(Target.reach(expected, period));
    return banding.rate(actual, interim, judgedBy.polarity());
  }
}
