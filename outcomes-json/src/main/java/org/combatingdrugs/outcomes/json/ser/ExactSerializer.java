package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.exact.Exact;

/**
 * Writes an exact number: a terminating decimal as a JSON number ({@code 0.1}, {@code 1.75},
 * {@code 2590}), any other value as a string holding its fraction in lowest terms ({@code
 * "1/3"}). Nothing passes through {@code double}.
 */
public final class ExactSerializer extends StdSerializer<Exact> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final ExactSerializer INSTANCE = new ExactSerializer();

  private ExactSerializer() {
    super(Exact.class);
  }

  @Override
  public void serialize(Exact value, JsonGenerator g, SerializerProvider provider) throws IOException {
    Write.exact(g, value);
  }
}
