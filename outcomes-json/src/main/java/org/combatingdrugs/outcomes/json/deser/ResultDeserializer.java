package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;
import java.util.Optional;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.result.Reason;
import org.combatingdrugs.outcomes.result.Result;

/**
 * Reads a result standing alone where its type is declared with both parameters, such as a
 * property of type {@code Result<Value, PoolReason>} or a {@code TypeReference} of it: the value as
 * the mapper reads the value type, or {@code {"reason": <one of the reason type's constants>,
 * "sentence": "..."}}. A result whose parameters are not known (read as the raw {@code Result}, or
 * with a reason type that is not an enum of reasons) is refused, since its value could not be told
 * from a reason.
 */
public final class ResultDeserializer extends StrictDeserializer<Result<?, ?>> implements ContextualDeserializer {

  private static final long serialVersionUID = 1L;

  /** The deserializer before its type is known; it reads nothing itself. */
  public static final ResultDeserializer INSTANCE = new ResultDeserializer(Optional.empty());

  /** The reason type and the value type's deserializer of a result of known parameters. */
  private record Typed(Class<?> reasons, JsonDeserializer<?> value) {}

  private final transient Optional<Typed> typed;

  private ResultDeserializer(Optional<Typed> typed) {
    super(resultClass(), "a result");
    this.typed = typed;
  }

  @SuppressWarnings("unchecked")
  private static Class<Result<?, ?>> resultClass() {
    return (Class<Result<?, ?>>) (Class<?>) Result.class;
  }

  /**
   * The deserializer of the declared type's parameters.
   *
   * @param ctxt the context
   * @param property the property read, {@code null} for a root value
   * @return a deserializer of the declared result, or one that refuses when the parameters are
   *     not known
   * @throws JsonMappingException when the value type has no
   *     deserializer
   */
  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property)
      throws JsonMappingException {
    JavaType type = property != null ? property.getType() : ctxt.getContextualType();
    if (type == null || type.containedTypeCount() != 2) {
      return this;
    }
    JavaType value = type.containedType(0);
    Class<?> reasons = type.containedType(1).getRawClass();
    if (value.hasRawClass(Object.class) || !reasons.isEnum() || !Reason.class.isAssignableFrom(reasons)) {
      return this;
    }
    return new ResultDeserializer(
        Optional.of(new Typed(reasons, ctxt.findContextualValueDeserializer(value, property))));
  }

  /**
   * Reads the result at the parser's current token, its value by the value type's deserializer.
   *
   * @param p the parser, at the result's first token
   * @param ctxt the context
   * @return the result
   * @throws IOException an {@link org.combatingdrugs.outcomes.json.OutcomesJsonException} naming
   *     the JSON path when the result is refused, or its parameters are not known
   */
  @Override
  public Result<?, ?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (typed.isEmpty()) {
      return super.deserialize(p, ctxt);
    }
    Typed t = typed.get();
    try {
      return result(p, t.reasons(), q -> value(q, t.value(), ctxt));
    } catch (IllegalArgumentException e) {
      throw Read.invalid(p, "a result", e);
    }
  }

  /** Refuses a result whose parameters are not known: its value cannot be told from a reason. */
  @Override
  protected Result<?, ?> read(JsonParser p) throws IOException {
    throw Read.fail(
        p,
        "must be read as a result of declared types, such as Result<Value, PoolReason>: the raw Result says"
            + " neither what its value is nor which reasons it may give");
  }

  private static Object value(JsonParser p, JsonDeserializer<?> deserializer, DeserializationContext ctxt)
      throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      throw Read.fail(p, "must be the value or its reason but was null");
    }
    Object value = deserializer.deserialize(p, ctxt);
    if (value == null) {
      throw Read.fail(p, "must be the value or its reason but was " + Read.found(p));
    }
    return value;
  }

  /** Reads with the reason type checked to be an enum of reasons in {@link #createContextual}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Result<?, ?> result(JsonParser p, Class<?> reasons, Read.Reader<Object> value) throws IOException {
    return Read.result(p, (Class) reasons, value);
  }
}
