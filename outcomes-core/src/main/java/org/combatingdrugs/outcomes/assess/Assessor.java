package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.calc.Projection;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.DirectionOfTravel;
import org.combatingdrugs.outcomes.rag.Rating;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.spc.XmrChart;
import org.combatingdrugs.outcomes.stats.ConfidenceLevel;
import org.combatingdrugs.outcomes.stats.Interval;
import org.combatingdrugs.outcomes.target.Attainment;
import org.combatingdrugs.outcomes.target.AttainmentReason;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Target;

/**
 * Assesses one metric in one area for one period from a dataset. Every lookup is indexed, so an
 * assessment costs the same in a dataset of any size. Stateless and thread-safe.
 */
public final class Assessor {

  /** The level of every interval and test of an assessment. */
  public static final ConfidenceLevel LEVEL = ConfidenceLevel.NINETY_FIVE;

  private Assessor() {}

  /**
   * The assessment of a metric in an area for a period.
   *
   * @param data the dataset
   * @param metric a metric of the dataset
   * @param area an area of the dataset
   * @param period the period assessed
   * @return the assessment, or not computed ({@link AssessmentReason#NO_VALUE_FOR_PERIOD}) when the
   *     dataset holds no value for it. A composite area whose own values the dataset does not hold
   *     is assessed from its parts' values pooled, as a {@linkplain Scorecards#of scorecard} does;
   *     not computed ({@link AssessmentReason#PART_MISSING}, {@link
   *     AssessmentReason#PARTS_NOT_POOLABLE}) when they cannot be
   */
  public static Result<Assessment, AssessmentReason> assess(
      Dataset data, Metric metric, Area area, ReportingPeriod period) {
    checkNotNull(data, "data");
    checkNotNull(metric, "metric");
    checkNotNull(area, "area");
    checkNotNull(period, "period");
    if (Composites.applies(data, metric, area)) {
      Result<Dataset, AssessmentReason> pooled = Composites.pool(data, metric, area, period).data();
      Optional<AssessmentReason> refused = pooled.reason();
      return refused.isPresent()
          ? Result.notComputed(refused.get())
          : assessHeld(pooled.orElseThrow(), metric, area, period);
    }
    return assessHeld(data, metric, area, period);
  }

  private static Result<Assessment, AssessmentReason> assessHeld(
      Dataset data, Metric metric, Area area, ReportingPeriod period) {
    Optional<Measurement> found = data.measurement(metric, area, period);
    return found.isEmpty()
        ? Result.notComputed(AssessmentReason.NO_VALUE_FOR_PERIOD)
        : Result.computed(assess(data, found.get()));
  }

  /**
   * The assessment of a measurement held in a dataset.
   *
   * @param data the dataset holding it
   * @param latest the measurement
   * @return the assessment
   */
  static Assessment assess(Dataset data, Measurement latest) {
    Result<Target, AssessmentReason> target =
        data.target(latest.metric(), latest.area())
            .<Result<Target, AssessmentReason>>map(Result::computed)
            .orElse(Result.notComputed(AssessmentReason.NO_TARGET));
    Optional<Baseline> baseline =
        target
            .value()
            .flatMap(Target::baseline)
            .or(() -> data.baseline(latest.metric(), latest.area()));
    Optional<Measurement> lastYear =
        data.measurement(latest.metric(), latest.area(), latest.period().sameLastYear());
    Result<Comparison, AssessmentReason> comparison = comparison(latest, lastYear, baseline);
    Result<Projection, AssessmentReason> projection = YearEnd.projection(data, latest);
    Result<ProjectedChange, AssessmentReason> projectedChange =
        YearEnd.change(data, latest, projection);
    Ratings.Inputs inputs =
        new Ratings.Inputs(
            latest,
            data.scheme(latest.metric()),
            target,
            baseline,
            comparison,
            projection,
            projectedChange);
    Result<Rating, AssessmentReason> rating = Ratings.rate(inputs);
    Result<Interval, AssessmentReason> interval = Uncertainty.interval(latest.value(), LEVEL);
    ImmutableList<Measurement> run = History.run(data, latest);
    Result<XmrChart, AssessmentReason> chart = History.chart(run, latest);
    return new Assessment(
        latest,
        comparison,
        direction(latest, comparison, projectedChange),
        projection,
        projectedChange,
        target,
        attainment(latest, target),
        Ratings.expected(inputs),
        rating,
        interval,
        lastYear.isEmpty() && !comparison.isComputed()
            ? Result.notComputed(AssessmentReason.NO_COMPARISON_VALUE)
            : Uncertainty.significance(lastYear, latest.value(), LEVEL),
        Uncertainty.benchmark(latest, data.benchmark(latest.metric(), latest.period()), interval),
        History.trend(run),
        chart,
        History.assurance(chart, target, latest));
  }

  private static Result<Comparison, AssessmentReason> comparison(
      Measurement latest, Optional<Measurement> lastYear, Optional<Baseline> baseline) {
    Quantity now = latest.value().quantity();
    if (lastYear.isPresent()) {
      Quantity then = lastYear.get().value().quantity();
      return Result.computed(
          new Comparison(
              Comparison.Basis.SAME_PERIOD_LAST_YEAR,
              lastYear.get().period(),
              then,
              PercentageChange.between(then, now)));
    }
    if (baseline.isEmpty()) {
      return Result.notComputed(AssessmentReason.NO_COMPARISON_VALUE);
    }
    Baseline b = baseline.get();
    if (Ratings.forAnotherLength(now, latest.period(), b.period())) {
      return Result.notComputed(AssessmentReason.BASELINE_FOR_ANOTHER_PERIOD);
    }
    Change change = PercentageChange.between(b.value(), now);
    return Result.computed(
        new Comparison(Comparison.Basis.BASELINE, b.period(), b.value(), change));
  }

  private static Result<DirectionOfTravel, AssessmentReason> direction(
      Measurement latest,
      Result<Comparison, AssessmentReason> comparison,
      Result<ProjectedChange, AssessmentReason> projected) {
    if (comparison.isComputed()) {
      return comparison.map(c -> DirectionOfTravel.from(c.change(), latest));
    }
    return projected.isComputed()
        ? projected.map(p -> DirectionOfTravel.from(p.change(), latest))
        : comparison.map(c -> DirectionOfTravel.from(c.change(), latest));
  }

  private static Result<Attainment, AssessmentReason> attainment(
      Measurement latest, Result<Target, AssessmentReason> target) {
    Optional<AssessmentReason> noTarget = target.reason();
    if (noTarget.isPresent()) {
      return Result.notComputed(noTarget.get());
    }
    Quantity value = latest.value().quantity();
    if (Ratings.forAnotherLength(value, latest.period(), target.orElseThrow().due())) {
      return Result.notComputed(AssessmentReason.TARGET_FOR_ANOTHER_PERIOD);
    }
    Result<Attainment, AttainmentReason> attained =
        target.orElseThrow().attainmentOf(value, latest);
    return attained.isComputed()
        ? Result.computed(attained.orElseThrow())
        : Result.notComputed(AssessmentReason.NO_JUDGEMENT_POLARITY);
  }
}
