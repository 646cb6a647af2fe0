package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Refuses to read a core type that has no JSON form of its own (a part of a result such as a
 * scorecard line, or a working value such as funnel limits), instead of letting Jackson guess one
 * from its accessors: nothing the module does not document is read.
 */
public final class NoFormDeserializer extends StrictDeserializer<Object> {

  private static final long serialVersionUID = 1L;

  private final String name;

  /**
   * A refusal for one type.
   *
   * @param type the core type
   */
  public NoFormDeserializer(Class<?> type) {
    super(Object.class, type.getName());
    this.name = type.getName();
  }

  /** The problem every refusal states. */
  private String problem() {
    return name + " has no JSON form: outcomes-json reads only the types its module documents";
  }

  @Override
  protected Object read(JsonParser p) throws JsonMappingException {
    throw Read.fail(p, problem());
  }

  @Override
  public Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    throw Read.fail(ctxt.getParser(), problem());
  }
}
