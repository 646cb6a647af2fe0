package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.RoundingMode;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.assess.Presentation;

/** Reads presentation settings: {@code {"percentDecimals": 1, "mode": "HALF_UP"}}. */
public final class PresentationDeserializer extends StrictDeserializer<Presentation> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final PresentationDeserializer INSTANCE = new PresentationDeserializer();

  private PresentationDeserializer() {
    super(Presentation.class, "presentation settings");
  }

  @Override
  protected Presentation read(JsonParser p) throws IOException {
    return presentation(p);
  }

  /** Reads presentation settings at the parser's current value. */
  static Presentation presentation(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "presentation settings", "percentDecimals", "mode");
    @Nullable Integer decimals = null;
    @Nullable RoundingMode mode = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "percentDecimals" -> decimals = Read.wholeInt(p, 0, 10);
        case "mode" -> mode = Read.word(p, RoundingMode.class);
        default -> throw fields.unknown();
      }
    }
    try {
      return new Presentation(fields.required("percentDecimals", decimals), fields.required("mode", mode));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }
}
