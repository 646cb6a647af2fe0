package org.combatingdrugs.outcomes.measure;

/** How settled a published value is, declared from the most settled to the least. */
public enum DataStatus {
  /** Published as final; not expected to change. */
  FINAL,
  /** Published as provisional; may be revised (ONS death registrations of the latest year). */
  PROVISIONAL,
  /** Estimated or modelled, not counted (a projection, a prevalence estimate). */
  ESTIMATED
}
