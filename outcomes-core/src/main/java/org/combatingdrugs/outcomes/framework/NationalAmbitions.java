package org.combatingdrugs.outcomes.framework;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.combatingdrugs.outcomes.data.TsvTable;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.period.ReportingPeriods;
import org.combatingdrugs.outcomes.target.Target;

/**
 * The national ambitions attached to the drugs strategy, shipped with the library. Each carries its
 * provenance; those that are levels of their metric's measure hand out a {@link Target}.
 */
public final class NationalAmbitions {

  private static final ImmutableList<Ambition> ALL = load();

  /** Continuity of care for prison leavers: 75% by 2024/25. */
  public static final Ambition CONTINUITY_OF_CARE_75 = get("continuity-of-care-75");

  /** 54,500 new treatment places by 2024/25 (from 2021/22). */
  public static final Ambition TREATMENT_PLACES_TOTAL = get("treatment-places-total");

  /** 2,000 county lines closed over the strategy's first three years. */
  public static final Ambition COUNTY_LINES_CLOSURES = get("county-lines-closures");

  private NationalAmbitions() {}

  /** Every ambition, in a stable order; the same instances on every call. */
  public static ImmutableList<Ambition> all() {
    return ALL;
  }

  /**
   * The ambition with an id.
   *
   * @param id a slug such as {@code continuity-of-care-75}
   * @return the ambition, empty when there is none
   */
  public static Optional<Ambition> byId(String id) {
    checkNotNull(id, "id");
    return ALL.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * The ambitions concerning a metric.
   *
   * @param metric a national metric
   * @return its ambitions, possibly none
   */
  public static ImmutableList<Ambition> forMetric(Metric metric) {
    checkNotNull(metric, "metric");
    return ALL.stream()
        .filter(a -> a.metric().equals(Optional.of(metric)))
        .collect(ImmutableList.toImmutableList());
  }

  private static Ambition get(String id) {
    return byId(id).orElseThrow(() -> new IllegalStateException("no ambition " + id));
  }

  private static ImmutableList<Ambition> load() {
    TsvTable table = TsvTable.load(NationalAmbitions.class, "national-ambitions.tsv");
    ImmutableList.Builder<Ambition> ambitions = ImmutableList.builder();
    for (ImmutableMap<String, String> row : table.rows()) {
      String id = table.field(row, "id");
      Optional<Metric> metric = optional(table.field(row, "metric_id")).map(m -> MetricCatalogue.national().get(m));
      Optional<BigDecimal> figure = optional(table.field(row, "value")).map(BigDecimal::new);
      ReportingPeriod due = ReportingPeriods.parse(table.field(row, "due_period"));
      Optional<Target> target = Optional.empty();
      if (table.field(row, "target").equals("reach")) {
        checkState(metric.isPresent() && figure.isPresent(), "ambition %s needs a metric and a figure", id);
        target = Optional.of(Target.reach(Quantity.of(figure.get(), metric.get().unit()), due));
      }
      ambitions.add(
          new Ambition(
              id,
              table.field(row, "description"),
              metric,
              figure,
              table.field(row, "unit"),
              optional(table.field(row, "baseline_period")).map(ReportingPeriods::parse),
              due,
              table.field(row, "scope"),
              target,
              new Provenance(
                  table.field(row, "provenance"),
                  Confidence.valueOf(table.field(row, "confidence").toUpperCase(Locale.ROOT)),
                  "")));
    }
    return ambitions.build();
  }

  private static Optional<String> optional(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
