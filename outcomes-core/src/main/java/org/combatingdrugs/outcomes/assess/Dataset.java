package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.RagScheme;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Target;

/**
 * What a partnership holds: the metrics it reports (catalogue and local), its areas and their
 * composition, measurement series (metric × area × period → value and status), baselines and
 * targets per metric and area, benchmark values (such as England's) per metric and period, and how
 * its report prints figures.
 *
 * <p>Validated on construction: a measurement, baseline, target or benchmark for a metric or area
 * the dataset does not hold, two values for one metric, area and period, or a value in another unit
 * than its metric's, is refused with a message naming the metric, area and period. Lookups are
 * indexed by metric and area (hash) and by period (sorted), so a national dataset of some 200,000
 * measurements is read in linear time and queried in logarithmic time.
 */
public final class Dataset {

  private final String name;
  private final ImmutableMap<String, Metric> metrics;
  private final AreaHierarchy areas;
  private final ImmutableMap<SeriesKey, ImmutableSortedMap<ReportingPeriod, Measurement>> series;
  private final ImmutableMap<SeriesKey, Baseline> baselines;
  private final ImmutableMap<SeriesKey, Target> targets;
  private final ImmutableMap<String, ImmutableSortedMap<ReportingPeriod, Value>> benchmarks;
  private final ImmutableMap<String, RagScheme> schemes;
  private final Optional<RagScheme> defaultScheme;
  private final Presentation presentation;
  private final int size;

  private Dataset(Builder b) {
    this.name = b.name;
    this.metrics = ImmutableMap.copyOf(b.metrics);
    this.areas = b.areas;
    ImmutableMap.Builder<SeriesKey, ImmutableSortedMap<ReportingPeriod, Measurement>> index =
        ImmutableMap.builderWithExpectedSize(b.series.size());
    b.series.forEach((key, byPeriod) -> index.put(key, ImmutableSortedMap.copyOfSorted(byPeriod)));
    this.series = index.buildOrThrow();
    this.baselines = ImmutableMap.copyOf(b.baselines);
    this.targets = ImmutableMap.copyOf(b.targets);
    ImmutableMap.Builder<String, ImmutableSortedMap<ReportingPeriod, Value>> marks = ImmutableMap.builder();
    b.benchmarks.forEach((id, byPeriod) -> marks.put(id, ImmutableSortedMap.copyOfSorted(byPeriod)));
    this.benchmarks = marks.buildOrThrow();
    this.schemes = ImmutableMap.copyOf(b.schemes);
    this.defaultScheme = b.defaultScheme;
    this.presentation = b.presentation;
    this.size = b.size;
  }

  private Dataset(
      Dataset base,
      SeriesKey key,
      ImmutableSortedMap<ReportingPeriod, Measurement> added,
      Optional<Target> target,
      Optional<Baseline> baseline) {
    this.name = base.name;
    this.metrics = base.metrics;
    this.areas = base.areas;
    this.series =
        ImmutableMap.<SeriesKey, ImmutableSortedMap<ReportingPeriod, Measurement>>builderWithExpectedSize(
                base.series.size() + 1)
            .putAll(base.series)
            .put(key, added)
            .buildKeepingLast();
    this.baselines = withEntry(base.baselines, key, baseline);
    this.targets = withEntry(base.targets, key, target);
    this.benchmarks = base.benchmarks;
    this.schemes = base.schemes;
    this.defaultScheme = base.defaultScheme;
    this.presentation = base.presentation;
    this.size = base.size + added.size();
  }

  private static <T> ImmutableMap<SeriesKey, T> withEntry(
      ImmutableMap<SeriesKey, T> map, SeriesKey key, Optional<T> value) {
    return value.isEmpty()
        ? map
        : ImmutableMap.<SeriesKey, T>builderWithExpectedSize(map.size() + 1)
            .putAll(map)
            .put(key, value.get())
            .buildKeepingLast();
  }

  /**
   * This dataset with a series derived for an area (a composite's pooled values), and the target
   * and baseline derived with it. Nothing is validated again: the caller derives them from what
   * this dataset holds.
   */
  Dataset withDerivedSeries(
      Metric metric,
      Area area,
      ImmutableSortedMap<ReportingPeriod, Measurement> derived,
      Optional<Target> target,
      Optional<Baseline> baseline) {
    return new Dataset(this, new SeriesKey(metric.id(), area.code()), derived, target, baseline);
  }

  /**
   * A builder for a dataset.
   *
   * @param name what the dataset is, such as {@code Dorset CDP, July 2023}; not blank
   * @param areas the partnership's areas and their composition
   * @return the builder, holding no metrics yet and {@link Presentation#DEFAULT}
   */
  public static Builder builder(String name, AreaHierarchy areas) {
    return new Builder(name, areas);
  }

