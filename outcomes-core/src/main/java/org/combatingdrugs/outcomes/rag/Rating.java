package org.combatingdrugs.outcomes.rag;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * The outcome of rating a value: either {@link Rated} with its status and the threshold that decided
 * it, or {@link NotRated} with the reason. Never {@code null}.
 */
public sealed interface Rating {

  /** The status, empty when not rated. */
  Optional<RagStatus> ragStatus();

  /** Whether a status was given. */
  default boolean isRated() {
    return ragStatus().isPresent();
  }

  /**
   * A rating with a status.
   *
   * @param status the status given
   * @param crossed the threshold that decided it
   * @param basis whether an actual or a projected value was judged
   * @return the rating
   */
  static Rated rated(RagStatus status, Threshold crossed, RatingBasis basis) {
    return new Rated(status, crossed, basis);
  }

  /**
   * An explicit absence of a rating.
   *
   * @param reason why no status was given
   * @return the non-rating
   */
  static NotRated notRated(NotRatedReason reason) {
    return new NotRated(reason);
  }

  /**
   * A value given a status.
   *
   * @param status the status
   * @param crossed the threshold that decided it; its status is {@code status}
   * @param basis whether an actual or a projected value was judged
   */
  record Rated(RagStatus status, Threshold crossed, RatingBasis basis) implements Rating {

    /** Checks that the threshold leads to the status. */
    public Rated {
      checkNotNull(status, "status");
      checkNotNull(crossed, "crossed");
      checkNotNull(basis, "basis");
      checkArgument(
          crossed.status() == status,
          "crossed threshold must lead to status %s but was %s",
          status,
          crossed);
    }

    @Override
    public Optional<RagStatus> ragStatus() {
      return Optional.of(status);
    }

    /** This rating judged on another basis. */
    public Rated withBasis(RatingBasis newBasis) {
      return newBasis == basis ? this : new Rated(status, crossed, newBasis);
    }
  }

  /**
   * A value that was not rated, and why.
   *
   * @param reason the reason
   */
  record NotRated(NotRatedReason reason) implements Rating {

    /** Checks that the reason is present. */
    public NotRated {
      checkNotNull(reason, "reason");
    }

    /** Always empty. */
    @Override
    public Optional<RagStatus> ragStatus() {
      return Optional.empty();
    }
  }
}
