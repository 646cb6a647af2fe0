package org.combatingdrugs.outcomes.calc;

/**
 * The outcome of asking for a projection: a {@link Projection}, or {@link NotProjected} with the
 * reason when the data cannot support one.
 */
public sealed interface ProjectionResult permits Projection, NotProjected {

  /** Whether a projection was made. */
  boolean isProjected();

  /**
   * The projection.
   *
   * @return the projection
   * @throws IllegalStateException when none was made, naming the reason
   */
  Projection orElseThrow();
}