  /** What the dataset is. */
  public String name() {
    return name;
  }

  /** The metrics reported, in the order they were added. */
  public ImmutableList<Metric> metrics() {
    return metrics.values().asList();
  }

  /**
   * A metric by its id.
   *
   * @param id the metric's id
   * @return the metric, empty when the dataset does not report it
   */
  public Optional<Metric> metric(String id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(metrics.get(id));
  }

  /** The areas and their composition. */
  public AreaHierarchy areas() {
    return areas;
  }

  /** The number of measurements held. */
  public int size() {
    return size;
  }

  /** How the partnership's report prints figures. */
  public Presentation presentation() {
    return presentation;
  }

  /**
   * The series of one metric in one area, in period order (by start, then end).
   *
   * @param metric the metric
   * @param area the area
   * @return the measurements by period; empty when there are none
   */
  public ImmutableSortedMap<ReportingPeriod, Measurement> series(Metric metric, Area area) {
    checkNotNull(metric, "metric");
    checkNotNull(area, "area");
    ImmutableSortedMap<ReportingPeriod, Measurement> found = series.get(new SeriesKey(metric.id(), area.code()));
    return found == null ? ImmutableSortedMap.of() : found;
  }

  /**
   * The measurement of a metric in an area for a period.
   *
   * @param metric the metric
   * @param area the area
   * @param period the period
   * @return the measurement, empty when there is none
   */
  public Optional<Measurement> measurement(Metric metric, Area area, ReportingPeriod period) {
    checkNotNull(period, "period");
    return Optional.ofNullable(series(metric, area).get(period));
  }

