package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.json.OutcomesJsonException;

/**
 * The properties of one JSON object, visited in order: each name is checked against the ones seen
 * (a repeated name is refused whatever the mapper's settings), and {@link #next()} leaves the
 * parser at the property's value.
 *
 * <pre>{@code
 * Fields fields = Fields.of(p, "a quantity", "amount", "unit");
 * while (fields.next()) {
 *   switch (fields.name()) {
 *     case "amount" -> amount = ...;
 *     case "unit" -> unit = ...;
 *     default -> throw fields.unknown();
 *   }
 * }
 * }</pre>
 */
final class Fields {

  private final JsonParser p;
  private final String what;
  private final String[] properties;
  /** Which of {@link #properties} have been seen, by position; at most 64 are tracked so. */
  private long seenKnown;

  /** Names seen that are not among {@link #properties} (or beyond the 64th), made when first needed. */
  @Nullable private Set<String> seenOther;
  /** The path of this object, found at its first property and only then. */
  @Nullable private String objectPath;
  private boolean atName;
  private String name = "";

  private Fields(JsonParser p, String what, String[] properties, boolean atName) {
    this.p = p;
    this.what = what;
    this.properties = properties;
    this.atName = atName;
  }

  /**
   * Starts reading an object; the parser is at its {@code START_OBJECT} (or, as Jackson sometimes
   * hands it over, at its first property name or its end).
   *
   * @param p the parser
   * @param what the kind of object, for messages: {@code "a quantity"}
   * @param properties the names it may have, for messages
   */
  static Fields of(JsonParser p, String what, String... properties) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return new Fields(p, what, properties, false);
    }
    if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT) {
      return new Fields(p, what, properties, true);
    }
    throw Read.expected(p, what + " (an object with " + String.join(", ", properties) + ")");
  }

  /**
   * Moves to the next property's value.
   *
   * @return {@code false} at the end of the object (the parser is left at its {@code END_OBJECT})
   */
  boolean next() throws IOException {
    JsonToken token = atName ? p.currentToken() : p.nextToken();
    atName = false;
    if (token == JsonToken.END_OBJECT) {
      return false;
    }
    if (token != JsonToken.FIELD_NAME) {
      throw Read.expected(p, "a property name");
    }
    name = p.currentName();
    if (!see(name)) {
      throw Read.fail(p, "is repeated: " + what + " has one property '" + Read.quoted(name) + "'");
    }
    p.nextToken();
    if (objectPath == null) {
      objectPath = objectPath(p);
    }
    return true;
  }

  /**
   * The path of this object, from the parser at one of its property's values: the context of the
   * value (a scalar) or the one enclosing it (an object or array) is this object's, whose own
   * parent names this object's place.
   */
  private static String objectPath(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    JsonToken token = p.currentToken();
    boolean opening = token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT;
    JsonStreamContext object = opening && context.getParent() != null ? context.getParent() : context;
    return OutcomesJsonException.pathOf(object.getParent());
  }

  /** The path of a property read, {@code $} for one not seen: worked out only for a message. */
  private String pathOf(String property) {
    return objectPath != null && wasSeen(property)
        ? objectPath + OutcomesJsonException.member(property)
        : "$";
  }

  /** Notes a name as seen; {@code false} when it was seen before. */
  private boolean see(String property) {
    int at = position(property);
    if (at >= 0) {
      long bit = 1L << at;
      boolean fresh = (seenKnown & bit) == 0;
      seenKnown |= bit;
      return fresh;
    }
    if (seenOther == null) {
      seenOther = new HashSet<>();
    }
    return seenOther.add(property);
  }

  private boolean wasSeen(String property) {
    int at = position(property);
    return at >= 0 ? (seenKnown & (1L << at)) != 0 : seenOther != null && seenOther.contains(property);
  }

  /** The position of a name among the first 64 properties, or -1. */
  private int position(String property) {
    for (int i = 0; i < Math.min(properties.length, Long.SIZE); i++) {
      if (properties[i].equals(property)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The path of this object: found at its first property, or (for an object with none) where the
   * parser is, at the object's end.
   */
  String path() {
    return objectPath != null ? objectPath : Read.pathOf(p);
  }

  /** The current property's name. */
  String name() {
    return name;
  }

  /** The current property is none of the object's. */
  OutcomesJsonException unknown() {
    return Read.fail(
        p, "is not a property of " + what + ", which has only " + String.join(", ", properties));
  }

  /**
   * A property that must have been given, read from the object just finished.
   *
   * @param property its name
   * @param value what was read, {@code null} when it was not given
   * @return the value
   */
  <T> T required(String property, @Nullable T value) throws OutcomesJsonException {
    if (value == null) {
      throw Read.fail(p, what + " needs the property '" + property + "'");
    }
    return value;
  }

  /**
   * Checks a property that follows from the others (a change's {@code absolute}, an attainment's
   * {@code met}) against what they give, refusing it at its own path.
   *
   * @param property the property's name, read from the object just finished
   * @param given what the document gives
   * @param expected what the other properties give
   */
  <T> void derived(String property, @Nullable T given, T expected) throws OutcomesJsonException {
    T value = required(property, given);
    if (!value.equals(expected)) {
      throw Read.failAt(
          pathOf(property),
          "must be " + Read.quoted(String.valueOf(expected)) + ", which the other properties give, but was "
              + Read.quoted(String.valueOf(value)));
    }
  }

  /**
   * Checks that an optional property is given exactly when the others give it a value.
   *
   * @param property the property's name
   * @param given what the document gives, {@code null} when it was not given
   * @param expected what the other properties give, empty when they give none
   */
  <T> void derivedOptional(String property, @Nullable T given, Optional<T> expected)
      throws OutcomesJsonException {
    if (expected.isPresent()) {
      derived(property, given, expected.get());
    } else if (given != null) {
      throw Read.failAt(pathOf(property), "must not be given: the other properties give it no value");
    }
  }

  /**
   * An error about one property of the object just finished, at the property's own path.
   *
   * @param property the property's name
   * @param problem what is wrong with it
   */
  OutcomesJsonException failAt(String property, String problem) {
    return Read.failAt(pathOf(property), problem);
  }

  /** An error about the object just finished. */
  OutcomesJsonException fail(String problem) {
    return Read.fail(p, problem);
  }

  /** The core refused the object just finished. */
  OutcomesJsonException invalid(IllegalArgumentException e) {
    return Read.invalid(p, what, e);
  }

  /** The parser, for the readers of values. */
  JsonParser parser() {
    return p;
  }
}
