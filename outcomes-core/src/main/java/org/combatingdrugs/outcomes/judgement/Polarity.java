package org.combatingdrugs.outcomes.judgement;

/**
 * Which direction of a metric counts as better. A metric with {@link #NO_JUDGEMENT} (a context
 * measure such as a count of seizures) is never rated and never called improving or worsening.
 * {@link #judge(Direction)} is the one place the library turns a direction into a judgement.
 */
public enum Polarity implements Polarised {
  /** A larger value is better (for example continuity of care). */
  HIGHER_IS_BETTER,
  /** A smaller value is better (for example drug-related deaths). */
  LOWER_IS_BETTER,
  /** Neither direction is better; the value is reported for context only. */
  NO_JUDGEMENT;

  /** This polarity itself, so that a polarity can be passed wherever a metric can. */
  @Override
  public Polarity polarity() {
    return this;
  }

  /**
   * Whether this polarity judges at all.
   *
   * @return {@code false} only for {@link #NO_JUDGEMENT}
   */
  public boolean judges() {
    return this != NO_JUDGEMENT;
  }

  /**
   * The judgement of a movement or a difference in the given direction.
   *
   * @param direction which way the value moved, or lies against a reference
   * @return {@link Judgement#NO_CHANGE} for {@link Direction#NO_CHANGE} whatever the polarity;
   *     otherwise improving or worsening, or {@link Judgement#NOT_JUDGED} for {@link #NO_JUDGEMENT}
   */
  public Judgement judge(Direction direction) {
    if (direction == Direction.NO_CHANGE) {
      return Judgement.NO_CHANGE;
    }
    return switch (this) {
      case HIGHER_IS_BETTER -> direction == Direction.UP ? Judgement.IMPROVING : Judgement.WORSENING;
      case LOWER_IS_BETTER -> direction == Direction.DOWN ? Judgement.IMPROVING : Judgement.WORSENING;
      case NO_JUDGEMENT -> Judgement.NOT_JUDGED;
    };
  }

  /**
   * The direction that is better.
   *
   * @return {@link Direction#UP} or {@link Direction#DOWN}, or {@link Direction#NO_CHANGE} for
   *     {@link #NO_JUDGEMENT}, which has no better direction
   */
  public Direction better() {
    return switch (this) {
      case HIGHER_IS_BETTER -> Direction.UP;
      case LOWER_IS_BETTER -> Direction.DOWN;
      case NO_JUDGEMENT -> Direction.NO_CHANGE;
    };
  }

  /** The opposite polarity; {@link #NO_JUDGEMENT} stays as it is. */
  public Polarity reversed() {
    return switch (this) {
      case HIGHER_IS_BETTER -> LOWER_IS_BETTER;
      case LOWER_IS_BETTER -> HIGHER_IS_BETTER;
      case NO_JUDGEMENT -> NO_JUDGEMENT;
    };
  }
}
