package org.combatingdrugs.outcomes.rag;

/**
 * A red/amber/green status. The declaration order is the order of severity, so the natural order
 * ({@link #compareTo}) runs from the best, {@link #GREEN}, to the worst, {@link #RED}.
 */
public enum RagStatus {
  /** On track: the target is met, or the change is good enough. */
  GREEN(0),
  /** Close: short of the target by no more than the tolerance. */
  AMBER(1),
  /** Off track. */
  RED(2);

  private final int severity;

  RagStatus(int severity) {
    this.severity = severity;
  }

  /** How bad the status is: 0 for green, 1 for amber, 2 for red. */
  public int severity() {
    return severity;
  }

  /** Whether this status is strictly worse than {@code other}. */
  public boolean isWorseThan(RagStatus other) {
    return severity > other.severity;
  }

  /** Whether this status is strictly better than {@code other}. */
  public boolean isBetterThan(RagStatus other) {
    return severity < other.severity;
  }

  /** The worse of two statuses (either when equal). */
  public static RagStatus worst(RagStatus a, RagStatus b) {
    return a.severity >= b.severity ? a : b;
  }
}
