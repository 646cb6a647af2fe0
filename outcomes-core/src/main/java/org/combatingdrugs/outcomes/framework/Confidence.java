package org.combatingdrugs.outcomes.framework;

/** How well a fact in the catalogue is established. */
public enum Confidence {
  /** Read in a primary or official source. */
  HIGH,
  /** Read in a secondary source, or pieced together from several. */
  MEDIUM,
  /** Inferred and not seen in any source: a placeholder, not a fact. */
  LOW
}
