package org.combatingdrugs.outcomes.audit;

/**
 * A known way a printed figure goes wrong, recognised when that slip alone, made on the printed
 * inputs, gives the printed figure. {@link ChangeSlip} and {@link ProjectionSlip} are the same
 * slips for a single change or projection; this is the list a whole report is audited for.
 */
public enum Slip {
  /**
   * Truncated where it should be rounded: 7.469% printed as 7.4%. Said only when cutting the digits
   * off gives the figure and no rounding to nearest does.
   */
  TRUNCATED("truncated, not rounded", "truncated"),
  /** Rounded with another convention: half-down or half-even at a tie, or always up or down. */
  OTHER_ROUNDING("rounded another way", "rounded another way"),
  /** The change divided by the later value instead of the base: 14 ÷ 202 printed for 14 ÷ 188. */
  DIVIDED_BY_LATER_VALUE(
      "the change divided by the later value instead of the base", "divided by the later value"),
  /** The ratio of the values printed as the change: 107.5% for a rise of 7.5%. */
  RATIO_FOR_CHANGE("the ratio of the values printed as the change", "ratio for the change"),
  /**
   * The figure computed from an input with two adjacent digits swapped: Dorset's £94,304 is 4 ×
   * £23,576, where the quarter's cash was £23,756.
   */
  INPUT_TRANSPOSED(
      "computed from an input with two adjacent digits swapped", "input digits swapped"),
  /** The right figure printed with two adjacent digits swapped: 152 printed as 125. */
  FIGURE_TRANSPOSED(
      "the right figure printed with two adjacent digits swapped", "figure digits swapped"),
  /**
   * The change of two percentages in percentage points printed as a percentage change: 45.2% →
   * 29.8% printed as -15.4%, where it is -34.1% (and -15.4 points).
   */
  POINTS_AS_PERCENT(
      "the change in percentage points printed as a percentage change", "points as a percentage"),
  /**
   * A percentage change printed as the change in percentage points: 45.2% → 29.8% printed as -34.1
   * points, where it is -15.4 points (and -34.1%).
   */
  PERCENT_AS_POINTS("the percentage change printed as percentage points", "percentage as points"),
  /** The sign dropped or reversed: a fall printed as a rise. */
  SIGN_REVERSED("the sign reversed", "sign reversed"),
  /**
   * The decimal point dropped or misplaced: the right figure times a power of ten, such as 365%
   * printed for 3.65%, or 0.365 for 36.5.
   */
  DECIMAL_POINT_MISPLACED("the decimal point dropped or misplaced", "decimal point misplaced");

  private final String description;
  private final String shortName;

  Slip(String description, String shortName) {
    this.description = description;
    this.shortName = shortName;
  }

  /**
   * A phrase for readers, as a finding gives it: {@code "the change divided by the later value
   * instead of the base"}.
   */
  public String description() {
    return description;
  }

  /** A few words for a tally: {@code "divided by the later value"}. */
  public String shortName() {
    return shortName;
  }

  /** The slip a single change check names. */
  static Slip of(ChangeSlip slip) {
    return switch (slip) {
      case TRUNCATED -> TRUNCATED;
      case OTHER_ROUNDING -> OTHER_ROUNDING;
      case DIVIDED_BY_LATER_VALUE -> DIVIDED_BY_LATER_VALUE;
      case RATIO_FOR_CHANGE -> RATIO_FOR_CHANGE;
      case SIGN_REVERSED -> SIGN_REVERSED;
    };
  }

  /** The slip a single projection check names. */
  static Slip of(ProjectionSlip slip) {
    return switch (slip) {
      case TRUNCATED -> TRUNCATED;
      case OTHER_ROUNDING -> OTHER_ROUNDING;
      case OBSERVED_VALUE_TRANSPOSED -> INPUT_TRANSPOSED;
      case PROJECTION_TRANSPOSED -> FIGURE_TRANSPOSED;
    };
  }
}
