package org.combatingdrugs.outcomes.judgement;

/**
 * Anything that knows which direction is better: a {@link Polarity} itself, or a metric or a
 * measurement, which take theirs from the catalogue. Every calculator that judges takes one, so a
 * caller passes the metric and never restates its polarity.
 */
public interface Polarised {

  /** Which direction is better. */
  Polarity polarity();
}
