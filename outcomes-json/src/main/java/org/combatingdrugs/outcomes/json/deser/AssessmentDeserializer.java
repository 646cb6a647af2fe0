package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.assess.AgainstBenchmark;
import org.combatingdrugs.outcomes.assess.Assessment;
import org.combatingdrugs.outcomes.assess.AssessmentReason;
import org.combatingdrugs.outcomes.assess.Comparison;
import org.combatingdrugs.outcomes.assess.ProjectedChange;
import org.combatingdrugs.outcomes.calc.Projection;
import org.combatingdrugs.outcomes.framework.Measurement;
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
 * Reads an assessment as it is written: the {@code latest} measurement (as {@link
 * MeasurementDeserializer} reads it) and every element, {@code comparison}, {@code direction},
 * {@code projection}, {@code projectedChange}, {@code target}, {@code attainment}, {@code
 * expected}, {@code rating}, {@code interval}, {@code significance}, {@code benchmark}, {@code
 * trend}, {@code variation} and {@code assurance}, each its value as the family's reader reads it
 * or {@code {"reason": ..., "sentence": ...}} with an {@link AssessmentReason}. Every element is
 * required, in any order.
 */
public final class AssessmentDeserializer extends StrictDeserializer<Assessment> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final AssessmentDeserializer INSTANCE = new AssessmentDeserializer();

  private static final String[] PROPERTIES = {
    "latest",
    "comparison",
    "direction",
    "projection",
    "projectedChange",
    "target",
    "attainment",
    "expected",
    "rating",
    "interval",
    "significance",
    "benchmark",
    "trend",
    "variation",
    "assurance"
  };

  private AssessmentDeserializer() {
    super(Assessment.class, "an assessment");
  }

  @Override
  protected Assessment read(JsonParser p) throws IOException {
    return assessment(p);
  }

  /** Reads an assessment at the parser's current value. */
  static Assessment assessment(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "an assessment", PROPERTIES);
    @Nullable Measurement latest = null;
    @Nullable Result<Comparison, AssessmentReason> comparison = null;
    @Nullable Result<DirectionOfTravel, AssessmentReason> direction = null;
    @Nullable Result<Projection, AssessmentReason> projection = null;
    @Nullable Result<ProjectedChange, AssessmentReason> projectedChange = null;
    @Nullable Result<Target, AssessmentReason> target = null;
    @Nullable Result<Attainment, AssessmentReason> attainment = null;
    @Nullable Result<Quantity, AssessmentReason> expected = null;
    @Nullable Result<Rating, AssessmentReason> rating = null;
    @Nullable Result<Interval, AssessmentReason> interval = null;
    @Nullable Result<ChangeSignificance, AssessmentReason> significance = null;
    @Nullable Result<AgainstBenchmark, AssessmentReason> benchmark = null;
    @Nullable Result<Trend, AssessmentReason> trend = null;
    @Nullable Result<XmrChart, AssessmentReason> variation = null;
    @Nullable Result<Assurance, AssessmentReason> assurance = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "latest" -> latest = MeasurementDeserializer.INSTANCE.read(p);
        case "comparison" -> comparison = element(p, ChangeDeserializer::comparison);
        case "direction" -> direction = element(p, RatingDeserializer::direction);
        case "projection" -> projection = element(p, ProjectionDeserializer::projection);
        case "projectedChange" -> projectedChange = element(p, ChangeDeserializer::projected);
        case "target" -> target = element(p, TargetDeserializer::target);
        case "attainment" -> attainment = element(p, RatingDeserializer::attainment);
        case "expected" -> expected = element(p, QuantityDeserializer::quantity);
        case "rating" -> rating = element(p, RatingDeserializer.INSTANCE::read);
        case "interval" -> interval = element(p, IntervalDeserializer::interval);
        case "significance" -> significance = element(p, IntervalDeserializer::significance);
        case "benchmark" -> benchmark = element(p, IntervalDeserializer.AGAINST_BENCHMARK::read);
        case "trend" -> trend = element(p, IntervalDeserializer::trend);
        case "variation" -> variation = element(p, XmrChartDeserializer::chart);
        case "assurance" -> assurance = element(p, q -> Read.word(q, Assurance.class));
        default -> throw fields.unknown();
      }
    }
    try {
      return new Assessment(
          fields.required("latest", latest),
          fields.required("comparison", comparison),
          fields.required("direction", direction),
          fields.required("projection", projection),
          fields.required("projectedChange", projectedChange),
          fields.required("target", target),
          fields.required("attainment", attainment),
          fields.required("expected", expected),
          fields.required("rating", rating),
          fields.required("interval", interval),
          fields.required("significance", significance),
          fields.required("benchmark", benchmark),
          fields.required("trend", trend),
          fields.required("variation", variation),
          fields.required("assurance", assurance));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }

  private static <T> Result<T, AssessmentReason> element(JsonParser p, Read.Reader<T> value) throws IOException {
    return Read.result(p, AssessmentReason.class, value);
  }
}
