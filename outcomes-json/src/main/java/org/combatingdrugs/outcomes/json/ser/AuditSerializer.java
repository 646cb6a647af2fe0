package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.combatingdrugs.outcomes.audit.AuditSummary;
import org.combatingdrugs.outcomes.audit.Explanation;
import org.combatingdrugs.outcomes.audit.Finding;
import org.combatingdrugs.outcomes.audit.NotCheckableReason;
import org.combatingdrugs.outcomes.audit.PrintedChange;
import org.combatingdrugs.outcomes.audit.PrintedChangeCount;
import org.combatingdrugs.outcomes.audit.PrintedGap;
import org.combatingdrugs.outcomes.audit.PrintedPointsChange;
import org.combatingdrugs.outcomes.audit.PrintedProjection;
import org.combatingdrugs.outcomes.audit.PrintedRate;
import org.combatingdrugs.outcomes.audit.PrintedReport;
import org.combatingdrugs.outcomes.audit.PrintedShare;
import org.combatingdrugs.outcomes.audit.PrintedTotal;
import org.combatingdrugs.outcomes.audit.ReportAudit;
import org.combatingdrugs.outcomes.audit.ReportItem;
import org.combatingdrugs.outcomes.audit.Slip;
import org.combatingdrugs.outcomes.audit.WholeRange;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/**
 * Writes the audit of a printed report: {@code {"report": <printed report>, "summary": <summary>,
 * "findings": [<finding>, ...]}}, the report audited in full so that the audit can be made again
 * from it.
 *
 * <ul>
 *   <li>A printed report: its {@code name}, its {@code items} and {@code inputsFrom}, for each
 *       figure that took an input from others, their labels.
 *   <li>A finding: {@code label}, the {@code item} audited, its {@code verdict}, the {@code
 *       explanations} (each {@code slip}, its {@code description} and {@code detail}), {@code
 *       notCheckable} ({@code {"reason": ..., "sentence": ...}}, only when the verdict is {@code
 *       NOT_CHECKABLE}), the {@code exact} value its inputs give (when they give one), {@code
 *       withinInputRounding}, the {@code range} of whole inputs it allows (when it has one), the
 *       labels it {@code restsOn}, the {@code corrected} value (when there is one) and its {@code
 *       text} as a sentence.
 *   <li>An item, by its {@code kind}: {@code CHANGE} ({@code base}, {@code current} where
 *       printed), {@code POINTS_CHANGE} ({@code base}, {@code current}), {@code CHANGE_COUNT}
 *       ({@code count}, {@code base} where printed), {@code PROJECTION} ({@code observedValue},
 *       {@code observed}, {@code period}, {@code basis}), {@code GAP} ({@code value}, {@code
 *       target}, {@code side}), {@code RATE} ({@code count}, {@code population} where printed),
 *       {@code SHARE} ({@code count}, {@code total} where printed) or {@code TOTAL} ({@code
 *       parts}); each with its {@code label} and {@code printed} figure, every figure as {@link
 *       SentenceSerializer} writes a printed figure.
 *   <li>A summary: {@code figures}, {@code checked}, {@code consistent}, {@code withSlips}, {@code
 *       unexplained}, {@code notCheckable}, {@code slips} and {@code reasons} (counts by name, only
 *       those met, in declaration order), {@code restingOnSlips} and its {@code text}.
 *   <li>A range of whole numbers: {@code {"empty": false, "lowest": 762, "highest": 786}}, {@code
 *       highest} left out when there is none.
 * </ul>
 */
