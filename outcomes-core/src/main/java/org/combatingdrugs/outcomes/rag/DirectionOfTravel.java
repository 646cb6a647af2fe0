package org.combatingdrugs.outcomes.rag;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.framework.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;

/**
 * Which way a metric moved between two values and whether that is better or worse.
 *
 * @param movement the raw movement of the value
 * @param judgement the movement judged by the metric's polarity
 */
public record DirectionOfTravel(Movement movement, Judgement judgement) {

  /** The raw movement of a value. */
  public enum Movement {
    /** The later value is greater. */
    UP,
    /** The later value is smaller. */
    DOWN,
    /** The values are equal. */
    FLAT
  }

  /** A movement judged by polarity. */
  public enum Judgement {
    /** Moved in the better direction. */
    IMPROVING,
    /** Moved in the worse direction. */
    WORSENING,
    /** Did not move. */
    NO_CHANGE,
    /** Moved, but the metric has no better direction ({@link Polarity#NO_JUDGEMENT}). */
    NOT_JUDGED
  }

  /** Validates that the judgement fits the movement. */
  public DirectionOfTravel {
    checkNotNull(movement, "movement");
    checkNotNull(judgement, "judgement");
    checkArgument(
        (movement == Movement.FLAT) == (judgement == Judgement.NO_CHANGE),
        "judgement must be NO_CHANGE exactly when the movement is FLAT but was %s for %s",
        judgement,
        movement);
  }

  /**
   * The direction of travel from an earlier to a later value.
   *
   * @param earlier the earlier value
   * @param later the later value, in the same units
   * @param polarity the metric's polarity
   * @return the direction
   * @throws IllegalArgumentException when the units differ
   */
  public static DirectionOfTravel of(Quantity earlier, Quantity later, Polarity polarity) {
    checkArgument(
        earlier.unit().equals(later.unit()),
        "later must be in the unit of earlier (%s) but was %s",
        earlier.unit(),
        later.unit());
    return ofSign(later.compareTo(earlier), polarity);
  }

  /**
   * The direction of travel of a change.
   *
   * @param change the change from its base to its current value
   * @param polarity the metric's polarity
   * @return the direction
   */
  public static DirectionOfTravel from(Change change, Polarity polarity) {
    return ofSign(change.absolute().signum(), polarity);
  }

  private static DirectionOfTravel ofSign(int sign, Polarity polarity) {
    checkNotNull(polarity, "polarity");
    if (sign == 0) {
      return new DirectionOfTravel(Movement.FLAT, Judgement.NO_CHANGE);
    }
    Movement movement = sign > 0 ? Movement.UP : Movement.DOWN;
    int better = polarity.judge(sign);
    Judgement judgement =
        better > 0 ? Judgement.IMPROVING : better < 0 ? Judgement.WORSENING : Judgement.NOT_JUDGED;
    return new DirectionOfTravel(movement, judgement);
  }

  /** Whether the value moved in the better direction. */
  public boolean isImproving() {
    return judgement == Judgement.IMPROVING;
  }
}
