package org.combatingdrugs.outcomes.rag;

/** How a change is measured when placed in bands. */
public enum ChangeMeasure {
  /** Relative change as a fraction of the base ({@code 1/20} is 5%); undefined on a zero base. */
  RELATIVE,
  /** Difference in percentage points; only for metrics measured in percent. */
  POINTS
}
