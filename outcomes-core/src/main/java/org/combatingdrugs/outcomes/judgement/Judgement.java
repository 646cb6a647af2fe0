package org.combatingdrugs.outcomes.judgement;

/**
 * A direction judged by a metric's polarity: the one judgement type of the library. Results keep
 * their domain words as views of it (Fingertips' "better / similar / worse", a significant
 * "improvement"), but each is one of these underneath.
 */
public enum Judgement {
  /** Moved, or lies, in the better direction. */
  IMPROVING,
  /** Moved, or lies, in the worse direction. */
  WORSENING,
  /** No (significant) change or difference. */
  NO_CHANGE,
  /** A change or difference of a metric whose polarity makes no judgement. */
  NOT_JUDGED
}
