package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;

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
}
