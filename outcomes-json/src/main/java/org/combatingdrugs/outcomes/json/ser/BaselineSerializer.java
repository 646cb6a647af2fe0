package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.target.Baseline;

/** Writes a baseline: {@code {"period": "2022/23", "value": {"amount": 2590, "unit": "count"}}}. */
public final class BaselineSerializer extends StdSerializer<Baseline> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final BaselineSerializer INSTANCE = new BaselineSerializer();

  private BaselineSerializer() {
    super(Baseline.class);
  }

  @Override
  public void serialize(Baseline value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(g, value);
  }

  /** Writes a baseline. */
  static void write(JsonGenerator g, Baseline b) throws IOException {
    g.writeStartObject();
    g.writeStringField("period", b.period().label());
    g.writeFieldName("value");
    QuantitySerializer.write(g, b.value());
    g.writeEndObject();
  }
}
