package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.assess.Assessment;
import org.combatingdrugs.outcomes.assess.Scorecard;
import org.combatingdrugs.outcomes.json.Report;

/**
 * Writes a report document: {@code formatVersion}, {@code assessments} (as {@link
 * AssessmentSerializer} writes them) and {@code scorecards} (as {@link ScorecardSerializer} writes
 * them), in the order held, with no timestamp.
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
    g.writeArrayFieldStart("assessments");
    for (Assessment a : report.assessments()) {
      AssessmentSerializer.write(g, a, provider);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("scorecards");
    for (Scorecard s : report.scorecards()) {
      ScorecardSerializer.write(g, s, provider);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
