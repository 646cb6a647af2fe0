package org.combatingdrugs.outcomes.judgement;

/** Which way a value moved or lies: up, down, or neither. */
public enum Direction {
  /** Higher: an increase, a rising run, or a value above a reference line. */
  UP,
  /** Lower: a decrease, a falling run, or a value below a reference line. */
  DOWN,
  /** Neither up nor down. */
  NO_CHANGE;

  /**
   * The direction of a sign.
   *
   * @param signum any int; only its sign is read
   * @return UP for a positive sign, DOWN for a negative one, NO_CHANGE for zero
   */
  public static Direction ofSign(int signum) {
    return signum > 0 ? UP : signum < 0 ? DOWN : NO_CHANGE;
  }

  /** The sign of this direction: +1, −1 or 0. */
  public int signum() {
    return this == UP ? 1 : this == DOWN ? -1 : 0;
  }
}
