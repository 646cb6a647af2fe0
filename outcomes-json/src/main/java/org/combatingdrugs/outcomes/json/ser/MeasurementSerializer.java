package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.measure.DataStatus;

/**
 * Writes a measurement standing alone: {@code metric} (as {@link MetricSerializer} writes it),
 * {@code area} in full, {@code period}, {@code value} and {@code status} (only when not {@code
 * FINAL}).
 */
public final class MeasurementSerializer extends StdSerializer<Measurement> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final MeasurementSerializer INSTANCE = new MeasurementSerializer();

  private MeasurementSerializer() {
    super(Measurement.class);
  }

  @Override
  public void serialize(Measurement m, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(g, m);
  }

  /** Writes a measurement standing alone. */
  static void write(JsonGenerator g, Measurement m) throws IOException {
    g.writeStartObject();
    g.writeFieldName("metric");
    MetricSerializer.write(g, m.metric());
    g.writeObjectFieldStart("area");
    AreaSerializer.fields(g, m.area());
    g.writeEndObject();
    rest(g, m);
    g.writeEndObject();
  }

  /** Writes the period, value and status into the open object. */
  static void rest(JsonGenerator g, Measurement m) throws IOException {
    g.writeStringField("period", m.period().label());
    g.writeFieldName("value");
    ValueSerializer.write(g, m.value());
    if (m.status() != DataStatus.FINAL) {
      g.writeStringField("status", m.status().name());
    }
  }
}
