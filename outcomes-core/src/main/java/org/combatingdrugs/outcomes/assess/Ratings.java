package org.combatingdrugs.outcomes.assess;

import java.util.Optional;
import org.combatingdrugs.outcomes.calc.Projection;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.ChangeBandsScheme;
import org.combatingdrugs.outcomes.rag.NotRatedReason;
import org.combatingdrugs.outcomes.rag.ProjectedAttainmentScheme;
import org.combatingdrugs.outcomes.rag.RagScheme;
import org.combatingdrugs.outcomes.rag.Rating;
import org.combatingdrugs.outcomes.rag.RatingBasis;
import org.combatingdrugs.outcomes.rag.TargetToleranceScheme;
import org.combatingdrugs.outcomes.rag.TrajectoryScheme;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Target;
import org.combatingdrugs.outcomes.target.Trajectory;

/**
 * The RAG rating of an assessment by the metric's scheme, and the trajectory's expected value. A
 * count or amount for part of a year is never set against a target for a whole year (that needs
 * the projected-attainment scheme); change bands rate the projected change on last year when there
 * is one, the change from the comparison value otherwise.
 */
final class Ratings {

  private Ratings() {}

  /** What a rating draws on, each element present or with its reason. */
  record Inputs(
      Measurement latest,
      Optional<RagScheme> scheme,
      Result<Target, AssessmentReason> target,
      Optional<Baseline> baseline,
      Result<Comparison, AssessmentReason> comparison,
      Result<Projection, AssessmentReason> projection,
      Result<ProjectedChange, AssessmentReason> projectedChange) {}

  static Result<Rating, AssessmentReason> rate(Inputs in) {
    if (in.scheme().isEmpty()) {
      return Result.notComputed(AssessmentReason.NO_SCHEME);
    }
    RagScheme scheme = in.scheme().get();
    if (scheme instanceof ChangeBandsScheme bands) {
      return byBands(bands, in);
    }
    Optional<AssessmentReason> noTarget = in.target().reason();
    if (noTarget.isPresent()) {
      return Result.notComputed(noTarget.get());
    }
    Target target = in.target().orElseThrow();
    Quantity value = in.latest().value().quantity();
    if (scheme instanceof ProjectedAttainmentScheme projected) {
      if (in.latest().period().equals(target.due())) {
        return rated(projected.banding().rate(value, target, in.latest()));
      }
      Optional<Projection> toDue =
          in.projection().value().filter(p -> p.period().equals(target.due()));
      return toDue.isPresent()
          ? rated(projected.rate(toDue.get(), target, in.latest()))
          : Result.notComputed(AssessmentReason.NO_PROJECTION_TO_TARGET);
    }
    if (forAnotherLength(value, in.latest().period(), target.due())) {
      return Result.notComputed(AssessmentReason.TARGET_FOR_ANOTHER_PERIOD);
    }
    if (scheme instanceof TrajectoryScheme path) {
      Result<Trajectory, AssessmentReason> trajectory = trajectory(in);
      Optional<AssessmentReason> off = trajectory.reason();
      return off.isPresent()
          ? Result.notComputed(off.get())
          : rated(path.rate(value, in.latest().period(), trajectory.orElseThrow(), in.latest()));
    }
    if (scheme instanceof TargetToleranceScheme tolerance) {
      return rated(tolerance.rate(value, target, in.latest()));
    }
    throw new AssertionError("a RAG scheme of an unknown kind: " + scheme);
  }

  /** The value the trajectory from baseline to target expects at the latest period's end. */
  static Result<Quantity, AssessmentReason> expected(Inputs in) {
    Optional<AssessmentReason> noTarget = in.target().reason();
    if (noTarget.isPresent()) {
      return Result.notComputed(noTarget.get());
    }
    if (forAnotherLength(in.latest().value().quantity(), in.latest().period(), in.target().orElseThrow().due())) {
      return Result.notComputed(AssessmentReason.TARGET_FOR_ANOTHER_PERIOD);
    }
    return trajectory(in).map(t -> t.expectedAt(in.latest().period()));
  }

  private static Result<Trajectory, AssessmentReason> trajectory(Inputs in) {
    Target target = in.target().orElseThrow();
    Optional<Baseline> baseline = target.baseline().or(in::baseline);
    if (baseline.isEmpty()) {
      return Result.notComputed(AssessmentReason.NO_BASELINE);
    }
    if (forAnotherLength(baseline.get().value(), baseline.get().period(), target.due())) {
      return Result.notComputed(AssessmentReason.BASELINE_FOR_ANOTHER_PERIOD);
    }
    ReportingPeriod period = in.latest().period();
    if (!target.due().end().isAfter(baseline.get().period().end())
        || period.end().isBefore(baseline.get().period().end())
        || period.end().isAfter(target.due().end())) {
      return Result.notComputed(AssessmentReason.OUTSIDE_TRAJECTORY);
    }
    boolean monthEnds =
        endsAMonth(period) && endsAMonth(baseline.get().period()) && endsAMonth(target.due());
    return Result.computed(
        Trajectory.linear(baseline.get(), target, monthEnds ? ElapsedBasis.MONTHS : ElapsedBasis.DAYS));
  }

  private static Result<Rating, AssessmentReason> byBands(ChangeBandsScheme bands, Inputs in) {
    if (in.projectedChange().isComputed()) {
      return rated(bands.rate(in.projectedChange().orElseThrow().change(), in.latest()))
          .map(r -> r.withBasis(RatingBasis.PROJECTED));
    }
    Optional<AssessmentReason> noComparison = in.comparison().reason();
    return noComparison.isPresent()
        ? Result.notComputed(noComparison.get())
        : rated(bands.rate(in.comparison().orElseThrow().change(), in.latest()));
  }

  /**
   * A count or amount whose period is not as long as the target's: by whole months when both are
   * whole months (a financial year of 366 days is as long as one of 365), by days otherwise.
   */
  static boolean forAnotherLength(Quantity value, ReportingPeriod period, ReportingPeriod due) {
    if (!value.unit().isAdditive()) {
      return false;
    }
    return (isWholeMonths(period) && isWholeMonths(due))
        ? period.wholeMonths() != due.wholeMonths()
        : period.days() != due.days();
  }

  private static boolean isWholeMonths(ReportingPeriod period) {
    return period.start().getDayOfMonth() == 1 && endsAMonth(period);
  }

  private static boolean endsAMonth(ReportingPeriod period) {
    return period.end().getDayOfMonth() == period.end().lengthOfMonth();
  }

  private static Result<Rating, AssessmentReason> rated(Result<Rating, NotRatedReason> rating) {
    Optional<NotRatedReason> why = rating.reason();
    if (why.isEmpty()) {
      return Result.computed(rating.orElseThrow());
    }
    return Result.notComputed(
        switch (why.get()) {
          case NO_JUDGEMENT_POLARITY -> AssessmentReason.NO_JUDGEMENT_POLARITY;
          case CHANGE_UNDEFINED -> AssessmentReason.ZERO_BASE;
        });
  }
}
