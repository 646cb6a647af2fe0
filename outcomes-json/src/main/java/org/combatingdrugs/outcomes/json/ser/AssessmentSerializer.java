package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.assess.Assessment;

/**
 * Writes an assessment: the {@code latest} measurement (as {@link MeasurementSerializer} writes
 * it), then every element in a fixed order, {@code comparison}, {@code direction}, {@code
 * projection}, {@code projectedChange}, {@code target}, {@code attainment}, {@code expected},
 * {@code rating}, {@code interval}, {@code significance}, {@code benchmark}, {@code trend}, {@code
 * variation} and {@code assurance}. Each is its value when computed, otherwise {@code {"reason":
 * "NO_COMPARISON_VALUE", "sentence": "..."}}: an element is never left out and never {@code null}.
 */
public final class AssessmentSerializer extends StdSerializer<Assessment> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final AssessmentSerializer INSTANCE = new AssessmentSerializer();

  private AssessmentSerializer() {
    super(Assessment.class);
  }

  @Override
  public void serialize(Assessment value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(g, value);
  }

  /** Writes an assessment. */
  static void write(JsonGenerator g, Assessment a) throws IOException {
    g.writeStartObject();
    g.writeFieldName("latest");
    MeasurementSerializer.write(g, a.latest());
    Results.field(g, "comparison", a.comparison(), ChangeSerializer::comparison);
    Results.field(g, "direction", a.direction(), RatingSerializer::direction);
    Results.field(g, "projection", a.projection(), ProjectionSerializer::write);
    Results.field(g, "projectedChange", a.projectedChange(), ChangeSerializer::projected);
    Results.field(g, "target", a.target(), TargetSerializer::write);
    Results.field(g, "attainment", a.attainment(), RatingSerializer::attainment);
    Results.field(g, "expected", a.expected(), QuantitySerializer::write);
    Results.field(g, "rating", a.rating(), RatingSerializer::write);
    Results.field(g, "interval", a.interval(), IntervalSerializer::write);
    Results.field(g, "significance", a.significance(), IntervalSerializer::significance);
    Results.field(g, "benchmark", a.benchmark(), IntervalSerializer::benchmark);
    Results.field(g, "trend", a.trend(), IntervalSerializer::trend);
    Results.field(g, "variation", a.variation(), XmrChartSerializer::write);
    Results.field(g, "assurance", a.assurance(), (out, assurance) -> out.writeString(assurance.name()));
    g.writeEndObject();
  }
}
