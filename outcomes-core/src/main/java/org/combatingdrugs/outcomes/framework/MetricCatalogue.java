package org.combatingdrugs.outcomes.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;

/**
 * The metrics a partnership reports on: the national framework's metrics and, beside them, the
 * partnership's own local metrics. Immutable: {@link #withLocal} returns a new catalogue. A local
 * metric never shadows a national one: ids are unique across the catalogue.
 */
public final class MetricCatalogue {

  private static final MetricCatalogue NATIONAL = new MetricCatalogue(NationalMetricsTable.load());

  private final ImmutableMap<String, Metric> byId;

  private MetricCatalogue(List<Metric> metrics) {
    ImmutableMap.Builder<String, Metric> builder = ImmutableMap.builder();
    for (Metric metric : metrics) {
      builder.put(metric.id(), metric);
    }
    this.byId = builder.buildOrThrow();
  }

  /** The national framework's metrics, with no local ones. The same instance on every call. */
  public static MetricCatalogue national() {
    return NATIONAL;
  }

  /**
   * This catalogue with local metrics added.
   *
   * @param locals metrics with role {@link MetricRole#LOCAL}, their ids new to this catalogue
   * @return the larger catalogue
   * @throws IllegalArgumentException when a metric is not local or its id is taken (by a national
   *     metric or another local one)
   */
  public MetricCatalogue withLocal(Metric... locals) {
    ImmutableList.Builder<Metric> all = ImmutableList.<Metric>builder().addAll(byId.values());
    java.util.Set<String> seen = new java.util.HashSet<>(byId.keySet());
    for (Metric local : locals) {
      checkNotNull(local, "local");
      checkArgument(
          local.role() == MetricRole.LOCAL,
          "local metric must have role LOCAL but %s has %s",
          local.id(),
          local.role());
      Metric taken = byId.get(local.id());
      checkArgument(
          seen.add(local.id()),
          "local metric id must be new but '%s' is already %s",
          local.id(),
          taken == null ? "another local metric" : "the " + taken.role() + " metric " + taken.name());
      all.add(local);
    }
    return new MetricCatalogue(all.build());
  }

  /**
   * The metric with an id.
   *
   * @param id a slug such as {@code continuity-of-care-prison}
   * @return the metric, empty when there is none
   */
  public Optional<Metric> byId(String id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The metric with an id, which must exist.
   *
   * @param id a slug
   * @return the metric
   * @throws IllegalArgumentException naming the id when there is no such metric
   */
  public Metric get(String id) {
    return byId(id)
        .orElseThrow(
            () -> new IllegalArgumentException("id must name a metric of the catalogue but was '" + id + "'"));
  }

  /** Every metric: national ones in the framework's order, then local ones in the order added. */
  public ImmutableList<Metric> all() {
    return byId.values().asList();
  }

  /**
   * The metrics with a role.
   *
   * @param role headline, supporting or local
   * @return the metrics, in catalogue order
   */
  public ImmutableList<Metric> withRole(MetricRole role) {
    checkNotNull(role, "role");
    return all().stream().filter(m -> m.role() == role).collect(ImmutableList.toImmutableList());
  }

  /**
   * The metrics serving an outcome.
   *
   * @param outcome the outcome
   * @return the metrics, in catalogue order
   */
  public ImmutableList<Metric> forOutcome(Outcome outcome) {
    checkNotNull(outcome, "outcome");
    return all().stream()
        .filter(m -> m.outcome().equals(Optional.of(outcome)))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "MetricCatalogue" + byId.keySet();
  }
}
