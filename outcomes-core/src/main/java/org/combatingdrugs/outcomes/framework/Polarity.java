package org.combatingdrugs.outcomes.framework;

/**
 * Which direction of a metric counts as better. A metric with {@link #NO_JUDGEMENT} (a context
 * measure such as a count of seizures) is never rated and never called improving or worsening.
 */
public enum Polarity {
  /** A larger value is better (for example continuity of care). */
  HIGHER_IS_BETTER,
  /** A smaller value is better (for example drug-related deaths). */
  LOWER_IS_BETTER,
  /** Neither direction is better; the value is reported for context only. */
  NO_JUDGEMENT;

  /**
   * Whether this polarity judges at all.
   *
   * @return {@code false} only for {@link #NO_JUDGEMENT}
   */
  public boolean judges() {
    return this != NO_JUDGEMENT;
  }

  /**
   * The sign of "better" for a movement of the given sign: {@code +1} when a movement with sign
   * {@code signum} is an improvement, {@code -1} when it is a deterioration and {@code 0} when the
   * movement is zero or this polarity makes no judgement.
   *
   * @param signum the sign of a movement, any int (only its sign is read)
   * @return -1, 0 or +1
   */
  public int judge(int signum) {
    int s = Integer.signum(signum);
    switch (this) {
      case HIGHER_IS_BETTER:
        return s;
      case LOWER_IS_BETTER:
        return -s;
      default:
        return 0;
    }
  }
}
