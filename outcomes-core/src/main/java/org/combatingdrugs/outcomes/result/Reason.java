package org.combatingdrugs.outcomes.result;

/**
 * Why a result was not computed: each family's reason enum implements this, so a reason is both a
 * constant to branch on and a sentence to print.
 */
public interface Reason {

  /** The constant's name, such as {@code TOTAL_COUNT_BELOW_TEN}. */
  String name();

  /** The reason as a sentence a reader understands, such as "fewer than 10 events in total". */
  String sentence();
}