public final class AuditSerializer extends StdSerializer<ReportAudit> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final AuditSerializer INSTANCE = new AuditSerializer();

  /** Writes a finding standing alone. */
  public static final StdSerializer<Finding> FINDING = WriterSerializer.of(Finding.class, AuditSerializer::finding);

  /** Writes a summary standing alone. */
  public static final StdSerializer<AuditSummary> SUMMARY =
      WriterSerializer.of(AuditSummary.class, AuditSerializer::summary);

  /** Writes an explanation standing alone. */
  public static final StdSerializer<Explanation> EXPLANATION =
      WriterSerializer.of(Explanation.class, AuditSerializer::explanation);

  /** Writes a range of whole numbers standing alone. */
  public static final StdSerializer<WholeRange> RANGE = WriterSerializer.of(WholeRange.class, AuditSerializer::range);

  /** Writes an item of a printed report standing alone. */
  public static final StdSerializer<ReportItem> ITEM = WriterSerializer.of(ReportItem.class, AuditSerializer::item);

  /** Writes a printed report: {@code name}, {@code items} and {@code inputsFrom} (labels by label). */
  public static final StdSerializer<PrintedReport> PRINTED_REPORT =
      WriterSerializer.of(PrintedReport.class, AuditSerializer::printedReport);

  private AuditSerializer() {
    super(ReportAudit.class);
  }

  @Override
  public void serialize(ReportAudit value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(g, value);
  }

  /** Writes an audit. */
  static void write(JsonGenerator g, ReportAudit audit) throws IOException {
    g.writeStartObject();
    g.writeFieldName("report");
    printedReport(g, audit.report());
    g.writeFieldName("summary");
    summary(g, audit.summary());
    g.writeArrayFieldStart("findings");
    for (Finding finding : audit.findings()) {
      finding(g, finding);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes a finding. */
  static void finding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("label", f.label());
    g.writeFieldName("item");
    item(g, f.item());
    g.writeStringField("verdict", f.verdict().name());
    g.writeArrayFieldStart("explanations");
    for (Explanation e : f.explanations()) {
      explanation(g, e);
    }
    g.writeEndArray();
    Optional<NotCheckableReason> reason = f.reason();
    if (reason.isPresent()) {
      g.writeObjectFieldStart("notCheckable");
      g.writeStringField("reason", reason.get().name());
      g.writeStringField("sentence", reason.get().sentence());
      g.writeEndObject();
    }
    if (f.exact().isPresent()) {
      g.writeFieldName("exact");
      Write.exact(g, f.exact().get());
    }
    g.writeBooleanField("withinInputRounding", f.isWithinInputRounding());
    if (f.range().isPresent()) {
      g.writeFieldName("range");
      range(g, f.range().get());
    }
    strings(g, "restsOn", f.restsOn());
    if (f.corrected().isPresent()) {
      g.writeFieldName("corrected");
      Write.exact(g, f.corrected().get());
    }
    g.writeStringField("text", f.toString());
    g.writeEndObject();
  }

  /** Writes an explanation. */
  static void explanation(JsonGenerator g, Explanation e) throws IOException {
    g.writeStartObject();
    g.writeStringField("slip", e.slip().name());
    g.writeStringField("description", e.slip().description());
    g.writeStringField("detail", e.detail());
    g.writeEndObject();
  }

  /** Writes a summary. */
  static void summary(JsonGenerator g, AuditSummary s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("figures", s.figures());
    g.writeNumberField("checked", s.checked());
    g.writeNumberField("consistent", s.consistent());
    g.writeNumberField("withSlips", s.withSlips());
    g.writeNumberField("unexplained", s.unexplained());
    g.writeNumberField("notCheckable", s.notCheckable());
    g.writeObjectFieldStart("slips");
    for (Slip slip : Slip.values()) {
      Integer n = s.slips().get(slip);
      if (n != null) {
        g.writeNumberField(slip.name(), n);
      }
    }
    g.writeEndObject();
    g.writeObjectFieldStart("reasons");
    for (NotCheckableReason reason : NotCheckableReason.values()) {
      Integer n = s.reasons().get(reason);
      if (n != null) {
        g.writeNumberField(reason.name(), n);
      }
    }
    g.writeEndObject();
    g.writeNumberField("restingOnSlips", s.restingOnSlips());
    g.writeStringField("text", s.toString());
    g.writeEndObject();
  }

  /** Writes a range of whole numbers. */
  static void range(JsonGenerator g, WholeRange r) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("empty", r.isEmpty());
    Optional<BigInteger> lowest = r.lowest();
    if (lowest.isPresent()) {
      g.writeNumberField("lowest", lowest.get());
    }
    Optional<BigInteger> highest = r.highest();
    if (highest.isPresent()) {
      g.writeNumberField("highest", highest.get());
    }
    g.writeEndObject();
  }

  /** Writes an item of a printed report. */
  static void item(JsonGenerator g, ReportItem item) throws IOException {
    g.writeStartObject();
    if (item instanceof PrintedChange c) {
      head(g, "CHANGE", item);
      figure(g, "base", c.base());
      figure(g, "current", c.current());
    } else if (item instanceof PrintedPointsChange c) {
      head(g, "POINTS_CHANGE", item);
      figure(g, "base", c.base());
      figure(g, "current", c.current());
    } else if (item instanceof PrintedChangeCount c) {
      head(g, "CHANGE_COUNT", item);
      figure(g, "count", c.count());
      figure(g, "base", c.base());
    } else if (item instanceof PrintedProjection p) {
      head(g, "PROJECTION", item);
      figure(g, "observedValue", p.observedValue());
      g.writeStringField("observed", p.observed().label());
      g.writeStringField("period", p.period().label());
      g.writeStringField("basis", p.basis().name());
    } else if (item instanceof PrintedGap gap) {
      head(g, "GAP", item);
      figure(g, "value", gap.value());
      figure(g, "target", gap.target());
      g.writeStringField("side", gap.side().name());
    } else if (item instanceof PrintedRate r) {
      head(g, "RATE", item);
      figure(g, "count", r.count());
      figure(g, "population", r.population());
    } else if (item instanceof PrintedShare s) {
      head(g, "SHARE", item);
      figure(g, "count", s.count());
      figure(g, "total", s.total());
    } else if (item instanceof PrintedTotal t) {
      head(g, "TOTAL", item);
      g.writeArrayFieldStart("parts");
      for (PrintedFigure part : t.parts()) {
        SentenceSerializer.printed(g, part);
      }
      g.writeEndArray();
    } else {
      throw new IllegalStateException("every kind of report item is written, but not " + item.getClass());
    }
    g.writeEndObject();
  }

  /** Writes a printed report. */
  static void printedReport(JsonGenerator g, PrintedReport report) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", report.name());
    g.writeArrayFieldStart("items");
    for (ReportItem item : report.items()) {
      item(g, item);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("inputsFrom");
    for (Map.Entry<String, Collection<String>> e : report.inputsFrom().asMap().entrySet()) {
      g.writeArrayFieldStart(e.getKey());
      for (String source : e.getValue()) {
        g.writeString(source);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void head(JsonGenerator g, String kind, ReportItem item) throws IOException {
    g.writeStringField("kind", kind);
    g.writeStringField("label", item.label());
    figure(g, "printed", item.printed());
  }

  private static void figure(JsonGenerator g, String name, PrintedFigure figure) throws IOException {
    g.writeFieldName(name);
    SentenceSerializer.printed(g, figure);
  }

  private static void figure(JsonGenerator g, String name, Optional<PrintedFigure> figure) throws IOException {
    if (figure.isPresent()) {
      figure(g, name, figure.get());
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }
}
