package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.IOException;
import java.math.BigDecimal;
import org.combatingdrugs.outcomes.exact.Exact;

/** Writing numbers exactly and deterministically, whatever the generator's settings. */
final class Write {

  /** Plain decimals longer than this are written in scientific notation. */
  private static final int PLAIN_MAX = 100;

  private Write() {}

  /**
   * A decimal by value: plain ({@code 0.1}, {@code 23756}), or in scientific notation when the
   * plain text would be longer than {@value #PLAIN_MAX} characters ({@code 1E+400}).
   */
  static void decimal(JsonGenerator g, BigDecimal value) throws IOException {
    String plain = value.toPlainString();
    g.writeNumber(plain.length() <= PLAIN_MAX ? plain : value.toString());
  }

  /**
   * A decimal with its scale, as printed: {@code 45.20} keeps both places; a negative scale is
   * written in scientific notation ({@code 1E+2}) so that it reads back the same.
   */
  static void printed(JsonGenerator g, BigDecimal value) throws IOException {
    g.writeNumber(value.scale() < 0 ? value.toString() : value.toPlainString());
  }

  /**
   * An exact number: its terminating decimal as a JSON number ({@code 1.75}), otherwise a string
   * holding the fraction in lowest terms ({@code "-7/12"}).
   */
  static void exact(JsonGenerator g, Exact value) throws IOException {
    var decimal = value.exactDecimal();
    if (decimal.isPresent()) {
      decimal(g, decimal.get());
    } else {
      g.writeString(value.numerator() + "/" + value.denominator());
    }
  }

  /**
   * A statistical {@code double} as the shortest text that reads back to it, by Jackson's
   * Schubfach writer ({@code 2.0E23}, where {@link Double#toString(double)} before Java 19 gives
   * {@code 1.9999999999999998E23}).
   *
   * @throws IllegalArgumentException for NaN or an infinity, which never reach JSON
   */
  static void real(JsonGenerator g, double value) throws IOException {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a double written to JSON must be finite but was " + value);
    }
    g.writeNumber(NumberOutput.toString(value, true));
  }
}
