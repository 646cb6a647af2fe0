package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Typing slips in whole numbers. Swapping two adjacent digits ({@code 23,756} typed as {@code
 * 23,576}) is the commonest copying error in published tables; its difference is always a multiple
 * of 9.
 */
public final class Transpositions {

  private Transpositions() {}

  /**
   * Whether one number is the other with exactly one pair of adjacent, different digits swapped.
   *
   * @param intended the right number, 0 or more
   * @param written the number as written, 0 or more
   * @return {@code true} for 23756 and 23576; {@code false} for equal numbers or other differences
   */
  public static boolean isAdjacentTransposition(long intended, long written) {
    checkArgument(intended >= 0, "intended must be 0 or more but was %s", intended);
    checkArgument(written >= 0, "written must be 0 or more but was %s", written);
    char[] a = Long.toString(intended).toCharArray();
    char[] b = Long.toString(written).toCharArray();
    if (a.length != b.length) {
      return false;
    }
    int first = -1;
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        first = i;
        break;
      }
    }
    if (first < 0 || first + 1 >= a.length) {
      return false;
    }
    if (a[first] != b[first + 1] || a[first + 1] != b[first]) {
      return false;
    }
    for (int i = first + 2; i < a.length; i++) {
      if (a[i] != b[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every number that is this one with one pair of adjacent, different digits swapped, at the same
   * scale and sign: 188 gives 818 and 881; 45.2 gives 54.2 and 42.5. A swap that would put a zero
   * first is left out (105 gives 150 only).
   */
  static ImmutableList<BigDecimal> adjacentSwaps(BigDecimal value) {
    char[] digits = value.unscaledValue().abs().toString().toCharArray();
    ImmutableList.Builder<BigDecimal> swaps = ImmutableList.builder();
    for (int i = 0; i + 1 < digits.length; i++) {
      if (digits[i] == digits[i + 1] || (i == 0 && digits[1] == '0')) {
        continue;
      }
      char[] swapped = digits.clone();
      swapped[i] = digits[i + 1];
      swapped[i + 1] = digits[i];
      BigInteger unscaled = new BigInteger(new String(swapped));
      swaps.add(new BigDecimal(value.signum() < 0 ? unscaled.negate() : unscaled, value.scale()));
    }
    return swaps.build();
  }
}
