package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Refuses to write a core type that has no JSON form of its own, instead of letting Jackson write
 * its accessors: every JSON the module writes is a form it documents and can read back.
 */
public final class NoFormSerializer extends StdSerializer<Object> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final NoFormSerializer INSTANCE = new NoFormSerializer();

  private NoFormSerializer() {
    super(Object.class);
  }

  @Override
  public void serialize(Object value, JsonGenerator g, SerializerProvider provider) throws JsonMappingException {
    throw JsonMappingException.from(
        g,
        value.getClass().getName()
            + " has no JSON form: outcomes-json writes only the types its module documents");
  }
}
