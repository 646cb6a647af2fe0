package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.measure.Unit;

/**
 * Writes a unit as its word: {@code "count"}, {@code "pounds"}, {@code "percent"}, {@code
 * "points"}, or {@code "per 100000"} for a rate.
 */
public final class UnitSerializer extends StdSerializer<Unit> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final UnitSerializer INSTANCE = new UnitSerializer();

  private UnitSerializer() {
    super(Unit.class);
  }

  @Override
  public void serialize(Unit value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeString(word(value));
  }

  /** The unit's word. */
  static String word(Unit unit) {
    return switch (unit.type()) {
      case COUNT -> "count";
      case MONEY -> "pounds";
      case PROPORTION -> unit.isPoints() ? "points" : "percent";
      case RATE -> "per " + unit.multiplier();
    };
  }
}
