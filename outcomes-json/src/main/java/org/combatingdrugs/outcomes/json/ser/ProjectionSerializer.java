package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.calc.LinearTrendProjection;
import org.combatingdrugs.outcomes.calc.Observation;
import org.combatingdrugs.outcomes.calc.PriorYearProfileProjection;
import org.combatingdrugs.outcomes.calc.Projection;
import org.combatingdrugs.outcomes.calc.RunRateProjection;

/**
 * Writes a projection with its method and basis: {@code method}, {@code period} and {@code value},
 * then by method the {@code observed} period and {@code observedValue} with the {@code basis} of
 * elapsed time and the {@code share} elapsed (run rate); the same with {@code lastYearSamePart}
 * and {@code lastYearTotal} (prior-year profile); or the {@code series} with the fitted {@code
 * intercept}, {@code slope} and {@code step} (linear trend).
 */
public final class ProjectionSerializer extends StdSerializer<Projection> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final ProjectionSerializer INSTANCE = new ProjectionSerializer();

  private ProjectionSerializer() {
    super(Projection.class);
  }

  @Override
  public void serialize(Projection value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(g, value);
  }

  /** Writes a projection. */
  static void write(JsonGenerator g, Projection p) throws IOException {
    g.writeStartObject();
    g.writeStringField("method", p.method().name());
    g.writeStringField("period", p.period().label());
    ChangeSerializer.quantity(g, "value", p.value());
    if (p instanceof RunRateProjection r) {
      g.writeStringField("observed", r.observed().label());
      ChangeSerializer.quantity(g, "observedValue", r.observedValue());
      g.writeStringField("basis", r.basis().name());
      g.writeFieldName("share");
      Write.exact(g, r.share());
    } else if (p instanceof PriorYearProfileProjection r) {
      g.writeStringField("observed", r.observed().label());
      ChangeSerializer.quantity(g, "observedValue", r.observedValue());
      ChangeSerializer.quantity(g, "lastYearSamePart", r.lastYearSamePart());
      ChangeSerializer.quantity(g, "lastYearTotal", r.lastYearTotal());
      g.writeFieldName("share");
      Write.exact(g, r.share());
    } else if (p instanceof LinearTrendProjection t) {
      g.writeArrayFieldStart("series");
      for (Observation o : t.series()) {
        g.writeStartObject();
        g.writeStringField("period", o.period().label());
        ChangeSerializer.quantity(g, "value", o.value());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeFieldName("intercept");
      Write.exact(g, t.trend().intercept());
      g.writeFieldName("slope");
      Write.exact(g, t.trend().slope());
      g.writeNumberField("step", t.step());
    } else {
      throw new IllegalStateException("every kind of projection is written, but not " + p.getClass());
    }
    g.writeEndObject();
  }
}
