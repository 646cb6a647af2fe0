package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.rag.Rating;
import org.combatingdrugs.outcomes.result.Result;

/**
 * One metric of a scorecard: its assessment, or why there is none, and for a composite area the
 * parts whose values were pooled (or the parts that were missing).
 *
 * @param metric the metric
 * @param assessment the assessment for the scorecard's area and period, or why there is none
 * @param pooledFrom the areas whose numerators and denominators were pooled; empty when the area's
 *     own value is held
 * @param missingParts the parts of a composite with no value for the period; empty otherwise
 */
public record ScorecardLine(
    Metric metric,
    Result<Assessment, AssessmentReason> assessment,
    ImmutableList<Area> pooledFrom,
    ImmutableList<Area> missingParts) {

  /** Checks that every part is present. */
  public ScorecardLine {
    checkNotNull(metric, "metric");
    checkNotNull(assessment, "assessment");
    checkNotNull(pooledFrom, "pooledFrom");
    checkNotNull(missingParts, "missingParts");
  }

  /** The RAG status, empty when the metric was not assessed or not rated. */
  public Optional<RagStatus> status() {
    return assessment.value().flatMap(a -> a.rating().value()).map(Rating::status);
  }

  /** The direction of travel judged by polarity, empty when there is none. */
  public Optional<Judgement> direction() {
    return assessment.value().flatMap(a -> a.direction().value()).map(d -> d.judgement());
  }

  /**
   * The line as a scorecard prints it: {@code numbers-in-treatment: GREEN, improving (pooled from
   * BCP, Dorset)}; a missing element is named by its reason's name.
   */
  @Override
  public String toString() {
    String rated =
        assessment.isComputed()
            ? assessment.orElseThrow().rating().value().map(r -> r.status().name()).orElse("not rated")
                + ", "
                + direction().map(j -> j.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("no direction")
            : "not assessed: " + assessment.reason().map(AssessmentReason::sentence).orElse("");
    String pooled =
        pooledFrom.isEmpty() || !missingParts.isEmpty()
            ? ""
            : " (pooled from " + names(pooledFrom) + ")";
    String missing = missingParts.isEmpty() ? "" : " (no value for " + names(missingParts) + ")";
    return metric.id() + ": " + rated + pooled + missing;
  }

  private static String names(ImmutableList<Area> areas) {
    return String.join(", ", areas.stream().map(Area::name).toList());
  }
}
