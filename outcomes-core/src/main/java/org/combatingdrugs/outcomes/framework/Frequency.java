package org.combatingdrugs.outcomes.framework;

/** How often a metric is published. */
public enum Frequency {
  /** Every month. */
  MONTHLY,
  /** Every quarter. */
  QUARTERLY,
  /** Every year. */
  ANNUAL,
  /** On another cycle or irregularly (surveys every two years, modelled estimates). */
  OTHER
}
