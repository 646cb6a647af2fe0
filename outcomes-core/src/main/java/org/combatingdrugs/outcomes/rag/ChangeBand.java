package org.combatingdrugs.outcomes.rag;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.combatingdrugs.outcomes.exact.Exact;

/**
 * A band of improvement that leads to one status: from {@code from} (inclusive) up to {@code to}
 * (exclusive). An absent end is open: {@code from} empty reaches down to minus infinity, {@code to}
 * empty up to plus infinity. Improvement is the change oriented by polarity, as a fraction or in
 * points depending on the scheme's {@link ChangeMeasure}.
 *
 * @param from the lowest improvement in the band, empty when open below
 * @param to the improvement just above the band, empty when open above
 * @param status the status given to an improvement in the band
 */
public record ChangeBand(Optional<Exact> from, Optional<Exact> to, RagStatus status) {

  /** Validates that a closed band is not empty. */
  public ChangeBand {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(status, "status");
    if (from.isPresent() && to.isPresent()) {
      checkArgument(
          from.get().compareTo(to.get()) < 0,
          "band from (its lower bound, inclusive) must be below its to (its upper bound,"
              + " exclusive) but from was %s and to was %s",
          from.get().toExactString(),
          to.get().toExactString());
    }
  }

  /**
   * A band open below: every improvement less than {@code to}.
   *
   * @param to the exclusive upper end
   * @param status the status
   * @return the band
   */
  public static ChangeBand below(Exact to, RagStatus status) {
    return new ChangeBand(Optional.empty(), Optional.of(to), status);
  }

  /**
   * A closed band: improvements from {@code from} (inclusive) to {@code to} (exclusive).
   *
   * @param from the inclusive lower end
   * @param to the exclusive upper end, above {@code from}
   * @param status the status
   * @return the band
   */
  public static ChangeBand between(Exact from, Exact to, RagStatus status) {
    return new ChangeBand(Optional.of(from), Optional.of(to), status);
  }

  /**
   * A band open above: every improvement at least {@code from}.
   *
   * @param from the inclusive lower end
   * @param status the status
   * @return the band
   */
  public static ChangeBand atLeast(Exact from, RagStatus status) {
    return new ChangeBand(Optional.of(from), Optional.empty(), status);
  }

  /**
   * The band of every improvement.
   *
   * @param status the status
   * @return the band
   */
  public static ChangeBand everything(RagStatus status) {
    return new ChangeBand(Optional.empty(), Optional.empty(), status);
  }

  /** Whether the band holds the given improvement. */
  public boolean contains(Exact improvement) {
    return (from.isEmpty() || improvement.compareTo(from.get()) >= 0)
        && (to.isEmpty() || improvement.compareTo(to.get()) < 0);
  }

  /**
   * The band as an interval with its status: {@code [-0.05, 1/3) → AMBER}, {@code (-∞, -0.05) →
   * RED}, {@code [0, +∞) → GREEN}. The ends are exact, as {@link Exact#toExactString()} writes
   * them: a fraction for relative change, points for percentage points.
   */
  @Override
  public String toString() {
    return from.map(f -> "[" + f.toExactString()).orElse("(-∞")
        + ", "
        + to.map(t -> t.toExactString() + ")").orElse("+∞)")
        + " → "
        + status;
  }
}
