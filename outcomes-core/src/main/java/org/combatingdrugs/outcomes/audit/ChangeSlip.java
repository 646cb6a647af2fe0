package org.combatingdrugs.outcomes.audit;

/** A known way a published percentage change goes wrong, recognised from the figures. */
public enum ChangeSlip {
  /** Rounded with another convention (usually truncated): 7.47% printed as 7.4%. */
  OTHER_ROUNDING,
  /** The change divided by the later value instead of the base: 14 ÷ 202 printed for 14 ÷ 188. */
  DIVIDED_BY_LATER_VALUE,
  /** The ratio of the values printed as the change: 107.5% for a rise of 7.5%. */
  RATIO_FOR_CHANGE,
  /** The sign dropped or reversed: a fall printed as a rise. */
  SIGN_REVERSED
}
