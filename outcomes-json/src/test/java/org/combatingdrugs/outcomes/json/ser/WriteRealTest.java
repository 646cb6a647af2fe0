package org.combatingdrugs.outcomes.json.ser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A statistical double is written as the shortest text that reads back to it. */
class WriteRealTest {

  private static String written(double value) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      Write.real(g, value);
    }
    return out.toString();
  }

  @Test
  void twoTimesTenToTheTwentyThreeIsShort() throws IOException {
    assertThat(written(Double.parseDouble("2e23"))).isEqualTo("2.0E23");
  }

  @Property
  void shortestRoundTrip(@ForAll("finite") double value) throws IOException {
    String text = written(value);
    assertThat(Double.parseDouble(text)).isEqualTo(value);
    assertThat(text.length()).isLessThanOrEqualTo(Double.toString(value).length());
  }

  @Provide
  Arbitrary<Double> finite() {
    return Arbitraries.oneOf(
        Arbitraries.of("2e23", "1e23", "5e-324", "-2e23", "0.1", "0").map(Double::parseDouble),
        Arbitraries.of(Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL),
        Arbitraries.doubles(),
        Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite));
  }
}
