package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.period.ReportingPeriods;

/**
 * Reads a reporting period from its label, a JSON string such as {@code "2023/24 Q1"}, with the
 * parser people use ({@link ReportingPeriods#parse(CharSequence, Class)}): any label it reads is
 * accepted, and the period is written back as its canonical label.
 *
 * @param <T> the kind of period read: {@link ReportingPeriod} for any
 */
public final class PeriodDeserializer<T extends ReportingPeriod> extends StrictDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /** Reads any kind of period. */
  public static final PeriodDeserializer<ReportingPeriod> ANY = new PeriodDeserializer<>(ReportingPeriod.class);

  private final Class<T> kind;

  /**
   * A deserializer of one kind of period.
   *
   * @param kind the period type; a label of another kind is refused, naming the kind it is
   */
  public PeriodDeserializer(Class<T> kind) {
    super(kind, "a period label such as \"2023/24 Q1\"");
    this.kind = kind;
  }

  @Override
  protected T read(JsonParser p) throws IOException {
    String label = Read.text(p, "a period label (a string such as \"2023/24 Q1\")");
    try {
      return ReportingPeriods.parse(label, kind);
    } catch (IllegalArgumentException e) {
      throw Read.fail(p, "'" + Read.quoted(label) + "' is not read as a period: " + e.getMessage());
    }
  }

  /** Reads any period at the parser's current value. */
  static ReportingPeriod period(JsonParser p) throws IOException {
    return ANY.read(p);
  }
}
