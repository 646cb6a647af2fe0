package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.combatingdrugs.outcomes.exact.Exact;

/**
 * Reads an exact number: a JSON number, taken exactly from its text ({@code 0.1} is one tenth,
 * never a {@code double}), or a string holding a fraction of whole numbers ({@code "1/3"}) for a
 * value with no terminating decimal. Other strings, such as {@code "0.1"}, are refused.
 */
public final class ExactDeserializer extends StrictDeserializer<Exact> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final ExactDeserializer INSTANCE = new ExactDeserializer();

  /** The longest fraction string read; longer text is refused before any digit is parsed. */
  public static final int MAX_FRACTION_LENGTH = 2_100;

  private static final Pattern FRACTION = Pattern.compile("(-?[0-9]+)/([0-9]+)");

  private static final String EXPECTED =
      "an exact number: a JSON number, or a fraction string such as \"1/3\"";

  private ExactDeserializer() {
    super(Exact.class, EXPECTED);
  }

  @Override
  protected Exact read(JsonParser p) throws IOException {
    return exact(p);
  }

  /** Reads an exact number at the parser's current value. */
  static Exact exact(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      try {
        return Exact.of(p.getDecimalValue());
      } catch (IllegalArgumentException e) {
        throw Read.invalid(p, "the number " + Read.quoted(p.getText()), e);
      }
    }
    if (token != JsonToken.VALUE_STRING) {
      throw Read.expected(p, EXPECTED);
    }
    String text = p.getText();
    if (text.length() > MAX_FRACTION_LENGTH) {
      throw Read.fail(
          p, "must be a fraction of at most " + MAX_FRACTION_LENGTH + " characters but had " + text.length());
    }
    Matcher m = FRACTION.matcher(text);
    if (!m.matches()) {
      throw Read.fail(
          p,
          "must be " + EXPECTED + " (a decimal is written as a number) but was \"" + Read.quoted(text) + "\"");
    }
    try {
      return Exact.of(new BigInteger(m.group(1)), new BigInteger(m.group(2)));
    } catch (IllegalArgumentException e) {
      throw Read.invalid(p, "the fraction \"" + Read.quoted(text) + "\"", e);
    }
  }
}
