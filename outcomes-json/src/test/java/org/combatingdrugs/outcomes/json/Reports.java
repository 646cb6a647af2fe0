package org.combatingdrugs.outcomes.json;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.assess.Assessment;
import org.combatingdrugs.outcomes.assess.Assessor;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.assess.PanelSentences;
import org.combatingdrugs.outcomes.assess.Scorecard;
import org.combatingdrugs.outcomes.assess.ScorecardComparison;
import org.combatingdrugs.outcomes.assess.Scorecards;
import org.combatingdrugs.outcomes.assess.Sentence;
import org.combatingdrugs.outcomes.assess.SentencePart;
import org.combatingdrugs.outcomes.assess.SeriesKey;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * Everything the library makes from a dataset, as a report: every measurement assessed, a
 * scorecard of each area for each period measured, each area's first and last periods compared,
 * and a sentence of every part for each assessment.
 */
final class Reports {

  private Reports() {}

  static List<Assessment> assessments(Dataset data) {
    List<Assessment> out = new ArrayList<>();
    for (SeriesKey key : data.seriesKeys()) {
      Metric metric = data.metric(key.metricId()).orElseThrow();
      Area area = data.areas().byCode(key.areaCode()).orElseThrow();
      for (Measurement m : data.series(metric, area).values()) {
        Assessor.assess(data, metric, area, m.period()).value().ifPresent(out::add);
      }
    }
    return out;
  }

  static Report everything(Dataset data) {
    List<Assessment> assessments = assessments(data);
    List<Scorecard> scorecards = new ArrayList<>();
    List<ScorecardComparison> comparisons = new ArrayList<>();
    for (Area area : data.areas().areas()) {
      List<ReportingPeriod> periods = new ArrayList<>();
      for (Metric metric : data.metrics()) {
        periods.addAll(data.series(metric, area).keySet());
      }
      periods.sort(null);
      Optional<ReportingPeriod> first = periods.stream().findFirst();
      Optional<ReportingPeriod> last = periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
      if (last.isPresent()) {
        scorecards.add(Scorecards.of(data, area, last.get()));
      }
      if (first.isPresent() && last.isPresent() && first.get().compareTo(last.get()) < 0) {
        comparisons.add(Scorecards.compare(data, area, first.get(), last.get()));
      }
    }
    PanelSentences writer = PanelSentences.of(data.presentation());
    List<Sentence> sentences = new ArrayList<>();
    for (Assessment a : assessments) {
      sentences.add(writer.sentence(a, EnumSet.allOf(SentencePart.class)));
    }
    return Report.of(assessments, scorecards).withScorecardComparisons(comparisons).withSentences(sentences);
  }
}
