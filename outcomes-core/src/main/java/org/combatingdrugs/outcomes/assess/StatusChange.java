package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.rag.RagStatus;

/**
 * How one metric's RAG status moved between two scorecards.
 *
 * @param metric the metric
 * @param before the status in the earlier scorecard, empty when not rated there
 * @param after the status in the later scorecard, empty when not rated there
 * @param movement what the move was
 */
public record StatusChange(
    Metric metric, Optional<RagStatus> before, Optional<RagStatus> after, Movement movement) {

  /** What a move between two statuses was. */
  public enum Movement {
    /** A better status than before (RED to AMBER, AMBER to GREEN, RED to GREEN). */
    IMPROVED,
    /** A worse status than before. */
    WORSENED,
    /** The same status. */
    UNCHANGED,
    /** Rated now, not rated before. */
    NEWLY_RATED,
    /** Rated before, not rated now. */
    NO_LONGER_RATED,
    /** Rated in neither scorecard. */
    NOT_RATED
  }

  /** Checks that the movement is the one the two statuses make. */
  public StatusChange {
    checkNotNull(metric, "metric");
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    checkNotNull(movement, "movement");
    checkArgument(
        movement == between(before, after),
        "movement from %s to %s must be %s but was %s",
        before,
        after,
        between(before, after),
        movement);
  }

  /**
   * The change of a metric's status.
   *
   * @param metric the metric
   * @param before the earlier status, empty when not rated
   * @param after the later status, empty when not rated
   * @return the change, with its movement worked out
   */
  public static StatusChange of(Metric metric, Optional<RagStatus> before, Optional<RagStatus> after) {
    return new StatusChange(metric, before, after, between(before, after));
  }

  private static Movement between(Optional<RagStatus> before, Optional<RagStatus> after) {
    if (before.isEmpty()) {
      return after.isEmpty() ? Movement.NOT_RATED : Movement.NEWLY_RATED;
    }
    if (after.isEmpty()) {
      return Movement.NO_LONGER_RATED;
    }
    int c = after.get().compareTo(before.get());
    return c < 0 ? Movement.IMPROVED : c > 0 ? Movement.WORSENED : Movement.UNCHANGED;
  }

  /** {@code numbers-in-treatment: AMBER → GREEN (improved)}. */
  @Override
  public String toString() {
    return metric.id()
        + ": "
        + before.map(RagStatus::name).orElse("not rated")
        + " → "
        + after.map(RagStatus::name).orElse("not rated")
        + " ("
        + movement.name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + ")";
  }
}
