package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;
import org.combatingdrugs.outcomes.result.Reason;
import org.combatingdrugs.outcomes.result.Result;

/**
 * Writing the one result contract: a computed result as its value, one not computed as {@code
 * {"reason": "NO_COMPARISON_VALUE", "sentence": "..."}}. Never {@code null}.
 */
final class Results {

  private Results() {}

  /** Writes one value into the generator. */
  @FunctionalInterface
  interface Writer<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  /** Writes a result as a property of the open object. */
  static <T> void field(JsonGenerator g, String name, Result<T, ?> result, Writer<T> writer) throws IOException {
    g.writeFieldName(name);
    write(g, result, writer);
  }

  /** Writes a result. */
  static <T> void write(JsonGenerator g, Result<T, ?> result, Writer<T> writer) throws IOException {
    Optional<T> value = result.value();
    if (value.isPresent()) {
      writer.write(g, value.get());
      return;
    }
    Reason reason = result.reason().orElseThrow();
    g.writeStartObject();
    g.writeStringField("reason", reason.name());
    g.writeStringField("sentence", reason.sentence());
    g.writeEndObject();
  }
}
