package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.calc.RunRateProjection;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.rag.DirectionOfTravel;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.target.Attainment;
import org.combatingdrugs.outcomes.target.Target;

/**
 * One metric in one area for one period, assessed from a dataset: the value, what it is compared
 * with and the change, the direction of travel, the projection to the end of the financial year,
 * the target and how the value stands against it. Every element is present only when it can be
 * computed; otherwise it carries its {@link AssessmentReason}. More elements (ratings, intervals,
 * significance, benchmark, trend, variation) follow.
 *
 * @param latest the measurement assessed
 * @param comparison the comparison value and the change from it
 * @param direction the direction of travel from the comparison value, judged by the metric
 * @param projection the run-rate projection to the end of the financial year
 * @param target the target set for the metric in the area
 * @param attainment the latest value against the target
 */
public record Assessment(
    Measurement latest,
    Result<Comparison, AssessmentReason> comparison,
    Result<DirectionOfTravel, AssessmentReason> direction,
    Result<RunRateProjection, AssessmentReason> projection,
    Result<Target, AssessmentReason> target,
    Result<Attainment, AssessmentReason> attainment) {

  /** Checks that every element is present (computed or with its reason). */
  public Assessment {
    checkNotNull(latest, "latest");
    checkNotNull(comparison, "comparison");
    checkNotNull(direction, "direction");
    checkNotNull(projection, "projection");
    checkNotNull(target, "target");
    checkNotNull(attainment, "attainment");
  }

  /** The metric, area, period and value: {@code numbers-in-treatment, BCP (E06000058), 2022/23: 2,590 (final)}. */
  @Override
  public String toString() {
    return latest.toString();
  }
}