  /**
   * The latest measurement of a metric in an area: the one whose period sorts last (by end, for
   * periods of one start).
   *
   * @param metric the metric
   * @param area the area
   * @return the measurement, empty when the series is empty
   */
  public Optional<Measurement> latest(Metric metric, Area area) {
    ImmutableSortedMap<ReportingPeriod, Measurement> found = series(metric, area);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.values().asList().get(found.size() - 1));
  }

  /** Every series key held, metric by metric in the order metrics were added. */
  public ImmutableList<SeriesKey> seriesKeys() {
    return series.keySet().asList();
  }

  /**
   * The baseline set for a metric in an area.
   *
   * @param metric the metric
   * @param area the area
   * @return the baseline, empty when none is set
   */
  public Optional<Baseline> baseline(Metric metric, Area area) {
    return Optional.ofNullable(baselines.get(key(metric, area)));
  }

  /**
   * The target set for a metric in an area.
   *
   * @param metric the metric
   * @param area the area
   * @return the target, empty when none is set
   */
  public Optional<Target> target(Metric metric, Area area) {
    return Optional.ofNullable(targets.get(key(metric, area)));
  }

  /**
   * The benchmark value (such as England's) of a metric for a period.
   *
   * @param metric the metric
   * @param period the period
   * @return the benchmark, empty when none is held
   */
  public Optional<Value> benchmark(Metric metric, ReportingPeriod period) {
    checkNotNull(metric, "metric");
    checkNotNull(period, "period");
    ImmutableSortedMap<ReportingPeriod, Value> byPeriod = benchmarks.get(metric.id());
    return byPeriod == null ? Optional.empty() : Optional.ofNullable(byPeriod.get(period));
  }

  /**
   * The RAG scheme chosen for a metric, or the dataset's default when it fits the metric's unit (a
   * tolerance in percentage points fits only a percentage).
   *
   * @param metric the metric
   * @return the scheme, empty when neither the metric nor a fitting default has one (the metric is
   *     not rated)
   */
  public Optional<RagScheme> scheme(Metric metric) {
    checkNotNull(metric, "metric");
    RagScheme chosen = schemes.get(metric.id());
    return chosen != null ? Optional.of(chosen) : defaultScheme.filter(d -> SchemeFit.fits(d, metric));
  }

  private static SeriesKey key(Metric metric, Area area) {
    checkNotNull(metric, "metric");
    checkNotNull(area, "area");
    return new SeriesKey(metric.id(), area.code());
  }

  /** The name and size: {@code Dorset CDP, July 2023: 12 metrics, 3 areas, 40 measurements}. */
  @Override
  public String toString() {
    return name
        + ": "
        + metrics.size()
        + " metrics, "
        + areas.areas().size()
        + " areas, "
        + size
        + " measurements";
  }

  /** Collects a dataset's parts and validates each as it is added; every adder returns this. */
  public static final class Builder {
    private final String name;
    private final AreaHierarchy areas;
    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    private final Map<SeriesKey, TreeMap<ReportingPeriod, Measurement>> series = new LinkedHashMap<>();
    private final Map<SeriesKey, Baseline> baselines = new HashMap<>();
    private final Map<SeriesKey, Target> targets = new HashMap<>();
    private final Map<String, TreeMap<ReportingPeriod, Value>> benchmarks = new HashMap<>();
    private final Map<String, RagScheme> schemes = new HashMap<>();
    private Optional<RagScheme> defaultScheme = Optional.empty();
    private Presentation presentation = Presentation.DEFAULT;
    private int size;

    private Builder(String name, AreaHierarchy areas) {
      checkNotNull(name, "name");
      checkNotNull(areas, "areas");
      checkArgument(!name.isBlank(), "name must not be blank but was '%s'", name);
      this.name = name;
      this.areas = areas;
    }

    /**
     * Adds a metric the partnership reports: a catalogue metric or a local one.
     *
     * @param metric the metric
     * @return this builder
     * @throws IllegalArgumentException when another metric with this id was added
     */
    @CanIgnoreReturnValue
    public Builder metric(Metric metric) {
      checkNotNull(metric, "metric");
      Metric earlier = metrics.putIfAbsent(metric.id(), metric);
      checkArgument(
          earlier == null || earlier.equals(metric),
          "metric %s is defined twice, differently: %s and %s",
          metric.id(),
          earlier,
          metric);
      return this;
    }

    /**
     * Adds catalogue metrics by id.
     *
     * @param catalogue where the ids are looked up, such as {@link MetricCatalogue#national()}
     * @param ids the metric ids
     * @return this builder
     * @throws IllegalArgumentException naming an id the catalogue does not hold
     */
    @CanIgnoreReturnValue
    public Builder metrics(MetricCatalogue catalogue, String... ids) {
      checkNotNull(catalogue, "catalogue");
      for (String id : ids) {
        metric(catalogue.get(id));
      }
      return this;
    }

    /**
     * Adds a measurement.
     *
     * @param measurement the measurement
     * @return this builder
     * @throws IllegalArgumentException when its metric or area is not in the dataset, its metric
     *     is defined otherwise here, or the dataset already holds a value for its metric, area and
     *     period
     */
    @CanIgnoreReturnValue
    public Builder measurement(Measurement measurement) {
      checkNotNull(measurement, "measurement");
      SeriesKey key = known(measurement.metric(), measurement.area(), "measurement", measurement.period());
      TreeMap<ReportingPeriod, Measurement> byPeriod = series.computeIfAbsent(key, k -> new TreeMap<>());
      Measurement earlier = byPeriod.putIfAbsent(measurement.period(), measurement);
      checkArgument(
          earlier == null,
          "two values for %s in %s for %s: %s and %s",
          key.metricId(),
          key.areaCode(),
          measurement.period(),
          earlier == null ? "" : earlier.value().quantity(),
          measurement.value().quantity());
      size++;
      return this;
    }

    /**
     * Adds measurements.
     *
     * @param measurements the measurements
     * @return this builder
     * @throws IllegalArgumentException as {@link #measurement(Measurement)} does, for the first
     *     that is refused
     */
    @CanIgnoreReturnValue
    public Builder measurements(Iterable<Measurement> measurements) {
      checkNotNull(measurements, "measurements");
      for (Measurement m : measurements) {
        measurement(m);
      }
      return this;
    }

    /**
     * Sets the baseline of a metric in an area.
     *
     * @param metric the metric, already added
     * @param area the area, in the hierarchy
     * @param baseline the baseline, in the metric's unit
     * @return this builder
     * @throws IllegalArgumentException when the metric or area is unknown, the unit differs, or a
     *     baseline is already set
     */
    @CanIgnoreReturnValue
    public Builder baseline(Metric metric, Area area, Baseline baseline) {
      checkNotNull(baseline, "baseline");
      setOnce(baselines, "baseline", metric, area, baseline.period(), baseline.value().unit(), baseline);
      return this;
    }

    /**
     * Sets the target of a metric in an area.
     *
     * @param metric the metric, already added
     * @param area the area, in the hierarchy
     * @param target the target, in the metric's unit
     * @return this builder
     * @throws IllegalArgumentException when the metric or area is unknown, the unit differs, a
     *     target is already set, or the target's bound opposes the metric's polarity (at most a level
     *     of a metric where higher is better)
     */
    @CanIgnoreReturnValue
    public Builder target(Metric metric, Area area, Target target) {
      checkNotNull(target, "target");
      setOnce(targets, "target", metric, area, target.due(), target.level().unit(), target);
      try {
        var unused = target.meetingBound(metric);
      } catch (IllegalArgumentException contradiction) {
        targets.remove(new SeriesKey(metric.id(), area.code()));
        throw new IllegalArgumentException(
            "target for " + metric.id() + " in " + area.code() + ": " + contradiction.getMessage(),
            contradiction);
      }
      return this;
    }

    /** Sets a baseline or target of a known metric and area, once, in the metric's unit. */
    private <T> void setOnce(
        Map<SeriesKey, T> settings,
        String what,
        Metric metric,
        Area area,
        ReportingPeriod period,
        Unit unit,
        T value) {
      SeriesKey key = known(metric, area, what, period);
      checkArgument(
          unit.equals(metric.unit()),
          "%s for %s in %s for %s must be in %s but was %s",
          what,
          metric.id(),
          area.code(),
          period,
          metric.unit(),
          value);
      checkArgument(
          settings.putIfAbsent(key, value) == null, "two %ss for %s in %s", what, metric.id(), area.code());
    }

    /**
     * Adds a benchmark value (such as England's) of a metric for a period.
     *
     * @param metric the metric, already added
     * @param period the period
     * @param value the benchmark, in the metric's unit
     * @return this builder
     * @throws IllegalArgumentException when the metric is unknown, the unit differs, or a
     *     benchmark is already held for the period
     */
    @CanIgnoreReturnValue
    public Builder benchmark(Metric metric, ReportingPeriod period, Value value) {
      checkNotNull(metric, "metric");
      checkNotNull(period, "period");
      checkNotNull(value, "value");
      knownMetric(metric, "benchmark", period);
      checkArgument(
          value.unit().equals(metric.unit()),
          "benchmark for %s for %s must be in %s but was %s",
          metric.id(),
          period,
          metric.unit(),
          value.quantity());
      checkArgument(
          benchmarks.computeIfAbsent(metric.id(), k -> new TreeMap<>()).putIfAbsent(period, value) == null,
          "two benchmarks for %s for %s",
          metric.id(),
          period);
      return this;
    }

    /**
     * Chooses the RAG scheme of a metric.
     *
     * @param metric the metric, already added
     * @param scheme the scheme
     * @return this builder
     * @throws IllegalArgumentException when the metric is unknown or already has a scheme, or the
     *     scheme does not fit its unit (a tolerance in percentage points for a count)
     */
    @CanIgnoreReturnValue
    public Builder scheme(Metric metric, RagScheme scheme) {
      checkNotNull(metric, "metric");
      checkNotNull(scheme, "scheme");
      Metric held = metrics.get(metric.id());
      checkArgument(held != null && held.equals(metric), "scheme for %s: the dataset has no metric %s", metric.id(), metric.id());
      checkArgument(
          SchemeFit.fits(scheme, metric),
          "scheme for %s does not fit its unit %s: %s",
          metric.id(),
          metric.unit(),
          scheme);
      checkArgument(schemes.putIfAbsent(metric.id(), scheme) == null, "two schemes for %s", metric.id());
      return this;
    }

    /**
     * Chooses the RAG scheme of every metric that has none of its own.
     *
     * @param scheme the scheme
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder defaultScheme(RagScheme scheme) {
      this.defaultScheme = Optional.of(checkNotNull(scheme, "scheme"));
      return this;
    }

    /**
     * Sets how the partnership's report prints figures.
     *
     * @param settings the presentation
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder presentation(Presentation settings) {
      this.presentation = checkNotNull(settings, "settings");
      return this;
    }

    /** The dataset, holding everything added. */
    public Dataset build() {
      return new Dataset(this);
    }

    private SeriesKey known(Metric metric, Area area, String what, ReportingPeriod period) {
      checkNotNull(metric, "metric");
      checkNotNull(area, "area");
      knownMetric(metric, what, period);
      checkArgument(
          areas.byCode(area.code()).map(area::equals).orElse(false),
          "%s for %s in %s for %s: the dataset has no area %s",
          what,
          metric.id(),
          area.code(),
          period,
          area);
      return new SeriesKey(metric.id(), area.code());
    }

    private void knownMetric(Metric metric, String what, ReportingPeriod period) {
      Metric held = metrics.get(metric.id());
      checkArgument(
          held != null, "%s for %s for %s: the dataset has no metric %s", what, metric.id(), period, metric.id());
      checkArgument(
          held.equals(metric),
          "%s for %s for %s: the metric is defined otherwise in the dataset (%s)",
          what,
          metric.id(),
          period,
          held);
    }
  }
}
