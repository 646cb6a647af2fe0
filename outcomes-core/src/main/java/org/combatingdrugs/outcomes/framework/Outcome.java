package org.combatingdrugs.outcomes.framework;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The six outcomes of the National Combating Drugs Outcomes Framework: three strategic outcomes the
 * strategy exists for, and three intermediate outcomes that lead to them.
 */
public enum Outcome {
  /** Strategic: reduce drug use. */
  REDUCE_DRUG_USE("reduce-drug-use", "Reduce drug use", Kind.STRATEGIC),
  /** Strategic: reduce drug-related crime. */
  REDUCE_DRUG_RELATED_CRIME("reduce-drug-related-crime", "Reduce drug-related crime", Kind.STRATEGIC),
  /** Strategic: reduce drug-related deaths and harm. */
  REDUCE_DRUG_DEATHS_AND_HARM(
      "reduce-drug-deaths-and-harm", "Reduce drug-related deaths and harm", Kind.STRATEGIC),
  /** Intermediate: reduce drug supply. */
  REDUCE_DRUG_SUPPLY("reduce-drug-supply", "Reduce drug supply", Kind.INTERMEDIATE),
  /** Intermediate: increase engagement in drug treatment. */
  INCREASE_TREATMENT_ENGAGEMENT(
      "increase-treatment-engagement", "Increase engagement in drug treatment", Kind.INTERMEDIATE),
  /** Intermediate: improve recovery outcomes. */
  IMPROVE_RECOVERY_OUTCOMES(
      "improve-recovery-outcomes", "Improve recovery outcomes", Kind.INTERMEDIATE);

  /** Whether an outcome is an end in itself or a step towards one. */
  public enum Kind {
    /** An end the strategy exists for. */
    STRATEGIC,
    /** A step that leads to the strategic outcomes. */
    INTERMEDIATE
  }

  private final String id;
  private final String title;
  private final Kind kind;

  Outcome(String id, String title, Kind kind) {
    this.id = id;
    this.title = title;
    this.kind = kind;
  }

  /** The stable slug, such as {@code reduce-drug-use}. */
  public String id() {
    return id;
  }

  /** The outcome's name as the framework writes it. */
  public String title() {
    return title;
  }

  /** Strategic or intermediate. */
  public Kind kind() {
    return kind;
  }

  /** The outcome's title, as the framework writes it: {@code Reduce drug use}. */
  @Override
  public String toString() {
    return title;
  }

  /**
   * The outcomes of one kind, in the framework's order.
   *
   * @param kind strategic or intermediate
   * @return three outcomes
   */
  public static ImmutableList<Outcome> ofKind(Kind kind) {
    checkNotNull(kind, "kind");
    ImmutableList.Builder<Outcome> outcomes = ImmutableList.builder();
    for (Outcome outcome : values()) {
      if (outcome.kind == kind) {
        outcomes.add(outcome);
      }
    }
    return outcomes.build();
  }

  /**
   * The outcome with a slug.
   *
   * @param id a slug such as {@code reduce-drug-supply}
   * @return the outcome, empty when no outcome has that slug
   */
  public static Optional<Outcome> byId(String id) {
    checkNotNull(id, "id");
    for (Outcome outcome : values()) {
      if (outcome.id.equals(id)) {
        return Optional.of(outcome);
      }
    }
    return Optional.empty();
  }
}
