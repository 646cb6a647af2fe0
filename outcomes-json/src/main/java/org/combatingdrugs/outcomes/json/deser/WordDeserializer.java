package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads one of the core's enum constants by its exact name, such as {@code "GREEN"}, whatever the
 * mapper's settings: no index numbers, no other case, no {@code toString()} text.
 *
 * @param <E> the enum
 */
public final class WordDeserializer<E extends Enum<E>> extends StrictDeserializer<E> {

  private static final long serialVersionUID = 1L;

  private final Class<E> type;

  /**
   * A reader of one enum.
   *
   * @param type the enum
   */
  public WordDeserializer(Class<E> type) {
    super(type, "one of the words of " + type.getSimpleName());
    this.type = type;
  }

  @Override
  protected E read(JsonParser p) throws IOException {
    return Read.word(p, type);
  }
}
