package org.combatingdrugs.outcomes.framework;

import org.combatingdrugs.outcomes.judgement.Polarity;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.combatingdrugs.outcomes.area.AreaType;
import org.combatingdrugs.outcomes.data.TsvTable;
import org.combatingdrugs.outcomes.measure.Unit;

/** Reads the national metrics from {@code national-metrics.tsv}. */
final class NationalMetricsTable {

  private NationalMetricsTable() {}

  static ImmutableList<Metric> load() {
    TsvTable table = TsvTable.load(NationalMetricsTable.class, "national-metrics.tsv");
    ImmutableList.Builder<Metric> metrics = ImmutableList.builder();
    for (ImmutableMap<String, String> row : table.rows()) {
      metrics.add(metric(table, row));
    }
    return metrics.build();
  }

  private static Metric metric(TsvTable table, ImmutableMap<String, String> row) {
    String id = table.field(row, "id");
    Metric.Builder builder =
        Metric.builder(id, table.field(row, "name"), enumOf(MetricRole.class, table.field(row, "role"), id))
            .outcome(
                Outcome.byId(table.field(row, "outcome"))
                    .orElseThrow(() -> new IllegalStateException(id + " has an unknown outcome")))
            .unit(unit(table.field(row, "unit"), id))
            .polarity(enumOf(Polarity.class, table.field(row, "polarity"), id))
            .source(table.field(row, "source"), table.field(row, "publisher"))
            .frequency(enumOf(Frequency.class, table.field(row, "frequency"), id))
            .breakdowns(Splitter.on(';').omitEmptyStrings().splitToList(breakdownList(table.field(row, "breakdowns"))))
            .provenance(
                new Provenance(
                    table.field(row, "provenance"),
                    enumOf(Confidence.class, table.field(row, "confidence"), id),
                    table.field(row, "notes")));
    String geography = table.field(row, "lowest_geography");
    if (!geography.equals("other")) {
      builder.lowestGeography(enumOf(AreaType.class, geography, id));
    }
    String fingertips = table.field(row, "fingertips_indicator_id");
    if (!fingertips.isEmpty()) {
      builder.fingertipsIndicatorId(Integer.parseInt(fingertips));
    }
    return builder.build();
  }

  /** Splits only on the semicolons between breakdowns, not inside a breakdown's brackets. */
  private static String breakdownList(String text) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      out.append(c == ';' && depth > 0 ? ',' : c);
    }
    return out.toString();
  }

  private static Unit unit(String text, String id) {
    switch (text) {
      case "count":
        return Unit.COUNT;
      case "pounds":
        return Unit.POUNDS;
      case "percent":
        return Unit.PERCENT;
      default:
        checkState(text.startsWith("per "), "%s has an unknown unit '%s'", id, text);
        return Unit.ratePer(Long.parseLong(text.substring(4)));
    }
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String text, String id) {
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(id + " has an unknown " + type.getSimpleName() + " '" + text + "'", e);
    }
  }
}
