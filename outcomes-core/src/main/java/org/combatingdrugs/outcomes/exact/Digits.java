package org.combatingdrugs.outcomes.exact;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The digits a floating-point statistic (an interval, a mean, a χ², an XmR limit) prints with:
 * numbers shown together below 1 in magnitude get three decimal places, below 100 two, larger ones
 * one, rounded half-up. Exact values print through {@link Exact} instead.
 */
public final class Digits {

  private Digits() {}

  /**
   * The decimal places for numbers shown together.
   *
   * @param values finite values
   * @return 3, 2 or 1 as the largest magnitude is below 1, below 100, or more
   */
  public static int decimalsFor(double... values) {
    double largest = 0;
    for (double value : values) {
      largest = Math.max(largest, Math.abs(value));
    }
    return largest < 1 ? 3 : largest < 100 ? 2 : 1;
  }

  /**
   * A finite value rounded half-up to some places.
   *
   * @param value a finite value
   * @param decimals the places, 0 or more
   * @return the text: {@code 0.650}, {@code 12.34}
   */
  public static String rounded(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * A finite value rounded half-up to its own places by the rule.
   *
   * @param value a finite value
   * @return the text
   */
  public static String rounded(double value) {
    return rounded(value, decimalsFor(value));
  }
}
