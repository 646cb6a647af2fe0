package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import org.combatingdrugs.outcomes.json.Report;

/**
 * Writes a report document: {@code formatVersion}, {@code assessments} (as {@link
 * AssessmentSerializer} writes them), {@code scorecards} (as {@link ScorecardSerializer} writes
 * them), {@code scorecardComparisons}, {@code audits} (as {@link AuditSerializer} writes them) and
 * {@code sentences} (as {@link SentenceSerializer} writes them), in the order held, with no
 * timestamp.
 */
public final class ReportSerializer extends StdSerializer<Report> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final ReportSerializer INSTANCE = new ReportSerializer();

  private ReportSerializer() {
    super(Report.class);
  }

  @Override
  public void serialize(Report report, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeNumberField("formatVersion", Report.FORMAT_VERSION);
    list(g, "assessments", report.assessments(), AssessmentSerializer::write);
    list(g, "scorecards", report.scorecards(), ScorecardSerializer::write);
    list(g, "scorecardComparisons", report.scorecardComparisons(), ScorecardSerializer::comparison);
    list(g, "audits", report.audits(), AuditSerializer::write);
    list(g, "sentences", report.sentences(), SentenceSerializer::write);
    g.writeEndObject();
  }

  private static <T> void list(JsonGenerator g, String name, List<T> values, Results.Writer<T> writer)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (T value : values) {
      writer.write(g, value);
    }
    g.writeEndArray();
  }
}
