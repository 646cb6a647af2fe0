package org.combatingdrugs.outcomes.rag;

/** Why a value was not given a RAG status. */
public enum NotRatedReason {
  /** The metric's polarity is {@code NO_JUDGEMENT}: no direction is better, so nothing is rated. */
  NO_JUDGEMENT_POLARITY,
  /** The relative change is undefined (a zero base), so bands of relative change cannot place it. */
  CHANGE_UNDEFINED
}
