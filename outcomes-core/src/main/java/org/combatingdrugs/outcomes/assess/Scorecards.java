package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.Outcome;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.result.Result;

/** Scorecards of a dataset: one area and period, or two periods side by side. Stateless. */
public final class Scorecards {

  private Scorecards() {}

  /**
   * The scorecard of an area for a period. It lists every metric the dataset holds values or a
   * target for in the area; a composite area whose own values are not held is assessed from its
   * parts' values pooled (see {@link ScorecardLine#pooledFrom()}).
   *
   * @param data the dataset
   * @param area an area of the dataset
   * @param period the period
   * @return the scorecard
   * @throws IllegalArgumentException when the area is not in the dataset
   */
  public static Scorecard of(Dataset data, Area area, ReportingPeriod period) {
    checkNotNull(data, "data");
    checkNotNull(area, "area");
    checkNotNull(period, "period");
    checkArgument(
        data.areas().byCode(area.code()).map(area::equals).orElse(false),
        "area must be in the dataset %s but was %s",
        data.name(),
        area);
    Map<Optional<Outcome>, List<ScorecardLine>> byOutcome = new LinkedHashMap<>();
    for (Outcome outcome : Outcome.values()) {
      byOutcome.put(Optional.of(outcome), new ArrayList<>());
    }
    byOutcome.put(Optional.empty(), new ArrayList<>());
    for (Metric metric : data.metrics()) {
      line(data, metric, area, period)
          .ifPresent(
              line ->
                  byOutcome.computeIfAbsent(metric.outcome(), o -> new ArrayList<>()).add(line));
    }
    ImmutableList.Builder<ScorecardSection> sections = ImmutableList.builder();
    byOutcome.forEach(
        (outcome, lines) -> {
          if (!lines.isEmpty()) {
            sections.add(new ScorecardSection(outcome, ImmutableList.copyOf(lines)));
          }
        });
    return new Scorecard(data.name(), area, period, sections.build());
  }

  /**
   * An area's scorecards for two periods, with what changed between them: the Police and Crime Plan
   * pages' "RAG Q3 / RAG Q4".
   *
   * @param data the dataset
   * @param area an area of the dataset
   * @param earlier the earlier period
   * @param later the later period
   * @return the comparison
   * @throws IllegalArgumentException when the area is not in the dataset
   */
  public static ScorecardComparison compare(
      Dataset data, Area area, ReportingPeriod earlier, ReportingPeriod later) {
    return ScorecardComparison.of(of(data, area, earlier), of(data, area, later));
  }

  private static Optional<ScorecardLine> line(
      Dataset data, Metric metric, Area area, ReportingPeriod period) {
    if (Composites.applies(data, metric, area)) {
      Composites.Pooled pooled = Composites.pool(data, metric, area, period);
      Optional<AssessmentReason> refused = pooled.data().reason();
      Result<Assessment, AssessmentReason> assessment =
          refused.isPresent()
              ? Result.notComputed(refused.get())
              : Assessor.assess(pooled.data().orElseThrow(), metric, area, period);
      return Optional.of(new ScorecardLine(metric, assessment, pooled.parts(), pooled.missing()));
    }
    return !data.series(metric, area).isEmpty() || data.target(metric, area).isPresent()
        ? Optional.of(held(data, metric, area, period))
        : Optional.empty();
  }

  private static ScorecardLine held(
      Dataset data, Metric metric, Area area, ReportingPeriod period) {
    return new ScorecardLine(
        metric,
        Assessor.assess(data, metric, area, period),
        ImmutableList.of(),
        ImmutableList.of());
  }
}
