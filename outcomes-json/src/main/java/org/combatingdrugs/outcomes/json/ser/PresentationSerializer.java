package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.assess.Presentation;

/** Writes presentation settings: {@code {"percentDecimals": 1, "mode": "HALF_UP"}}. */
public final class PresentationSerializer extends StdSerializer<Presentation> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final PresentationSerializer INSTANCE = new PresentationSerializer();

  private PresentationSerializer() {
    super(Presentation.class);
  }

  @Override
  public void serialize(Presentation value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(g, value);
  }

  /** Writes presentation settings. */
  static void write(JsonGenerator g, Presentation p) throws IOException {
    g.writeStartObject();
    g.writeNumberField("percentDecimals", p.percentDecimals());
    g.writeStringField("mode", p.mode().name());
    g.writeEndObject();
  }
}
