package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Whose constants a benchmark funnel or a recent trend uses. Fingertips computes these with
 * rounded constants, and an analyst comparing with Fingertips must get its numbers, so {@link
 * #FINGERTIPS} is the default; {@link #EXACT} takes exact quantiles at the level asked for. The
 * confidence intervals themselves always use exact quantiles, as PHEindicatormethods does.
 */
public enum Convention {
  /**
   * Fingertips' published constants: funnel limits for proportions at z = 1.96 (95%) and 3.0902
   * (99.8%); the rate funnel's limits from chi-squared quantiles at the whole degrees of freedom
   * 2⌈E⌉ and 2⌊E⌋ + 2 around the expected count E; each trend point weighted by its 95% interval
   * width ÷ 3.92; a trend significant when χ² exceeds 9.5495. At a level other than Fingertips'
   * two, the exact normal quantile is used.
   */
  FINGERTIPS,
  /** Exact quantiles throughout, at the level asked for and at the expected count itself. */
  EXACT;

  /** Fingertips' rounded z at 95%. */
  static final double FINGERTIPS_Z_95 = 1.96;

  /** Fingertips' rounded z at 99.8%. */
  static final double FINGERTIPS_Z_998 = 3.0902;

  /**
   * The two-sided normal quantile this convention uses at a level.
   *
   * @param level a level below 100%
   * @return 1.96 or 3.0902 for Fingertips at its two levels, otherwise the exact quantile
   */
  double z(ConfidenceLevel level) {
    checkNotNull(level, "level");
    if (this == FINGERTIPS) {
      if (level.equals(ConfidenceLevel.NINETY_FIVE)) {
        return FINGERTIPS_Z_95;
      }
      if (level.equals(ConfidenceLevel.NINETY_NINE_POINT_EIGHT)) {
        return FINGERTIPS_Z_998;
      }
    }
    return level.z();
  }
}
