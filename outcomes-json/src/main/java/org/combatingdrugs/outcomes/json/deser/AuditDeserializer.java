package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.io.IOException;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.audit.AuditSummary;
import org.combatingdrugs.outcomes.audit.Explanation;
import org.combatingdrugs.outcomes.audit.NotCheckableReason;
import org.combatingdrugs.outcomes.audit.Slip;
import org.combatingdrugs.outcomes.audit.WholeRange;

/**
 * Reads the summary of an audit as it is written: {@code figures}, {@code checked}, {@code
 * consistent}, {@code withSlips}, {@code unexplained}, {@code notCheckable}, {@code slips} and
 * {@code reasons} (counts by name), {@code restingOnSlips} and {@code text}; {@code checked}
 * and {@code text} follow from the counts and must say what they give. Also reads an explanation
 * ({@code slip}, {@code description}, which must be the slip's own, and {@code detail}) and a range of whole numbers ({@code empty}, {@code lowest}, {@code highest}).
 * (Findings and whole audits are read by {@link ReportAuditDeserializer}.)
 */
public final class AuditDeserializer extends StrictDeserializer<AuditSummary> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final AuditDeserializer INSTANCE = new AuditDeserializer();

  /** Reads an explanation. */
  public static final StrictDeserializer<Explanation> EXPLANATION =
      ReaderDeserializer.of(Explanation.class, "an explanation", AuditDeserializer::explanation);

  /** Reads a range of whole numbers. */
  public static final StrictDeserializer<WholeRange> RANGE =
      ReaderDeserializer.of(WholeRange.class, "a range of whole numbers", AuditDeserializer::range);

  private AuditDeserializer() {
    super(AuditSummary.class, "the summary of an audit");
  }

  @Override
  protected AuditSummary read(JsonParser p) throws IOException {
    return summary(p);
  }

  /** Reads the summary of an audit at the parser's current value. */
  static AuditSummary summary(JsonParser p) throws IOException {
    Fields fields =
        Fields.of(
            p,
            "the summary of an audit",
            "figures",
            "checked",
            "consistent",
            "withSlips",
            "unexplained",
            "notCheckable",
            "slips",
            "reasons",
            "restingOnSlips",
            "text");
    Map<String, Integer> counts = new HashMap<>();
    @Nullable ImmutableMap<Slip, Integer> slips = null;
    @Nullable ImmutableMap<NotCheckableReason, Integer> reasons = null;
    @Nullable String text = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "figures", "checked", "consistent", "withSlips", "unexplained", "notCheckable", "restingOnSlips" ->
            counts.put(fields.name(), Read.wholeInt(p, 0, Integer.MAX_VALUE));
        case "slips" -> slips = counts(p, Slip.class);
        case "reasons" -> reasons = counts(p, NotCheckableReason.class);
        case "text" -> text = Read.text(p, "the summary in words (a string)");
        default -> throw fields.unknown();
      }
    }
    AuditSummary summary;
    try {
      summary =
          new AuditSummary(
              fields.required("figures", counts.get("figures")),
              fields.required("consistent", counts.get("consistent")),
              fields.required("withSlips", counts.get("withSlips")),
              fields.required("unexplained", counts.get("unexplained")),
              fields.required("notCheckable", counts.get("notCheckable")),
              fields.required("slips", slips),
              fields.required("reasons", reasons),
              fields.required("restingOnSlips", counts.get("restingOnSlips")));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
    fields.derived("checked", counts.get("checked"), summary.checked());
    fields.derived("text", text, summary.toString());
    return summary;
  }

  private static <E extends Enum<E>> ImmutableMap<E, Integer> counts(JsonParser p, Class<E> type) throws IOException {
    Fields fields = Fields.of(p, "counts by name", "names of " + type.getSimpleName());
    Map<E, Integer> out = new EnumMap<>(type);
    while (fields.next()) {
      E key = null;
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(fields.name())) {
          key = constant;
        }
      }
      if (key == null) {
        throw fields.unknown();
      }
      out.put(key, Read.wholeInt(p, 1, Integer.MAX_VALUE));
    }
    return Maps.immutableEnumMap(out);
  }

  /** Reads an explanation at the parser's current value. */
  static Explanation explanation(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "an explanation", "slip", "description", "detail");
    @Nullable Slip slip = null;
    @Nullable String description = null;
    @Nullable String detail = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "slip" -> slip = Read.word(p, Slip.class);
        case "description" -> description = Read.text(p, "the slip in words (a string)");
        case "detail" -> detail = Read.text(p, "the particulars (a string)");
        default -> throw fields.unknown();
      }
    }
    Explanation explanation;
    try {
      explanation = new Explanation(fields.required("slip", slip), fields.required("detail", detail));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
    fields.derived("description", description, explanation.slip().description());
    return explanation;
  }

  /** Reads a range of whole numbers at the parser's current value. */
  static WholeRange range(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a range of whole numbers", "empty", "lowest", "highest");
    @Nullable Boolean empty = null;
    @Nullable BigInteger lowest = null;
    @Nullable BigInteger highest = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "empty" -> empty = Read.bool(p);
        case "lowest" -> lowest = integer(p);
        case "highest" -> highest = integer(p);
        default -> throw fields.unknown();
      }
    }
    boolean none = fields.required("empty", empty);
    if (none) {
      if (lowest != null || highest != null) {
        throw fields.fail("an empty range has no lowest or highest");
      }
      return WholeRange.empty();
    }
    try {
      BigInteger from = fields.required("lowest", lowest);
      WholeRange range = highest == null ? WholeRange.atLeast(from) : WholeRange.between(from, highest);
      if (range.isEmpty()) {
        throw fields.fail("a range that is not empty has its lowest at most its highest, but was " + from + " to " + highest);
      }
      return range;
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }

  private static BigInteger integer(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw Read.expected(p, "a whole number");
    }
    return p.getBigIntegerValue();
  }
}
