package org.combatingdrugs.outcomes.target;

/** Which side of a level is acceptable: the value must stay at most, or at least, at the level. */
public enum Bound {
  /** The value meets the level when it is less than or equal to it. */
  AT_MOST,
  /** The value meets the level when it is greater than or equal to it. */
  AT_LEAST;

  /**
   * Whether a value compared with the level meets this bound.
   *
   * @param comparison the sign of {@code value.compareTo(level)}, any int (only its sign is read)
   * @return {@code true} when the value is on the acceptable side of the level or on it
   */
  public boolean isMetBy(int comparison) {
    return this == AT_MOST ? comparison <= 0 : comparison >= 0;
  }

  /** The bound in words: {@code at most}, {@code at least}. */
  public String phrase() {
    return this == AT_MOST ? "at most" : "at least";
  }
}
