package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.calc.Projection;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.rag.DirectionOfTravel;
import org.combatingdrugs.outcomes.rag.Rating;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.spc.Assurance;
import org.combatingdrugs.outcomes.spc.XmrChart;
import org.combatingdrugs.outcomes.stats.ChangeSignificance;
import org.combatingdrugs.outcomes.stats.Interval;
import org.combatingdrugs.outcomes.stats.Trend;
import org.combatingdrugs.outcomes.target.Attainment;
import org.combatingdrugs.outcomes.target.Target;

/**
 * One metric in one area for one period, assessed from a dataset. Every element is present only
 * when it can be computed; otherwise it carries its {@link AssessmentReason}, so nothing is null
 * and nothing is silently left out.
 *
 * <p>A provisional value is assessed as a final one is, since panels rate the latest data they
 * have; {@link #isProvisional()} says so, every element computed from it is as provisional as the
 * value, and the sentences print {@code (provisional)} after its period. No element is withheld for
 * it.
 *
 * @param latest the measurement assessed
 * @param comparison the comparison value (the same period last year, else the baseline) and the
 *     change from it
 * @param direction the direction of travel from the comparison value, judged by the metric; from
 *     last year's total to the projection when there is no comparison value
 * @param projection the value so far projected to the end of its financial year: by last year's
 *     profile when the same part of last year and last year's total are held, by run rate otherwise
 * @param projectedChange the change from last year's total to the projection
 * @param target the target set for the metric in the area
 * @param attainment the latest value against the target (a count for part of the target's period is
 *     not set against it)
 * @param expected the value the linear trajectory from baseline to target expects at the period's
 *     end
 * @param rating the RAG rating by the metric's scheme, with the threshold that placed it
 * @param interval the 95% confidence interval of the value, in the value's unit
 * @param significance whether the change from last year's value is significant at 95%
 * @param benchmark the value against the benchmark for the period
 * @param trend the recent trend over the last five consecutive points (Fingertips' method)
 * @param variation the XmR chart of the consecutive points ending at the latest
 * @param assurance whether the process the chart shows can be relied on to meet the target
 */
public record Assessment(
    Measurement latest,
    Result<Comparison, AssessmentReason> comparison,
    Result<DirectionOfTravel, AssessmentReason> direction,
    Result<Projection, AssessmentReason> projection,
    Result<ProjectedChange, AssessmentReason> projectedChange,
    Result<Target, AssessmentReason> target,
    Result<Attainment, AssessmentReason> attainment,
    Result<Quantity, AssessmentReason> expected,
    Result<Rating, AssessmentReason> rating,
    Result<Interval, AssessmentReason> interval,
    Result<ChangeSignificance, AssessmentReason> significance,
    Result<AgainstBenchmark, AssessmentReason> benchmark,
    Result<Trend, AssessmentReason> trend,
    Result<XmrChart, AssessmentReason> variation,
    Result<Assurance, AssessmentReason> assurance) {

  /** Checks that every element is present (computed or with its reason). */
  public Assessment {
    checkNotNull(latest, "latest");
    checkNotNull(comparison, "comparison");
    checkNotNull(direction, "direction");
    checkNotNull(projection, "projection");
    checkNotNull(projectedChange, "projectedChange");
    checkNotNull(target, "target");
    checkNotNull(attainment, "attainment");
    checkNotNull(expected, "expected");
    checkNotNull(rating, "rating");
    checkNotNull(interval, "interval");
    checkNotNull(significance, "significance");
    checkNotNull(benchmark, "benchmark");
    checkNotNull(trend, "trend");
    checkNotNull(variation, "variation");
    checkNotNull(assurance, "assurance");
  }

  /**
   * Whether the value assessed is provisional, so that every element computed from it may change
   * when the final figure is published.
   */
  public boolean isProvisional() {
    return latest.status() == DataStatus.PROVISIONAL;
  }

  /**
   * The metric, area, period and value: {@code numbers-in-treatment, BCP (E06000058), 2022/23:
   * 2,590 (final)}.
   */
  @Override
  public String toString() {
    return latest.toString();
  }
}
