package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.audit.PrintedChange;
import org.combatingdrugs.outcomes.audit.PrintedChangeCount;
import org.combatingdrugs.outcomes.audit.PrintedGap;
import org.combatingdrugs.outcomes.audit.PrintedPointsChange;
import org.combatingdrugs.outcomes.audit.PrintedProjection;
import org.combatingdrugs.outcomes.audit.PrintedRate;
import org.combatingdrugs.outcomes.audit.PrintedShare;
import org.combatingdrugs.outcomes.audit.PrintedTotal;
import org.combatingdrugs.outcomes.audit.ReportItem;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * Reads an item of a printed report by its {@code kind}, with the properties of that kind only,
 * and makes it with the item's constructor, so that what the core refuses is refused with its
 * message.
 */
final class ReportItemReader {

  /** The properties every kind has. */
  private static final ImmutableSet<String> HEAD = ImmutableSet.of("kind", "label", "printed");

  /** The properties that are printed figures. */
  private static final ImmutableSet<String> FIGURES =
      ImmutableSet.of("printed", "base", "current", "count", "observedValue", "value", "target", "population", "total");

  /** The kinds of item, as the {@code kind} property names them, with their own properties. */
  enum Kind {
    CHANGE(PrintedChange.class, "base", "current"),
    POINTS_CHANGE(PrintedPointsChange.class, "base", "current"),
    CHANGE_COUNT(PrintedChangeCount.class, "count", "base"),
    PROJECTION(PrintedProjection.class, "observedValue", "observed", "period", "basis"),
    GAP(PrintedGap.class, "value", "target", "side"),
    RATE(PrintedRate.class, "count", "population"),
    SHARE(PrintedShare.class, "count", "total"),
    TOTAL(PrintedTotal.class, "parts");

    private final Class<? extends ReportItem> type;
    private final ImmutableSet<String> properties;

    Kind(Class<? extends ReportItem> type, String... own) {
      this.type = type;
      this.properties = ImmutableSet.<String>builder().addAll(HEAD).add(own).build();
    }

    /** The kind of an item. */
    static Kind of(ReportItem item) {
      for (Kind kind : values()) {
        if (kind.type.isInstance(item)) {
          return kind;
        }
      }
      throw new IllegalStateException("every kind of report item is read, but not " + item.getClass());
    }
  }

  private ReportItemReader() {}

  /** Reads an item of one kind at the parser's current value; an item of another kind is refused. */
  static <T extends ReportItem> T read(JsonParser p, Class<T> type) throws IOException {
    ReportItem item = read(p);
    return Read.ofKind(p, type, item, () -> "a " + Kind.of(item) + " item");
  }

  /** Reads an item of any kind at the parser's current value. */
  static ReportItem read(JsonParser p) throws IOException {
    Fields fields =
        Fields.of(
            p,
            "an item of a printed report",
            "kind",
            "label",
            "printed",
            "base",
            "current",
            "count",
            "observedValue",
            "observed",
            "period",
            "basis",
            "value",
            "target",
            "side",
            "population",
            "total",
            "parts");
    Set<String> given = new TreeSet<>();
    Map<String, PrintedFigure> figures = new HashMap<>();
    @Nullable Kind kind = null;
    @Nullable String label = null;
    @Nullable ReportingPeriod observed = null;
    @Nullable ReportingPeriod period = null;
    @Nullable ElapsedBasis basis = null;
    @Nullable PrintedGap.Side side = null;
    @Nullable ImmutableList<PrintedFigure> parts = null;
    while (fields.next()) {
      String name = fields.name();
      if (FIGURES.contains(name)) {
        figures.put(name, SentenceDeserializer.printed(p));
      } else {
        switch (name) {
          case "kind" -> kind = Read.word(p, Kind.class);
          case "label" -> label = Read.text(p, "the label (a string)");
          case "observed" -> observed = PeriodDeserializer.period(p);
          case "period" -> period = PeriodDeserializer.period(p);
          case "basis" -> basis = Read.word(p, ElapsedBasis.class);
          case "side" -> side = Read.word(p, PrintedGap.Side.class);
          case "parts" -> parts = Read.list(p, SentenceDeserializer::printed);
          default -> throw fields.unknown();
        }
      }
      given.add(name);
    }
    Kind k = fields.required("kind", kind);
    for (String name : given) {
      if (!k.properties.contains(name)) {
        throw fields.failAt(
            name, "is not a property of a " + k + " item, which has only " + new TreeSet<>(k.properties));
      }
    }
    Figures f = new Figures(fields, figures);
    String l = fields.required("label", label);
    PrintedFigure printed = f.required("printed");
    try {
      return switch (k) {
        case CHANGE -> new PrintedChange(l, printed, f.optional("base"), f.optional("current"));
        case POINTS_CHANGE -> new PrintedPointsChange(l, printed, f.required("base"), f.required("current"));
        case CHANGE_COUNT -> new PrintedChangeCount(l, printed, f.required("count"), f.optional("base"));
        case PROJECTION ->
            new PrintedProjection(
                l,
                printed,
                f.required("observedValue"),
                fields.required("observed", observed),
                fields.required("period", period),
                fields.required("basis", basis));
        case GAP -> new PrintedGap(l, printed, f.required("value"), f.required("target"), fields.required("side", side));
        case RATE -> new PrintedRate(l, printed, f.optional("count"), f.optional("population"));
        case SHARE -> new PrintedShare(l, printed, f.optional("count"), f.optional("total"));
        case TOTAL -> new PrintedTotal(l, printed, fields.required("parts", parts));
      };
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }

  /** The printed figures an item was given, by property. */
  private record Figures(Fields fields, Map<String, PrintedFigure> given) {

    PrintedFigure required(String property) throws IOException {
      return fields.required(property, given.get(property));
    }

    Optional<PrintedFigure> optional(String property) {
      return Optional.ofNullable(given.get(property));
    }
  }
}
