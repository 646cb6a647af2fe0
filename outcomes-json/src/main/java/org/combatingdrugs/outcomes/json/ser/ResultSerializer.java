package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.result.Result;

/**
 * Writes any result standing alone, such as a pooling's {@code Result<Value, PoolReason>}: the value
 * as the module writes its type when computed, otherwise {@code {"reason":
 * "PUBLISHED_PERCENTAGE_WITHOUT_COUNTS", "sentence": "..."}}. Never {@code null}.
 */
public final class ResultSerializer extends StdSerializer<Result<?, ?>> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final ResultSerializer INSTANCE = new ResultSerializer();

  private ResultSerializer() {
    super(Result.class, false);
  }

  @Override
  public void serialize(Result<?, ?> value, JsonGenerator g, SerializerProvider provider) throws IOException {
    Results.write(g, value, (out, v) -> provider.defaultSerializeValue(v, out));
  }
}
