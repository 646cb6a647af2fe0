package org.combatingdrugs.outcomes.rag;

import org.combatingdrugs.outcomes.result.Reason;

/** Why a value was not given a RAG status. */
public enum NotRatedReason implements Reason {
  /** The metric's polarity is {@code NO_JUDGEMENT}: no direction is better, so nothing is rated. */
  NO_JUDGEMENT_POLARITY("the metric has no better direction, so it is not rated"),
  /** The relative change is undefined (a zero base), so bands of relative change cannot place it. */
  CHANGE_UNDEFINED("the change from a zero base has no relative size, so no band can place it");

  private final String sentence;

  NotRatedReason(String sentence) {
    this.sentence = sentence;
  }

  @Override
  public String sentence() {
    return sentence;
  }
}
