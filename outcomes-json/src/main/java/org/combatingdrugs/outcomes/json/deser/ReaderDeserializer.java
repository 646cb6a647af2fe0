package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * A strict deserializer that hands the parser to one of the family classes' read methods: the
 * families keep their forms in static methods, and this is how the module registers each of them.
 *
 * @param <T> the type read
 */
final class ReaderDeserializer<T> extends StrictDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Read.Reader<T> reader;

  private ReaderDeserializer(Class<T> type, String what, Read.Reader<T> reader) {
    super(type, what);
    this.reader = reader;
  }

  /** A deserializer of a type by a read method; {@code what} names the type for messages. */
  static <T> StrictDeserializer<T> of(Class<T> type, String what, Read.Reader<T> reader) {
    return new ReaderDeserializer<>(type, what, reader);
  }

  @Override
  protected T read(JsonParser p) throws IOException {
    return reader.read(p);
  }
}
