package org.combatingdrugs.outcomes.rag;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A value given a RAG status, with the threshold that decided it. A scheme that cannot rate a value
 * says why instead: it returns a {@link org.combatingdrugs.outcomes.result.Result} not computed
 * with a {@link NotRatedReason}.
 *
 * @param status the status
 * @param crossed the threshold that decided it; its status is {@code status}
 * @param basis whether an actual or a projected value was judged
 */
public record Rating(RagStatus status, Threshold crossed, RatingBasis basis) {

  /** Checks that the threshold leads to the status. */
  public Rating {
    checkNotNull(status, "status");
    checkNotNull(crossed, "crossed");
    checkNotNull(basis, "basis");
    checkArgument(
        crossed.status() == status,
        "crossed threshold must lead to status %s but was %s",
        status,
        crossed);
  }

  /**
   * The rating with what decided it: {@code AMBER (actual value below 58)}, {@code RED (projected
   * value below 144)}, {@code GREEN (actual improvement above 0.0%)}; the threshold is written as
   * {@link Threshold#toString()} writes it.
   */
  @Override
  public String toString() {
    return status + " (" + (basis == RatingBasis.ACTUAL ? "actual " : "projected ") + crossed.where() + ")";
  }

  /** This rating judged on another basis. */
  public Rating withBasis(RatingBasis newBasis) {
    checkNotNull(newBasis, "newBasis");
    return newBasis == basis ? this : new Rating(status, crossed, newBasis);
  }
}
