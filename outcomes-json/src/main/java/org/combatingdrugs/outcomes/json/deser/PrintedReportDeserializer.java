package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.audit.PrintedReport;
import org.combatingdrugs.outcomes.audit.ReportItem;

/**
 * Reads a printed report as it is written: {@code {"name": "...", "items": [<item>, ...],
 * "inputsFrom": {"Cash seized": ["Cash seized, projected"]}}}, the labels of the figures each
 * figure took an input from, each listed once. Also reads an item, by its {@code kind}: {@code
 * CHANGE} ({@code base}, {@code current} where printed), {@code POINTS_CHANGE} ({@code base},
 * {@code current}), {@code CHANGE_COUNT} ({@code count}, {@code base} where printed), {@code
 * PROJECTION} ({@code observedValue}, {@code observed}, {@code period}, {@code basis}), {@code GAP}
 * ({@code value}, {@code target}, {@code side}), {@code RATE} ({@code count}, {@code population}
 * where printed), {@code SHARE} ({@code count}, {@code total} where printed) or {@code TOTAL}
 * ({@code parts}), each with its {@code label} and {@code printed} figure; a property of another
 * kind is refused. Every figure is a printed figure with its rounding, so a report {@linkplain
 * PrintedReport#roundedBy rounded another way} reads back as it was.
 */
public final class PrintedReportDeserializer extends StrictDeserializer<PrintedReport> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final PrintedReportDeserializer INSTANCE = new PrintedReportDeserializer();

  /** Reads an item of any kind. */
  public static final StrictDeserializer<ReportItem> ITEM =
      ReaderDeserializer.of(ReportItem.class, "an item of a printed report", PrintedReportDeserializer::item);

  private PrintedReportDeserializer() {
    super(PrintedReport.class, "a printed report");
  }

  /**
   * A deserializer of one kind of item.
   *
   * @param kind the item's type, such as {@code PrintedChange}; an item of another kind is refused
   * @param <T> the type
   * @return the deserializer
   */
  public static <T extends ReportItem> StrictDeserializer<T> itemOf(Class<T> kind) {
    return ReaderDeserializer.of(kind, "an item of a printed report", p -> ReportItemReader.read(p, kind));
  }

  @Override
  protected PrintedReport read(JsonParser p) throws IOException {
    return printedReport(p);
  }

  /** Reads an item of any kind at the parser's current value. */
  static ReportItem item(JsonParser p) throws IOException {
    return ReportItemReader.read(p);
  }

  /** Reads a printed report at the parser's current value. */
  static PrintedReport printedReport(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a printed report", "name", "items", "inputsFrom");
    @Nullable String name = null;
    @Nullable ImmutableList<ReportItem> items = null;
    @Nullable ImmutableSetMultimap<String, String> inputsFrom = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "name" -> name = Read.text(p, "the report's name (a string)");
        case "items" -> items = Read.list(p, PrintedReportDeserializer::item);
        case "inputsFrom" -> inputsFrom = inputsFrom(p);
        default -> throw fields.unknown();
      }
    }
    try {
      return new PrintedReport(
          fields.required("name", name), fields.required("items", items), fields.required("inputsFrom", inputsFrom));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }

  private static ImmutableSetMultimap<String, String> inputsFrom(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "the inputs taken from other figures", "the labels of the report's figures");
    ImmutableSetMultimap.Builder<String, String> out = ImmutableSetMultimap.builder();
    while (fields.next()) {
      String label = fields.name();
      ImmutableList<String> sources = Read.list(p, q -> Read.text(q, "the label of a figure (a string)"));
      if (sources.isEmpty()) {
        throw Read.fail(p, "must list the labels '" + Read.quoted(label) + "' took an input from, but listed none");
      }
      Set<String> seen = new HashSet<>();
      for (String source : sources) {
        if (!seen.add(source)) {
          throw Read.fail(p, "must list each label once, but '" + Read.quoted(source) + "' came twice");
        }
      }
      out.putAll(label, sources);
    }
    return out.build();
  }
}
