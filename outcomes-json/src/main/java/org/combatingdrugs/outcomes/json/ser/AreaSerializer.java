package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.area.Area;

/**
 * Writes an area in full: {@code {"code": "E06000059", "name": "Dorset", "type":
 * "LOCAL_AUTHORITY"}}, so that a reader needs no table of codes.
 */
public final class AreaSerializer extends StdSerializer<Area> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final AreaSerializer INSTANCE = new AreaSerializer();

  private AreaSerializer() {
    super(Area.class);
  }

  @Override
  public void serialize(Area value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    fields(g, value);
    g.writeEndObject();
  }

  /** Writes an area's properties into the open object. */
  static void fields(JsonGenerator g, Area area) throws IOException {
    g.writeStringField("code", area.code());
    g.writeStringField("name", area.name());
    g.writeStringField("type", area.type().name());
  }
}
