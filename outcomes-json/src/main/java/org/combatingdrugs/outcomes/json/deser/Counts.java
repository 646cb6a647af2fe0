package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.json.OutcomesJsonException;

/**
 * Counts by the names of an enum's constants, every constant given, as a scorecard writes its
 * {@code statusCounts} and {@code directionCounts}: {@code {"GREEN": 3, "AMBER": 1, "RED": 0}}.
 * Each count follows from the value read around it, so it is checked, at its own path, once that
 * value is built.
 *
 * @param <E> the enum counted by
 */
final class Counts<E extends Enum<E>> {

  private final Fields fields;
  private final Map<E, Integer> given;

  private Counts(Fields fields, Map<E, Integer> given) {
    this.fields = fields;
    this.given = given;
  }

  /** Reads the counts at the parser's current value: every constant once, each a whole number. */
  static <E extends Enum<E>> Counts<E> read(JsonParser p, Class<E> type) throws IOException {
    E[] constants = type.getEnumConstants();
    String[] names = new String[constants.length];
    for (int i = 0; i < constants.length; i++) {
      names[i] = constants[i].name();
    }
    Fields fields = Fields.of(p, "counts by " + type.getSimpleName(), names);
    Map<E, Integer> given = new EnumMap<>(type);
    while (fields.next()) {
      E key = constant(constants, fields.name());
      if (key == null) {
        throw fields.unknown();
      }
      given.put(key, Read.wholeInt(p, 0, Integer.MAX_VALUE));
    }
    for (E constant : constants) {
      fields.required(constant.name(), given.get(constant));
    }
    return new Counts<>(fields, given);
  }

  @Nullable
  private static <E extends Enum<E>> E constant(E[] constants, String name) {
    for (E constant : constants) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    return null;
  }

  /**
   * Checks each count against what the value built gives, refusing the first that differs at its
   * own path.
   *
   * @param expected the counts the value gives, every constant listed
   */
  void check(Map<E, Integer> expected) throws OutcomesJsonException {
    for (Map.Entry<E, Integer> count : expected.entrySet()) {
      fields.derived(count.getKey().name(), given.get(count.getKey()), count.getValue());
    }
  }
}
