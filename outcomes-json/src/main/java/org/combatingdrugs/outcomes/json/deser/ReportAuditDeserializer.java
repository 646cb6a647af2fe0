package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.audit.AuditSummary;
import org.combatingdrugs.outcomes.audit.Finding;
import org.combatingdrugs.outcomes.audit.PrintedReport;
import org.combatingdrugs.outcomes.audit.ReportAudit;
import org.combatingdrugs.outcomes.json.OutcomesJsonException;

/**
 * Reads the audit of a printed report as it is written: {@code {"report": <printed report>,
 * "summary": <summary>, "findings": [<finding>, ...]}}. The audit is made again from the report
 * ({@link ReportAudit#of}); the summary and every finding follow from it and must say what it
 * gives: one finding per item, in the report's order, each with its {@code label}, {@code item},
 * {@code verdict}, {@code explanations}, {@code notCheckable}, {@code exact}, {@code
 * withinInputRounding}, {@code range}, {@code restsOn}, {@code corrected} and {@code text}. A
 * finding standing alone is refused ({@link #FINDING}): it is made from the other items of its
 * report, so it is read only within its audit.
 */
public final class ReportAuditDeserializer extends StrictDeserializer<ReportAudit> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final ReportAuditDeserializer INSTANCE = new ReportAuditDeserializer();

  /** Refuses a finding standing alone, saying that a finding is read within its audit. */
  public static final StrictDeserializer<Finding> FINDING =
      ReaderDeserializer.of(Finding.class, "a finding", ReportAuditDeserializer::findingAlone);

  private ReportAuditDeserializer() {
    super(ReportAudit.class, "the audit of a printed report");
  }

  @Override
  protected ReportAudit read(JsonParser p) throws IOException {
    return audit(p);
  }

  /** Reads an audit at the parser's current value. */
  static ReportAudit audit(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "the audit of a printed report", "report", "summary", "findings");
    @Nullable PrintedReport report = null;
    @Nullable AuditSummary summary = null;
    @Nullable ImmutableList<WrittenFinding> findings = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "report" -> report = PrintedReportDeserializer.printedReport(p);
        case "summary" -> summary = AuditDeserializer.summary(p);
        case "findings" -> findings = Read.list(p, WrittenFinding::read);
        default -> throw fields.unknown();
      }
    }
    PrintedReport audited = fields.required("report", report);
    AuditSummary written = fields.required("summary", summary);
    ImmutableList<WrittenFinding> each = fields.required("findings", findings);
    ReportAudit audit;
    try {
      audit = ReportAudit.of(audited);
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
    ImmutableList<Finding> made = audit.findings();
    if (each.size() != made.size()) {
      throw fields.failAt(
          "findings",
          "must hold one finding for each of the report's " + made.size() + " items, in its order, but held "
              + each.size());
    }
    for (int i = 0; i < made.size(); i++) {
      each.get(i).check(made.get(i));
    }
    fields.derived("summary", written, audit.summary());
    return audit;
  }

  private static Finding findingAlone(JsonParser p) throws OutcomesJsonException {
    throw Read.fail(
        p,
        "is not read standing alone: a finding is read within its audit (ReportAudit), which makes it"
            + " again from the other items of its report");
  }
}
