package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes one of the core's enum constants as its name, such as {@code "GREEN"}, whatever the
 * mapper's settings (never its index or its {@code toString()}).
 */
public final class WordSerializer extends StdSerializer<Enum<?>> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final WordSerializer INSTANCE = new WordSerializer();

  private WordSerializer() {
    super(Enum.class, false);
  }

  @Override
  public void serialize(Enum<?> value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeString(value.name());
  }
}
