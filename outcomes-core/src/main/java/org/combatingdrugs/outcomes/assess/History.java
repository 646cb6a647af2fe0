package org.combatingdrugs.outcomes.assess;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.spc.Assurance;
import org.combatingdrugs.outcomes.spc.AssuranceReason;
import org.combatingdrugs.outcomes.spc.XmrChart;
import org.combatingdrugs.outcomes.spc.XmrOptions;
import org.combatingdrugs.outcomes.stats.ConfidenceLevel;
import org.combatingdrugs.outcomes.stats.Interval;
import org.combatingdrugs.outcomes.stats.RecentTrend;
import org.combatingdrugs.outcomes.stats.Trend;
import org.combatingdrugs.outcomes.stats.TrendReason;
import org.combatingdrugs.outcomes.target.Target;

/**
 * What the series up to the latest value says: the run of consecutive periods of the latest's kind
 * that ends at it (a gap ends the run), Fingertips' recent trend over its last five points, and the
 * XmR chart of the run with its assurance against the target.
 */
final class History {

  /** The fewest points an XmR chart is drawn from: one moving range needs two. */
  static final int XMR_MIN_POINTS = 2;

  /**
   * The fewest points whose limits are settled enough to judge assurance against a target: below 12
   * a chart's limits are trial limits, revised with every new point (NHSRplotthedots warns of them
   * under 12), so the chart is drawn but no assurance is given.
   */
  static final int ASSURANCE_MIN_POINTS = 12;

  private History() {}

  /**
   * The consecutive periods of the latest's kind held in the dataset, oldest first, ending at it.
   */
  static ImmutableList<Measurement> run(Dataset data, Measurement latest) {
    ImmutableSortedMap<ReportingPeriod, Measurement> series = data.series(latest.metric(), latest.area());
    ImmutableList<ReportingPeriod> periods = series.keySet().asList();
    ImmutableList<Measurement> values = series.values().asList();
    List<Measurement> backwards = new ArrayList<>();
    backwards.add(latest);
    Measurement current = latest;
    int at = Collections.binarySearch(periods, latest.period());
    while (true) {
      ReportingPeriod wanted = current.period().previous();
      at = at > 0 && periods.get(at - 1).equals(wanted) ? at - 1 : Collections.binarySearch(periods, wanted);
      if (at < 0) {
        return ImmutableList.copyOf(backwards).reverse();
      }
      Measurement previous = values.get(at);
      if (!previous.period().end().plusDays(1).equals(current.period().start())) {
        return ImmutableList.copyOf(backwards).reverse();
      }
      current = previous;
      backwards.add(current);
    }
  }

  static Result<Trend, AssessmentReason> trend(List<Measurement> run) {
    if (run.size() < RecentTrend.POINTS) {
      return Result.notComputed(AssessmentReason.SERIES_TOO_SHORT);
    }
    List<Measurement> last = run.subList(run.size() - RecentTrend.POINTS, run.size());
    List<Proportion> shares = new ArrayList<>();
    for (Measurement m : last) {
      if (m.value() instanceof Proportion share) {
        shares.add(share);
      }
    }
    if (shares.size() == last.size()) {
      return trended(RecentTrend.ofProportions(shares));
    }
    List<Interval> intervals = new ArrayList<>();
    for (Measurement m : last) {
      Result<Interval, AssessmentReason> interval =
          Uncertainty.interval(m.value(), ConfidenceLevel.NINETY_FIVE);
      Optional<AssessmentReason> none = interval.reason();
      if (none.isPresent()) {
        return Result.notComputed(none.get());
      }
      intervals.add(interval.orElseThrow());
    }
    return trended(RecentTrend.ofIntervals(intervals));
  }

  static Result<XmrChart, AssessmentReason> chart(List<Measurement> run, Measurement latest) {
    if (run.size() < XMR_MIN_POINTS) {
      return Result.notComputed(AssessmentReason.SERIES_TOO_SHORT);
    }
    List<Double> values =
        run.stream().map(m -> m.value().quantity().amount().doubleValue()).toList();
    return Result.computed(XmrChart.of(values, latest, XmrOptions.defaults()));
  }

  static Result<Assurance, AssessmentReason> assurance(
      Result<XmrChart, AssessmentReason> chart,
      Result<Target, AssessmentReason> target,
      Measurement latest) {
    Optional<AssessmentReason> noChart = chart.reason();
    if (noChart.isPresent()) {
      return Result.notComputed(noChart.get());
    }
    if (chart.orElseThrow().points().size() < ASSURANCE_MIN_POINTS) {
      return Result.notComputed(AssessmentReason.SERIES_TOO_SHORT);
    }
    Optional<AssessmentReason> noTarget = target.reason();
    if (noTarget.isPresent()) {
      return Result.notComputed(noTarget.get());
    }
    if (Ratings.forAnotherLength(
        latest.value().quantity(), latest.period(), target.orElseThrow().due())) {
      return Result.notComputed(AssessmentReason.TARGET_FOR_ANOTHER_PERIOD);
    }
    Result<Assurance, AssuranceReason> assured =
        chart.orElseThrow().assurance(target.orElseThrow().level().amount().doubleValue());
    Optional<AssuranceReason> why = assured.reason();
    if (why.isEmpty()) {
      return Result.computed(assured.orElseThrow());
    }
    return Result.notComputed(
        switch (why.get()) {
          case NO_JUDGEMENT_POLARITY -> AssessmentReason.NO_JUDGEMENT_POLARITY;
          case NO_VARIATION -> AssessmentReason.NO_VARIATION;
          case TOO_FEW_POINTS -> AssessmentReason.SERIES_TOO_SHORT;
        });
  }

  private static Result<Trend, AssessmentReason> trended(Result<Trend, TrendReason> trend) {
    Optional<TrendReason> why = trend.reason();
    if (why.isEmpty()) {
      return Result.computed(trend.orElseThrow());
    }
    return Result.notComputed(
        switch (why.get()) {
          case FEWER_THAN_FIVE_POINTS -> AssessmentReason.SERIES_TOO_SHORT;
          case COUNT_EQUALS_DENOMINATOR, ZERO_COUNT -> AssessmentReason.PROPORTION_AT_BOUND;
          case ZERO_WIDTH_INTERVAL -> AssessmentReason.ZERO_WIDTH_INTERVAL;
          case UNEVEN_WEIGHTS -> AssessmentReason.UNEVEN_WEIGHTS;
        });
  }
}
