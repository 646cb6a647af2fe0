package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.assess.Assessment;
import org.combatingdrugs.outcomes.assess.Scorecard;
import org.combatingdrugs.outcomes.assess.ScorecardComparison;
import org.combatingdrugs.outcomes.assess.Sentence;
import org.combatingdrugs.outcomes.audit.ReportAudit;
import org.combatingdrugs.outcomes.json.Report;

/**
 * Reads a report document (format version {@value Report#FORMAT_VERSION}) as it is written: {@code
 * formatVersion}, {@code assessments} (as {@link AssessmentDeserializer} reads them), {@code
 * scorecards} and {@code scorecardComparisons} (as {@link ScorecardDeserializer} reads them),
 * {@code audits} (as {@link ReportAuditDeserializer} reads them) and {@code sentences} (as {@link
 * SentenceDeserializer} reads them), every one
 * required.
 */
public final class ReportDeserializer extends StrictDeserializer<Report> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final ReportDeserializer INSTANCE = new ReportDeserializer();

  private ReportDeserializer() {
    super(Report.class, "a report document");
  }

  @Override
  protected Report read(JsonParser p) throws IOException {
    return report(p);
  }

  /** Reads a report document at the parser's current value. */
  static Report report(JsonParser p) throws IOException {
    Fields fields =
        Fields.of(
            p, "a report document", "formatVersion", "assessments", "scorecards", "scorecardComparisons", "audits", "sentences");
    @Nullable Integer version = null;
    @Nullable ImmutableList<Assessment> assessments = null;
    @Nullable ImmutableList<Scorecard> scorecards = null;
    @Nullable ImmutableList<ScorecardComparison> comparisons = null;
    @Nullable ImmutableList<ReportAudit> audits = null;
    @Nullable ImmutableList<Sentence> sentences = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "formatVersion" -> version = formatVersion(p);
        case "assessments" -> assessments = Read.list(p, AssessmentDeserializer::assessment);
        case "scorecards" -> scorecards = Read.list(p, ScorecardDeserializer::scorecard);
        case "scorecardComparisons" -> comparisons = Read.list(p, ScorecardDeserializer::comparison);
        case "audits" -> audits = Read.list(p, ReportAuditDeserializer::audit);
        case "sentences" -> sentences = Read.list(p, SentenceDeserializer.INSTANCE::read);
        default -> throw fields.unknown();
      }
    }
    fields.required("formatVersion", version);
    try {
      return new Report(
          fields.required("assessments", assessments),
          fields.required("scorecards", scorecards),
          fields.required("scorecardComparisons", comparisons),
          fields.required("audits", audits),
          fields.required("sentences", sentences));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }

  private static int formatVersion(JsonParser p) throws IOException {
    int version = Read.wholeInt(p, 0, Integer.MAX_VALUE);
    if (version != Report.FORMAT_VERSION) {
      throw Read.fail(
          p,
          "must be " + Report.FORMAT_VERSION + ", the only report format version this library reads, but was " + version);
    }
    return version;
  }
}
