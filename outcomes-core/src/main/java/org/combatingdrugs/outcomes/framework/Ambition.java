package org.combatingdrugs.outcomes.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.target.Target;

/**
 * A national ambition of the drugs strategy, such as raising continuity of care for prison leavers
 * to 75% by 2024/25. Only an ambition stated as a level of its metric's own measure is also a
 * {@link Target}; the others (places added, deaths prevented, cumulative closures) are kept as
 * stated, with their figure and its unit in words.
 *
 * @param id a stable slug
 * @param description the ambition in words
 * @param metric the national metric it concerns, when one fits
 * @param figure the figure stated, when there is one
 * @param unit the figure's unit in words ("treatment places", "percent")
 * @param baseline the period the ambition counts from, when stated
 * @param due the period by whose end it is due
 * @param scope where it applies ("England", "England and Wales")
 * @param target the ambition as a target of its metric, when it is one
 * @param provenance where it is stated and how well established it is
 */
public record Ambition(
    String id,
    String description,
    Optional<Metric> metric,
    Optional<BigDecimal> figure,
    String unit,
    Optional<ReportingPeriod> baseline,
    ReportingPeriod due,
    String scope,
    Optional<Target> target,
    Provenance provenance) {

  /** Checks that every part is present and that a target is due when the ambition is. */
  public Ambition {
    checkNotNull(id, "id");
    checkNotNull(description, "description");
    checkNotNull(metric, "metric");
    checkNotNull(figure, "figure");
    checkNotNull(unit, "unit");
    checkNotNull(baseline, "baseline");
    checkNotNull(due, "due");
    checkNotNull(scope, "scope");
    checkNotNull(target, "target");
    checkNotNull(provenance, "provenance");
    checkArgument(
        target.map(t -> t.due().equals(due)).orElse(true),
        "target must be due by %s but was %s",
        due,
        target);
    checkArgument(
        target.isEmpty() || metric.isPresent(), "target of %s must have a metric", id);
  }

  @Override
  public String toString() {
    return id + ": " + description + " (by " + due + ")";
  }
}
