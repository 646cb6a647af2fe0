package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.result.Result;

/** Significance of a change in a proportion between two periods. */
public final class ProportionChange {

  private ProportionChange() {}

  /**
   * The difference between two proportions, later minus earlier, in percentage points, with
   * Newcombe's hybrid score interval (method 10, from the Wilson intervals of each); significant
   * when the interval excludes 0.
   *
   * @param earlierX the earlier count with the characteristic, 0 to earlierN
   * @param earlierN the earlier denominator, positive
   * @param laterX the later count with the characteristic, 0 to laterN
   * @param laterN the later denominator, positive
   * @param level the confidence level
   * @return the significance, with the difference in points as its effect (always computed)
   * @throws IllegalArgumentException naming the count or denominator that is out of range
   */
  public static ChangeSignificance newcombe(
      long earlierX, long earlierN, long laterX, long laterN, ConfidenceLevel level) {
    checkNotNull(level, "level");
    checkArgument(earlierN > 0, "earlierN must be positive but was %s", earlierN);
    checkArgument(
        earlierX >= 0 && earlierX <= earlierN,
        "earlierX must be within 0..earlierN (%s) but was %s",
        earlierN,
        earlierX);
    checkArgument(laterN > 0, "laterN must be positive but was %s", laterN);
    checkArgument(
        laterX >= 0 && laterX <= laterN, "laterX must be within 0..laterN (%s) but was %s", laterN, laterX);
    Interval earlier = ProportionIntervals.wilson(earlierX, earlierN, level);
    Interval later = ProportionIntervals.wilson(laterX, laterN, level);
    double p1 = earlier.estimate();
    double p2 = later.estimate();
    double difference = p2 - p1;
    double lower =
        difference - Math.sqrt(square(p2 - later.lower()) + square(earlier.upper() - p1));
    double upper =
        difference + Math.sqrt(square(later.upper() - p2) + square(p1 - earlier.lower()));
    Interval points =
        new Interval(difference, lower, upper, level, IntervalMethod.NEWCOMBE_HYBRID_SCORE).times(100);
    Direction direction =
        lower > 0
            ? Direction.UP
            : upper < 0
                ? Direction.DOWN
                : Direction.NO_CHANGE;
    return new ChangeSignificance(
        direction, IntervalMethod.NEWCOMBE_HYBRID_SCORE, Result.computed(points), Optional.empty());
  }

  private static double square(double value) {
    return value * value;
  }
}
