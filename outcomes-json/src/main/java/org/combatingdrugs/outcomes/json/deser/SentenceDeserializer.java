package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.assess.Sentence;
import org.combatingdrugs.outcomes.assess.SentenceFigure;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;

/**
 * Reads a panel sentence as it is written, {@code {"text": "...", "figures": [{"role": "VALUE",
 * "printed": <printed figure>, "exact": <quantity>, "start": 22}]}}; each figure must be printed in
 * the text where it says. Also reads a printed figure, {@code {"text": "45.2%", "value": 45.2,
 * "unit": "percent", "rounding": "HALF_UP"}}: the figure is read from its {@code text} with the
 * {@code rounding} given, and {@code value} and {@code unit} must be the ones the text gives.
 */
public final class SentenceDeserializer extends StrictDeserializer<Sentence> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final SentenceDeserializer INSTANCE = new SentenceDeserializer();

  /** Reads a figure of a sentence. */
  public static final StrictDeserializer<SentenceFigure> FIGURE =
      ReaderDeserializer.of(SentenceFigure.class, "a figure of a sentence", SentenceDeserializer::figure);

  /** Reads a printed figure. */
  public static final StrictDeserializer<PrintedFigure> PRINTED =
      ReaderDeserializer.of(PrintedFigure.class, "a printed figure", SentenceDeserializer::printed);

  private SentenceDeserializer() {
    super(Sentence.class, "a sentence");
  }

  @Override
  protected Sentence read(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a sentence", "text", "figures");
    @Nullable String text = null;
    @Nullable ImmutableList<SentenceFigure> figures = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "text" -> text = Read.text(p, "the sentence (a string)");
        case "figures" -> figures = Read.list(p, SentenceDeserializer::figure);
        default -> throw fields.unknown();
      }
    }
    try {
      return new Sentence(fields.required("text", text), fields.required("figures", figures));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }

  /** Reads a figure of a sentence at the parser's current value. */
  static SentenceFigure figure(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a figure of a sentence", "role", "printed", "exact", "start");
    @Nullable SentenceFigure.Role role = null;
    @Nullable PrintedFigure printed = null;
    @Nullable Quantity exact = null;
    @Nullable Integer start = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "role" -> role = Read.word(p, SentenceFigure.Role.class);
        case "printed" -> printed = printed(p);
        case "exact" -> exact = QuantityDeserializer.quantity(p);
        case "start" -> start = Read.wholeInt(p, 0, Integer.MAX_VALUE);
        default -> throw fields.unknown();
      }
    }
    try {
      return new SentenceFigure(
          fields.required("role", role),
          fields.required("printed", printed),
          fields.required("exact", exact),
          fields.required("start", start));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }

  /** Reads a printed figure at the parser's current value. */
  static PrintedFigure printed(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a printed figure", "text", "value", "unit", "rounding");
    @Nullable String text = null;
    @Nullable BigDecimal value = null;
    @Nullable Unit unit = null;
    @Nullable RoundingMode rounding = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "text" -> text = Read.text(p, "the figure as printed (a string)");
        case "value" -> value = Read.decimal(p);
        case "unit" -> unit = UnitDeserializer.unit(p);
        case "rounding" -> rounding = Read.word(p, RoundingMode.class);
        default -> throw fields.unknown();
      }
    }
    PrintedFigure figure;
    try {
      figure = PrintedFigure.parse(fields.required("text", text), fields.required("rounding", rounding));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
    BigDecimal given = fields.required("value", value);
    fields.derived("value", exactOf(fields, given), Exact.of(figure.value()));
    fields.derived("unit", unit, figure.unit());
    return figure;
  }

  private static Exact exactOf(Fields fields, BigDecimal value) throws IOException {
    try {
      return Exact.of(value);
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }
}
