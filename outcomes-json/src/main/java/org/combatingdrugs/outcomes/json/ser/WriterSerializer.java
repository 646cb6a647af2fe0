package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A serializer that hands its value to one of the family classes' write methods: the families keep
 * their forms in static methods, and this is how the module registers each of them.
 *
 * @param <T> the type written
 */
final class WriterSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Results.Writer<T> writer;

  private WriterSerializer(Class<T> type, Results.Writer<T> writer) {
    super(type);
    this.writer = writer;
  }

  /** A serializer of a type by a write method. */
  static <T> StdSerializer<T> of(Class<T> type, Results.Writer<T> writer) {
    return new WriterSerializer<>(type, writer);
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    writer.write(g, value);
  }
}
