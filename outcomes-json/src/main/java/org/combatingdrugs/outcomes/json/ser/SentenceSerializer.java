package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.assess.Sentence;
import org.combatingdrugs.outcomes.assess.SentenceFigure;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/**
 * Writes a panel sentence with its figures: {@code {"text": "County lines arrests: 38 in 2023/24
 * Q1, ...", "figures": [{"role": "VALUE", "printed": <printed figure>, "exact": <quantity>,
 * "start": 22}, ...]}}, each figure where it is printed in the text and the exact value it rounds.
 * Also writes a printed figure: {@code {"text": "45.2%", "value": 45.2, "unit": "percent",
 * "rounding": "HALF_UP"}}, the value as printed (exactly) in its unit and the rounding it stands
 * for.
 */
public final class SentenceSerializer extends StdSerializer<Sentence> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final SentenceSerializer INSTANCE = new SentenceSerializer();

  /** Writes a figure of a sentence standing alone. */
  public static final StdSerializer<SentenceFigure> FIGURE =
      WriterSerializer.of(SentenceFigure.class, SentenceSerializer::figure);

  /** Writes a printed figure standing alone. */
  public static final StdSerializer<PrintedFigure> PRINTED =
      WriterSerializer.of(PrintedFigure.class, SentenceSerializer::printed);

  private SentenceSerializer() {
    super(Sentence.class);
  }

  @Override
  public void serialize(Sentence value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(g, value);
  }

  /** Writes a sentence. */
  static void write(JsonGenerator g, Sentence s) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", s.text());
    g.writeArrayFieldStart("figures");
    for (SentenceFigure figure : s.figures()) {
      figure(g, figure);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes a figure of a sentence. */
  static void figure(JsonGenerator g, SentenceFigure f) throws IOException {
    g.writeStartObject();
    g.writeStringField("role", f.role().name());
    g.writeFieldName("printed");
    printed(g, f.printed());
    ChangeSerializer.quantity(g, "exact", f.exact());
    g.writeNumberField("start", f.start());
    g.writeEndObject();
  }

  /** Writes a printed figure. */
  static void printed(JsonGenerator g, PrintedFigure f) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", f.text());
    g.writeFieldName("value");
    Write.decimal(g, f.value());
    g.writeStringField("unit", UnitSerializer.word(f.unit()));
    g.writeStringField("rounding", f.rounding().name());
    g.writeEndObject();
  }
}
