package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.audit.Explanation;
import org.combatingdrugs.outcomes.audit.Finding;
import org.combatingdrugs.outcomes.audit.NotCheckableReason;
import org.combatingdrugs.outcomes.audit.ReportItem;
import org.combatingdrugs.outcomes.audit.Verdict;
import org.combatingdrugs.outcomes.audit.WholeRange;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.json.OutcomesJsonException;

/**
 * A finding as an audit document writes it, read strictly but not yet believed: every property
 * follows from the audited report, so {@link #check} compares each with the finding the audit makes
 * again, refusing the first that differs at its own path.
 */
final class WrittenFinding {

  private final Fields fields;
  private final String label;
  private final ReportItem item;
  private final Verdict verdict;
  private final ImmutableList<Explanation> explanations;
  private final @Nullable NotCheckableReason reason;
  private final @Nullable Exact exact;
  private final boolean withinInputRounding;
  private final @Nullable WholeRange range;
  private final ImmutableList<String> restsOn;
  private final @Nullable Exact corrected;
  private final String text;

  private WrittenFinding(Fields fields, Parts parts) throws OutcomesJsonException {
    this.fields = fields;
    this.label = fields.required("label", parts.label);
    this.item = fields.required("item", parts.item);
    this.verdict = fields.required("verdict", parts.verdict);
    this.explanations = fields.required("explanations", parts.explanations);
    this.reason = parts.reason;
    this.exact = parts.exact;
    this.withinInputRounding = fields.required("withinInputRounding", parts.withinInputRounding);
    this.range = parts.range;
    this.restsOn = fields.required("restsOn", parts.restsOn);
    this.corrected = parts.corrected;
    this.text = fields.required("text", parts.text);
  }

  /** Reads a finding at the parser's current value. */
  static WrittenFinding read(JsonParser p) throws IOException {
    Fields fields =
        Fields.of(
            p,
            "a finding",
            "label",
            "item",
            "verdict",
            "explanations",
            "notCheckable",
            "exact",
            "withinInputRounding",
            "range",
            "restsOn",
            "corrected",
            "text");
    Parts parts = new Parts();
    while (fields.next()) {
      switch (fields.name()) {
        case "label" -> parts.label = Read.text(p, "the label (a string)");
        case "item" -> parts.item = ReportItemReader.read(p);
        case "verdict" -> parts.verdict = Read.word(p, Verdict.class);
        case "explanations" -> parts.explanations = Read.list(p, AuditDeserializer::explanation);
        case "notCheckable" -> parts.reason = notCheckable(p);
        case "exact" -> parts.exact = ExactDeserializer.exact(p);
        case "withinInputRounding" -> parts.withinInputRounding = Read.bool(p);
        case "range" -> parts.range = AuditDeserializer.range(p);
        case "restsOn" -> parts.restsOn = Read.list(p, q -> Read.text(q, "the label of a figure (a string)"));
        case "corrected" -> parts.corrected = ExactDeserializer.exact(p);
        case "text" -> parts.text = Read.text(p, "the finding in words (a string)");
        default -> throw fields.unknown();
      }
    }
    return new WrittenFinding(fields, parts);
  }

  /**
   * Checks every property against the finding the audit makes again.
   *
   * @param made the finding made from the report
   * @throws OutcomesJsonException at the path of the first property that differs
   */
  void check(Finding made) throws OutcomesJsonException {
    fields.derived("label", label, made.label());
    fields.derived("item", item, made.item());
    fields.derived("verdict", verdict, made.verdict());
    fields.derived("explanations", explanations, made.explanations());
    fields.derivedOptional("notCheckable", reason, made.reason());
    fields.derivedOptional("exact", exact, made.exact());
    fields.derived("withinInputRounding", withinInputRounding, made.isWithinInputRounding());
    fields.derivedOptional("range", range, made.range());
    fields.derived("restsOn", restsOn, made.restsOn());
    fields.derivedOptional("corrected", corrected, made.corrected());
    fields.derived("text", text, made.toString());
  }

  private static NotCheckableReason notCheckable(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "why a figure is not checkable", "reason", "sentence");
    @Nullable NotCheckableReason reason = null;
    @Nullable String sentence = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "reason" -> reason = Read.word(p, NotCheckableReason.class);
        case "sentence" -> sentence = Read.text(p, "the reason in words (a string)");
        default -> throw fields.unknown();
      }
    }
    NotCheckableReason why = fields.required("reason", reason);
    fields.derived("sentence", sentence, why.sentence());
    return why;
  }

  /** The properties as they are read, before the ones required are checked. */
  private static final class Parts {
    @Nullable String label;
    @Nullable ReportItem item;
    @Nullable Verdict verdict;
    @Nullable ImmutableList<Explanation> explanations;
    @Nullable NotCheckableReason reason;
    @Nullable Exact exact;
    @Nullable Boolean withinInputRounding;
    @Nullable WholeRange range;
    @Nullable ImmutableList<String> restsOn;
    @Nullable Exact corrected;
    @Nullable String text;
  }
}
