package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One slip that, made alone on the printed inputs, gives the printed figure, with what it took:
 * {@link Slip#INPUT_TRANSPOSED} with {@code "the observed value £23,756 taken as £23,576"}.
 *
 * @param slip the slip
 * @param detail the particulars in words, or empty when the slip says it all; at most 300
 *     characters
 */
public record Explanation(Slip slip, String detail) {

  private static final int MAX_DETAIL = 300;

  /** Checks both parts are present and the detail is short. */
  public Explanation {
    checkNotNull(slip, "slip");
    checkNotNull(detail, "detail");
    checkArgument(
        detail.length() <= MAX_DETAIL,
        "detail must be at most %s characters but had %s",
        (Integer) MAX_DETAIL,
        (Integer) detail.length());
  }

  /**
   * A slip with no particulars.
   *
   * @param slip the slip
   * @return the explanation
   */
  public static Explanation of(Slip slip) {
    return new Explanation(slip, "");
  }

  /**
   * The slip's description, then its particulars in brackets: {@code computed from an input with
   * two adjacent digits swapped (the observed value £23,756 taken as £23,576)}.
   */
  @Override
  public String toString() {
    return detail.isEmpty() ? slip.description() : slip.description() + " (" + detail + ")";
  }
}
