package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.AccessPattern;
import java.io.IOException;

/**
 * A deserializer that refuses {@code null}: the base of every deserializer of the module, whose
 * values are never absent.
 *
 * @param <T> the type read
 */
public abstract class StrictDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final String what;

  /**
   * A deserializer of a type.
   *
   * @param type the type read
   * @param what the type in words, for messages: {@code "a quantity"}
   */
  protected StrictDeserializer(Class<T> type, String what) {
    super(type);
    this.what = what;
  }

  /**
   * Reads the value at the parser's current token.
   *
   * @param p the parser, at the value's first token
   * @param ctxt the context
   * @return the value, never {@code null}
   * @throws IOException an {@link org.combatingdrugs.outcomes.json.OutcomesJsonException} naming
   *     the JSON path when the value is refused, also when the core refuses a part that no reader
   *     of the family checked first
   */
  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    try {
      return read(p);
    } catch (IllegalArgumentException e) {
      throw Read.invalid(p, what, e);
    }
  }

  /**
   * Reads the value at the parser's current token, leaving the parser at its last token.
   *
   * @param p the parser
   * @return the value
   * @throws IOException when the value is refused
   */
  protected abstract T read(JsonParser p) throws IOException;

  /**
   * Refuses {@code null}, which Jackson would otherwise return without asking.
   *
   * @param ctxt the context
   * @return never
   * @throws JsonMappingException always, naming the JSON path
   */
  @Override
  public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    throw Read.fail(ctxt.getParser(), "must be " + what + " but was null");
  }

  /**
   * Says that {@link #getNullValue} must be asked each time: it throws, so it is never cached.
   *
   * @return {@link AccessPattern#DYNAMIC}
   */
  @Override
  public AccessPattern getNullAccessPattern() {
    return AccessPattern.DYNAMIC;
  }
}
