package org.combatingdrugs.outcomes.audit;

/** A known way a published run-rate projection goes wrong, recognised from the figures. */
public enum ProjectionSlip {
  /** Truncated where it should be rounded; said only when no rounding to nearest reproduces it. */
  TRUNCATED("truncated, not rounded"),
  /** Rounded with another convention (half-down or half-even at a tie, or always up). */
  OTHER_ROUNDING("rounded another way"),
  /**
   * The projection was computed from the observed value with two adjacent digits swapped: Dorset's
   * £94,304 is 4 × £23,576, where the quarter's cash was £23,756.
   */
  OBSERVED_VALUE_TRANSPOSED("projected from the value so far with two adjacent digits swapped"),
  /** The right projection was printed with two adjacent digits swapped. */
  PROJECTION_TRANSPOSED("the right projection printed with two adjacent digits swapped");

  private final String description;

  ProjectionSlip(String description) {
    this.description = description;
  }

  /** A short phrase for readers. */
  public String description() {
    return description;
  }
}
