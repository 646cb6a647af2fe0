package org.combatingdrugs.outcomes.period;

/**
 * How the length of a period is measured when one period is taken as a share of another. Reports
 * differ: a quarter is exactly a quarter of a year by quarters, 3/12 by months, but 91/366 of
 * 2023/24 by days.
 */
public enum ElapsedBasis {
  /** Calendar days, inclusive of both ends. Works for every period. */
  DAYS,
  /** Whole calendar months; both periods must start on a 1st and end on a month's last day. */
  MONTHS,
  /** Whole financial quarters (April–June, July–September, October–December, January–March). */
  QUARTERS
}
