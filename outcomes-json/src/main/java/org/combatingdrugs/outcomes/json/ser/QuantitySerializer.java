package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.measure.Quantity;

/** Writes a quantity: {@code {"amount": 45.2, "unit": "percent"}}, the amount exact. */
public final class QuantitySerializer extends StdSerializer<Quantity> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final QuantitySerializer INSTANCE = new QuantitySerializer();

  private QuantitySerializer() {
    super(Quantity.class);
  }

  @Override
  public void serialize(Quantity value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(g, value);
  }

  /** Writes a quantity. */
  static void write(JsonGenerator g, Quantity value) throws IOException {
    g.writeStartObject();
    g.writeFieldName("amount");
    Write.exact(g, value.amount());
    g.writeStringField("unit", UnitSerializer.word(value.unit()));
    g.writeEndObject();
  }
}
