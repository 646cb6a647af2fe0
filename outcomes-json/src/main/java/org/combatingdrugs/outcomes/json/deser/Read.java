package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Supplier;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.json.OutcomesJsonException;
import org.combatingdrugs.outcomes.result.Reason;
import org.combatingdrugs.outcomes.result.Result;

/**
 * Reading JSON values from a parser positioned at the value's first token, refusing every other
 * kind of value with a message that names what was expected and what was found. Each reader leaves
 * the parser at the value's last token.
 */
final class Read {

  /** The most characters of an offending value quoted in a message. */
  private static final int QUOTED = 60;

  private Read() {}

  /** Reads one value; the parser is at its first token and is left at its last. */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonParser p) throws IOException;
  }

  /** An error at the parser's current value. */
  static OutcomesJsonException fail(JsonParser p, String problem) {
    return OutcomesJsonException.at(p, problem, null);
  }

  /** The core refused a value: its message is carried, after what was being read. */
  static OutcomesJsonException invalid(JsonParser p, String what, IllegalArgumentException e) {
    return OutcomesJsonException.at(p, what + " is invalid: " + e.getMessage(), e);
  }

  /** An error at a path known without a parser (a reference resolved after reading). */
  static OutcomesJsonException failAt(String path, String problem, IllegalArgumentException cause) {
    return new OutcomesJsonException(path, problem + ": " + cause.getMessage(), null, cause);
  }

  /** An error at a path known without a parser. */
  static OutcomesJsonException failAt(String path, String problem) {
    return new OutcomesJsonException(path, problem, null, null);
  }

  /** The JSON path of the parser's current value. */
  static String pathOf(JsonParser p) {
    return OutcomesJsonException.pathOf(p);
  }

  /** At most {@value #QUOTED} characters of a text, with its length when cut. */
  static String quoted(String text) {
    return text.length() <= QUOTED
        ? text
        : text.substring(0, QUOTED) + "... (" + text.length() + " characters)";
  }

  /** What the parser's current value is, for messages: {@code the number 5}, {@code null}. */
  static String found(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case VALUE_STRING -> "the string \"" + quoted(p.getText()) + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + quoted(p.getText());
      case VALUE_TRUE, VALUE_FALSE -> "the boolean " + p.getText();
      case VALUE_NULL -> "null";
      case START_OBJECT, FIELD_NAME -> "an object";
      case START_ARRAY -> "an array";
      default -> "the token " + token;
    };
  }

  /** An error saying what the value must be and what it was. */
  static OutcomesJsonException expected(JsonParser p, String expectation) throws IOException {
    return fail(p, "must be " + expectation + " but was " + found(p));
  }

  /** A string value. */
  static String text(JsonParser p, String expectation) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw expected(p, expectation);
    }
    return p.getText();
  }

  /** A string value that is not blank. */
  static String nonBlankText(JsonParser p) throws IOException {
    String text = text(p, "a string that is not blank");
    if (text.isBlank()) {
      throw fail(p, "must be a string that is not blank but was \"" + quoted(text) + "\"");
    }
    return text;
  }

  /** A whole number written without a fraction or exponent, within {@code min..Long.MAX_VALUE}. */
  static long whole(JsonParser p, long min) throws IOException {
    String expectation = "a whole number of at least " + min;
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw expected(p, expectation);
    }
    JsonParser.NumberType type = p.getNumberType();
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      throw fail(p, "must be " + expectation + " no larger than " + Long.MAX_VALUE + " but was " + quoted(p.getText()));
    }
    long value = p.getLongValue();
    if (value < min) {
      throw fail(p, "must be " + expectation + " but was " + value);
    }
    return value;
  }

  /** A whole number within {@code min..max}. */
  static int wholeInt(JsonParser p, int min, int max) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw expected(p, "a whole number within " + min + ".." + max);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < min || p.getIntValue() > max) {
      throw fail(p, "must be a whole number within " + min + ".." + max + " but was " + quoted(p.getText()));
    }
    return p.getIntValue();
  }

  /**
   * A JSON number as the exact decimal its text denotes, with its scale: {@code 45.20} has two
   * places. Never read through {@code double}.
   */
  static BigDecimal decimal(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw expected(p, "a number");
    }
    return p.getDecimalValue();
  }

  /**
   * A statistical {@code double}, written as the shortest text that reads back to it: the JSON
   * number's text parsed as a double (the one reading here that is not exact, since the value was
   * a double when written).
   */
  static double real(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw expected(p, "a number");
    }
    double value = Double.parseDouble(p.getText());
    if (!Double.isFinite(value)) {
      throw fail(p, "must be a finite number but was " + quoted(p.getText()));
    }
    return value;
  }

  /** A boolean value. */
  static boolean bool(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw expected(p, "a boolean");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /**
   * A result: the value read by {@code value}, or, for an object whose first property is {@code
   * reason}, {@code {"reason": <one of the reasons>, "sentence": "..."}} (the sentence is for
   * readers and is not compared). The value reader of an object value must start with {@link
   * Fields#of}, which accepts the parser at the object's first property name.
   */
  static <T, R extends Enum<R> & Reason> Result<T, R> result(JsonParser p, Class<R> reasons, Reader<T> value)
      throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.FIELD_NAME && "reason".equals(p.currentName())) {
        Fields fields = Fields.of(p, "a reason", "reason", "sentence");
        @Nullable R reason = null;
        @Nullable String sentence = null;
        while (fields.next()) {
          switch (fields.name()) {
            case "reason" -> reason = word(p, reasons);
            case "sentence" -> sentence = text(p, "the reason in words (a string)");
            default -> throw fields.unknown();
          }
        }
        fields.required("sentence", sentence);
        return Result.notComputed(fields.required("reason", reason));
      }
    }
    try {
      return Result.computed(value.read(p));
    } catch (IllegalArgumentException e) {
      throw invalid(p, "the value", e);
    }
  }

  /**
   * A value read as any kind of its family (a target, a scheme, a projection), refused unless it
   * is of the kind wanted.
   *
   * @param p the parser, for the error's path
   * @param kind the kind wanted
   * @param value the value read
   * @param shown the value as the error names it, asked only for the error
   * @return the value, of the kind wanted
   */
  static <T> T ofKind(JsonParser p, Class<T> kind, Object value, Supplier<?> shown) throws OutcomesJsonException {
    if (!kind.isInstance(value)) {
      throw fail(p, "must be a " + kind.getSimpleName() + " but was " + shown.get());
    }
    return kind.cast(value);
  }

  /** One of an enum's constants, by its exact name. */
  static <E extends Enum<E>> E word(JsonParser p, Class<E> type) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw expected(p, "one of " + names(type.getEnumConstants()));
    }
    String text = p.getText();
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException notAName) {
      throw fail(p, "must be one of " + names(type.getEnumConstants()) + " but was \"" + quoted(text) + "\"");
    }
  }

  private static <E extends Enum<E>> String names(E[] constants) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < constants.length; i++) {
      out.append(i == 0 ? "" : i == constants.length - 1 ? " or " : ", ").append(constants[i].name());
    }
    return out.toString();
  }

  /** An array, each element read by {@code element}. */
  static <T> ImmutableList<T> list(JsonParser p, Reader<T> element) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw expected(p, "an array");
    }
    ImmutableList.Builder<T> out = ImmutableList.builder();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(element.read(p));
    }
    return out.build();
  }
}
