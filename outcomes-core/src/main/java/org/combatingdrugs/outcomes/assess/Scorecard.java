package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.RagStatus;

/**
 * Every metric a dataset holds for an area, assessed for a period and grouped by the framework's
 * outcomes: the three strategic, then the three intermediate, then the partnership's local metrics.
 *
 * @param dataset the name of the dataset assessed
 * @param area the area
 * @param period the period
 * @param sections the outcomes with their metrics, in the framework's order; outcomes with no
 *     metric in the dataset are left out
 */
public record Scorecard(
    String dataset, Area area, ReportingPeriod period, ImmutableList<ScorecardSection> sections) {

  /** Checks that every part is present. */
  public Scorecard {
    checkNotNull(dataset, "dataset");
    checkNotNull(area, "area");
    checkNotNull(period, "period");
    checkNotNull(sections, "sections");
  }

  /** Every line, section by section. */
  public ImmutableList<ScorecardLine> lines() {
    return sections.stream().flatMap(s -> s.lines().stream()).collect(ImmutableList.toImmutableList());
  }

  /**
   * The line of a metric.
   *
   * @param metricId the metric's id
   * @return the line, empty when the scorecard has none for it
   */
  public Optional<ScorecardLine> line(String metricId) {
    checkNotNull(metricId, "metricId");
    return lines().stream().filter(l -> l.metric().id().equals(metricId)).findFirst();
  }

  /** How many lines have each RAG status, every status listed (zero when none), GREEN first. */
  public ImmutableMap<RagStatus, Integer> statusCounts() {
    Map<RagStatus, Integer> counts = new EnumMap<>(RagStatus.class);
    for (RagStatus status : RagStatus.values()) {
      counts.put(status, 0);
    }
    lines().forEach(l -> l.status().ifPresent(s -> counts.merge(s, 1, Integer::sum)));
    return ImmutableMap.copyOf(counts);
  }

  /** How many lines have no RAG status (not assessed, or not rated). */
  public int notRated() {
    return (int) lines().stream().filter(l -> l.status().isEmpty()).count();
  }

  /** How many lines have each direction of travel, every judgement listed (zero when none). */
  public ImmutableMap<Judgement, Integer> directionCounts() {
    Map<Judgement, Integer> counts = new EnumMap<>(Judgement.class);
    for (Judgement judgement : Judgement.values()) {
      counts.put(judgement, 0);
    }
    lines().forEach(l -> l.direction().ifPresent(j -> counts.merge(j, 1, Integer::sum)));
    return ImmutableMap.copyOf(counts);
  }

  /** How many lines have no direction of travel. */
  public int noDirection() {
    return (int) lines().stream().filter(l -> l.direction().isEmpty()).count();
  }

  /** {@code Pan-Dorset CDP, 2022/23: 3 GREEN, 1 AMBER, 0 RED, 2 not rated}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(area.name()).append(", ").append(period.label()).append(": ");
    statusCounts().forEach((status, n) -> text.append(n).append(' ').append(status).append(", "));
    return text.append(notRated()).append(" not rated").toString();
  }
}
