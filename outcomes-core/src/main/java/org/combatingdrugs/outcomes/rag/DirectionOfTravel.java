package org.combatingdrugs.outcomes.rag;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.judgement.Polarised;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.judgement.Judgement;

/**
 * Which way a metric moved between two values and whether that is better or worse.
 *
 * @param movement the raw movement of the value
 * @param judgement the movement judged by the metric's polarity
 */
public record DirectionOfTravel(Direction movement, Judgement judgement) {

  /** Validates that the judgement fits the movement. */
  public DirectionOfTravel {
    checkNotNull(movement, "movement");
    checkNotNull(judgement, "judgement");
    checkArgument(
        (movement == Direction.NO_CHANGE) == (judgement == Judgement.NO_CHANGE),
        "judgement must be NO_CHANGE exactly when the movement is NO_CHANGE but was %s for %s",
        judgement,
        movement);
  }

  /**
   * The direction of travel from an earlier to a later value.
   *
   * @param earlier the earlier value
   * @param later the later value, in the same units
   * @param judgedBy which direction is better: a {@link Polarity}, or the metric or measurement
   * @return the direction
   * @throws IllegalArgumentException when the units differ
   */
  public static DirectionOfTravel of(Quantity earlier, Quantity later, Polarised judgedBy) {
    checkArgument(
        earlier.unit().equals(later.unit()),
        "later must be in the unit of earlier (%s) but was %s",
        earlier.unit(),
        later.unit());
    return ofSign(later.compareTo(earlier), judgedBy.polarity());
  }

  /**
   * The direction of travel of a change.
   *
   * @param change the change from its base to its current value
   * @param judgedBy which direction is better: a {@link Polarity}, or the metric or measurement
   * @return the direction
   */
  public static DirectionOfTravel from(Change change, Polarised judgedBy) {
    return ofSign(change.absolute().signum(), judgedBy.polarity());
  }

  private static DirectionOfTravel ofSign(int sign, Polarity polarity) {
    checkNotNull(polarity, "polarity");
    Direction movement = Direction.ofSign(sign);
    return new DirectionOfTravel(movement, polarity.judge(movement));
  }

  /**
   * The movement and its judgement in words: {@code down, improving}, {@code up, worsening}, {@code
   * up, not judged}, {@code no change}.
   */
  @Override
  public String toString() {
    String moved =
        switch (movement) {
          case UP -> "up";
          case DOWN -> "down";
          case NO_CHANGE -> "no change";
        };
    return switch (judgement) {
      case IMPROVING -> moved + ", improving";
      case WORSENING -> moved + ", worsening";
      case NOT_JUDGED -> moved + ", not judged";
      case NO_CHANGE -> moved;
    };
  }

  /** Whether the value moved in the better direction. */
  public boolean isImproving() {
    return judgement == Judgement.IMPROVING;
  }
}
