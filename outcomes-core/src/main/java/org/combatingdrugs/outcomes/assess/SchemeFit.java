package org.combatingdrugs.outcomes.assess;

import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.rag.ChangeBandsScheme;
import org.combatingdrugs.outcomes.rag.ChangeMeasure;
import org.combatingdrugs.outcomes.rag.ProjectedAttainmentScheme;
import org.combatingdrugs.outcomes.rag.RagScheme;
import org.combatingdrugs.outcomes.rag.TargetToleranceScheme;
import org.combatingdrugs.outcomes.rag.Tolerance;
import org.combatingdrugs.outcomes.rag.TrajectoryScheme;

/**
 * Whether a RAG scheme can rate a metric's values: a tolerance in percentage points, or bands of
 * points, only for a percentage metric; an absolute tolerance only in the metric's own unit.
 */
final class SchemeFit {

  private SchemeFit() {}

  static boolean fits(RagScheme scheme, Metric metric) {
    if (scheme instanceof ChangeBandsScheme bands) {
      return bands.measure() != ChangeMeasure.POINTS || metric.unit().isPercent();
    }
    Tolerance amber;
    if (scheme instanceof TargetToleranceScheme tolerance) {
      amber = tolerance.amber();
    } else if (scheme instanceof ProjectedAttainmentScheme projected) {
      amber = projected.banding().amber();
    } else if (scheme instanceof TrajectoryScheme trajectory) {
      amber = trajectory.banding().amber();
    } else {
      throw new AssertionError("a RAG scheme of an unknown kind: " + scheme);
    }
    if (amber instanceof Tolerance.Points) {
      return metric.unit().isPercent();
    }
    if (amber instanceof Tolerance.Absolute absolute) {
      return absolute.width().unit().difference().equals(Quantity.of(1, metric.unit()).unit().difference());
    }
    return true;
  }
}
