package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.measure.Value;

/**
 * Writes a value by what was measured: {@code {"count": 38}}, {@code {"numerator": 181,
 * "denominator": 400}}, {@code {"events": 55, "population": 389000, "per": 100000}}, {@code
 * {"pounds": 23756}}, {@code {"percent": 45.2}} (a published percentage keeps its printed places).
 */
public final class ValueSerializer extends StdSerializer<Value> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final ValueSerializer INSTANCE = new ValueSerializer();

  private ValueSerializer() {
    super(Value.class);
  }

  @Override
  public void serialize(Value value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(g, value);
  }

  /** Writes a value. */
  static void write(JsonGenerator g, Value value) throws IOException {
    g.writeStartObject();
    if (value instanceof Count c) {
      g.writeNumberField("count", c.count());
    } else if (value instanceof Proportion p) {
      g.writeNumberField("numerator", p.numerator());
      g.writeNumberField("denominator", p.denominator());
    } else if (value instanceof Rate r) {
      g.writeNumberField("events", r.events());
      g.writeNumberField("population", r.population());
      g.writeNumberField("per", r.multiplier());
    } else if (value instanceof Money m) {
      g.writeFieldName("pounds");
      Write.decimal(g, m.pounds());
    } else if (value instanceof PublishedPercentage pp) {
      g.writeFieldName("percent");
      Write.printed(g, pp.percent());
    } else {
      throw new IllegalStateException("every kind of value is written, but not " + value.getClass());
    }
    g.writeEndObject();
  }
}
