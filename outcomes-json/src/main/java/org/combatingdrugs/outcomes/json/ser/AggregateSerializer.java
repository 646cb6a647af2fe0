package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.aggregate.Aggregate;
import org.combatingdrugs.outcomes.framework.Measurement;

/**
 * Writes a pooled measurement with the parts it was pooled from: {@code {"measurement":
 * <measurement>, "parts": [<measurement>, ...]}}, each as {@link MeasurementSerializer} writes a
 * measurement standing alone. (A pooling that was refused is a result, written with its reason.)
 */
public final class AggregateSerializer extends StdSerializer<Aggregate> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final AggregateSerializer INSTANCE = new AggregateSerializer();

  private AggregateSerializer() {
    super(Aggregate.class);
  }

  @Override
  public void serialize(Aggregate value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeFieldName("measurement");
    MeasurementSerializer.write(g, value.measurement());
    g.writeArrayFieldStart("parts");
    for (Measurement part : value.parts()) {
      MeasurementSerializer.write(g, part);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
