package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.combatingdrugs.outcomes.measure.Unit;

/**
 * Reads a unit from its word: {@code "count"}, {@code "pounds"}, {@code "percent"}, {@code
 * "points"} (percentage points), or {@code "per 100000"} for a rate per a multiplier (digits only,
 * no separators).
 */
public final class UnitDeserializer extends StrictDeserializer<Unit> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final UnitDeserializer INSTANCE = new UnitDeserializer();

  private static final Pattern RATE = Pattern.compile("per ([1-9][0-9]{0,17})");

  private static final String EXPECTED =
      "a unit: \"count\", \"pounds\", \"percent\", \"points\" or \"per N\" such as \"per 100000\"";

  private UnitDeserializer() {
    super(Unit.class, EXPECTED);
  }

  @Override
  protected Unit read(JsonParser p) throws IOException {
    return unit(p);
  }

  /** Reads a unit at the parser's current value. */
  static Unit unit(JsonParser p) throws IOException {
    String text = Read.text(p, EXPECTED);
    switch (text) {
      case "count":
        return Unit.COUNT;
      case "pounds":
        return Unit.POUNDS;
      case "percent":
        return Unit.PERCENT;
      case "points":
        return Unit.POINTS;
      default:
        Matcher m = RATE.matcher(text);
        if (!m.matches()) {
          throw Read.fail(p, "must be " + EXPECTED + " but was \"" + Read.quoted(text) + "\"");
        }
        return Unit.ratePer(Long.parseLong(m.group(1)));
    }
  }
}
