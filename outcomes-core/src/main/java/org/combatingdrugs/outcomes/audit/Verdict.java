package org.combatingdrugs.outcomes.audit;

/** What the audit says of one printed figure. */
public enum Verdict {
  /** The figure follows from its printed inputs at its printed precision. */
  CONSISTENT,
  /** It does not, and one or more known slips, each alone, give it. */
  SLIPS,
  /** It does not, and no known slip gives it: no explanation is invented. */
  UNEXPLAINED,
  /** It cannot be checked, for a {@linkplain NotCheckableReason reason} of its own. */
  NOT_CHECKABLE
}
