package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.calc.Projections;
import org.combatingdrugs.outcomes.calc.RunRateProjection;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialQuarter;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.DirectionOfTravel;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.target.Attainment;
import org.combatingdrugs.outcomes.target.AttainmentReason;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Target;

/** Assesses one metric in one area for one period from a dataset. Stateless and thread-safe. */
public final class Assessor {

  private Assessor() {}

  /**
   * The assessment of a metric in an area for a period.
   *
   * @param data the dataset
   * @param metric a metric of the dataset
   * @param area an area of the dataset
   * @param period the period assessed
   * @return the assessment, or not computed ({@link AssessmentReason#NO_VALUE_FOR_PERIOD}) when the
   *     dataset holds no value for it
   */
  public static Result<Assessment, AssessmentReason> assess(
      Dataset data, Metric metric, Area area, ReportingPeriod period) {
    checkNotNull(data, "data");
    checkNotNull(metric, "metric");
    checkNotNull(area, "area");
    checkNotNull(period, "period");
    Optional<Measurement> found = data.measurement(metric, area, period);
    if (found.isEmpty()) {
      return Result.notComputed(AssessmentReason.NO_VALUE_FOR_PERIOD);
    }
    Measurement latest = found.get();
    Result<Comparison, AssessmentReason> comparison = comparison(data, latest);
    Result<Target, AssessmentReason> target =
        data.target(metric, area)
            .<Result<Target, AssessmentReason>>map(Result::computed)
            .orElse(Result.notComputed(AssessmentReason.NO_TARGET));
    return Result.computed(
        new Assessment(
            latest,
            comparison,
            comparison.map(c -> DirectionOfTravel.from(c.change(), metric)),
            projection(latest),
            target,
            attainment(latest, target)));
  }

  private static Result<Comparison, AssessmentReason> comparison(Dataset data, Measurement latest) {
    Quantity now = latest.value().quantity();
    ReportingPeriod lastYear = latest.period().sameLastYear();
    Optional<Measurement> before = data.measurement(latest.metric(), latest.area(), lastYear);
    if (before.isPresent()) {
      Quantity then = before.get().value().quantity();
      return Result.computed(
          new Comparison(Comparison.Basis.SAME_PERIOD_LAST_YEAR, lastYear, then, PercentageChange.between(then, now)));
    }
    Optional<Baseline> baseline = data.baseline(latest.metric(), latest.area());
    if (baseline.isPresent()) {
      Baseline b = baseline.get();
      Change change = PercentageChange.between(b.value(), now);
      return Result.computed(new Comparison(Comparison.Basis.BASELINE, b.period(), b.value(), change));
    }
    return Result.notComputed(AssessmentReason.NO_COMPARISON_VALUE);
  }

  private static Result<RunRateProjection, AssessmentReason> projection(Measurement latest) {
    ReportingPeriod period = latest.period();
    ImmutableList<FinancialYear> years = period.financialYears();
    if (years.size() != 1 || !years.get(0).encloses(period)) {
      return Result.notComputed(AssessmentReason.NOT_PART_OF_A_YEAR);
    }
    FinancialYear year = years.get(0);
    if (period.equals(year)) {
      return Result.notComputed(AssessmentReason.WHOLE_YEAR);
    }
    Quantity value = latest.value().quantity();
    if (!value.unit().isAdditive()) {
      return Result.notComputed(AssessmentReason.NOT_ADDITIVE);
    }
    ElapsedBasis basis =
        period instanceof FinancialQuarter
            ? ElapsedBasis.QUARTERS
            : period.wholeMonths() > 0 && period.days() == daysOfWholeMonths(period)
                ? ElapsedBasis.MONTHS
                : ElapsedBasis.DAYS;
    return Result.computed(Projections.runRate(value, period, year, basis));
  }

  private static long daysOfWholeMonths(ReportingPeriod period) {
    return period.start().getDayOfMonth() == 1
            && period.end().getDayOfMonth() == period.end().lengthOfMonth()
        ? period.days()
        : -1;
  }

  private static Result<Attainment, AssessmentReason> attainment(
      Measurement latest, Result<Target, AssessmentReason> target) {
    if (!target.isComputed()) {
      return Result.notComputed(AssessmentReason.NO_TARGET);
    }
    Result<Attainment, AttainmentReason> attained =
        target.orElseThrow().attainmentOf(latest.value().quantity(), latest);
    return attained.isComputed()
        ? Result.computed(attained.orElseThrow())
        : Result.notComputed(AssessmentReason.NO_JUDGEMENT_POLARITY);
  }
}
