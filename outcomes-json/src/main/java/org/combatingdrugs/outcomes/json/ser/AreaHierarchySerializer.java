package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;

/**
 * Writes areas and their composition: an array of the areas in full, in the hierarchy's order, a
 * composite with the codes of its direct members in {@code members}.
 */
public final class AreaHierarchySerializer extends StdSerializer<AreaHierarchy> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final AreaHierarchySerializer INSTANCE = new AreaHierarchySerializer();

  private AreaHierarchySerializer() {
    super(AreaHierarchy.class);
  }

  @Override
  public void serialize(AreaHierarchy value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(g, value);
  }

  /** Writes areas and their composition. */
  static void write(JsonGenerator g, AreaHierarchy hierarchy) throws IOException {
    g.writeStartArray();
    for (Area area : hierarchy.areas()) {
      g.writeStartObject();
      AreaSerializer.fields(g, area);
      if (hierarchy.isComposite(area)) {
        g.writeArrayFieldStart("members");
        for (Area member : hierarchy.membersOf(area)) {
          g.writeString(member.code());
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
