package org.combatingdrugs.outcomes.audit;

/** A known way a published percentage change goes wrong, recognised from the figures. */
public enum ChangeSlip {
  /**
   * Truncated where it should be rounded: 7.47% printed as 7.4%. Said only when cutting the
   * digits off reproduces the figure and no rounding to nearest does.
   */
  TRUNCATED("truncated, not rounded"),
  /** Rounded with another convention (half-down or half-even at a tie, or always up). */
  OTHER_ROUNDING("rounded another way"),
  /** The change divided by the later value instead of the base: 14 ÷ 202 printed for 14 ÷ 188. */
  DIVIDED_BY_LATER_VALUE("the change divided by the later value instead of the base"),
  /** The ratio of the values printed as the change: 107.5% for a rise of 7.5%. */
  RATIO_FOR_CHANGE("the ratio of the values printed as the change"),
  /** The sign dropped or reversed: a fall printed as a rise. */
  SIGN_REVERSED("the sign reversed");

  private final String description;

  ChangeSlip(String description) {
    this.description = description;
  }

  /** A short phrase for readers: {@code "the change divided by the later value instead of the base"}. */
  public String description() {
    return description;
  }
}
