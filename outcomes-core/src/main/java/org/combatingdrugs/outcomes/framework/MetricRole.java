package org.combatingdrugs.outcomes.framework;

/** The place of a metric in the framework. */
public enum MetricRole {
  /** One of the framework's 11 headline metrics. */
  HEADLINE,
  /** One of the framework's 22 supporting metrics: timelier or proxy measures. */
  SUPPORTING,
  /** A metric a partnership defines for itself, beside the national ones. */
  LOCAL;

  /** Whether the role belongs to the national framework (headline or supporting). */
  public boolean isNational() {
    return this != LOCAL;
  }
}
