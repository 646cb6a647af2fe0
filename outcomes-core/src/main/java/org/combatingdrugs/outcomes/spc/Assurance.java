package org.combatingdrugs.outcomes.spc;

/** Whether a process will meet a target, judged from its current limits. */
public enum Assurance {
  /** Both limits are on the passing side of the target: it will consistently pass. */
  CONSISTENTLY_PASSES,
  /** Both limits are on the failing side: it will consistently fail unless the process changes. */
  CONSISTENTLY_FAILS,
  /** The target lies within the limits (or on one): it will sometimes pass and sometimes fail. */
  HIT_AND_MISS
}
