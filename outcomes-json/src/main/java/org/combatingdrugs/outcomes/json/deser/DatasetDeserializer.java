package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.assess.Presentation;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.RagScheme;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Target;

/**
 * Reads a dataset document (format version {@value #FORMAT_VERSION}) into a {@link Dataset},
 * through its builder so that the core's validation applies:
 *
 * <pre>{@code
 * {"formatVersion": 1, "name": "Dorset CDP progress report, July 2023",
 *  "areas": [...], "metrics": ["numbers-in-treatment", {"id": "county-lines-arrests", ...}],
 *  "measurements": [{"metric": "county-lines-arrests", "area": "E06000059",
 *                    "period": "2023/24 Q1", "value": {"count": 38}}],
 *  "baselines": [{"metric": ..., "area": ..., "baseline": {"period": ..., "value": ...}}],
 *  "targets": [{"metric": ..., "area": ..., "target": {"kind": "REACH", ...}}],
 *  "schemes": {"continuity-of-care-prison": {"kind": "TARGET_TOLERANCE", ...}},
 *  "defaultScheme": {...},
 *  "benchmarks": [{"metric": ..., "period": ..., "value": ...}],
 *  "presentation": {"percentDecimals": 1, "mode": "HALF_UP"}}
 * }</pre>
 *
 * {@code formatVersion}, {@code name}, {@code areas} and {@code metrics} are required; the lists
 * default to empty, {@code schemes} to none, {@code presentation} to {@link
 * Presentation#DEFAULT}. Within the document a measurement, baseline, target, scheme or benchmark
 * names its metric by id and its area by code, and both must be listed in {@code metrics} and
 * {@code areas}. Properties may come in any order: references are resolved once the whole
 * document is read, and an error names the JSON path of the reference.
 */
public final class DatasetDeserializer extends StrictDeserializer<Dataset> {

  private static final long serialVersionUID = 1L;

  /** The format version this library reads and writes. */
  public static final int FORMAT_VERSION = 1;

  /** The only instance. */
  public static final DatasetDeserializer INSTANCE = new DatasetDeserializer();

  private DatasetDeserializer() {
    super(Dataset.class, "a dataset document");
  }

  private record Placed<T>(String path, T value) {}

  private record RawSetting<T>(String path, String metric, String area, T setting) {}

  private record RawBenchmark(String path, String metric, ReportingPeriod period, Value value) {}

  @Override
  protected Dataset read(JsonParser p) throws IOException {
    Fields fields =
        Fields.of(
            p,
            "a dataset document",
            "formatVersion",
            "name",
            "areas",
            "metrics",
            "measurements",
            "baselines",
            "targets",
            "schemes",
            "defaultScheme",
            "benchmarks",
            "presentation");
    @Nullable Integer version = null;
    @Nullable Placed<String> name = null;
    @Nullable AreaHierarchy areas = null;
    @Nullable ImmutableList<Placed<Metric>> metrics = null;
    ImmutableList<WrittenMeasurement<String, String>> measurements = ImmutableList.of();
    ImmutableList<RawSetting<Baseline>> baselines = ImmutableList.of();
    ImmutableList<RawSetting<Target>> targets = ImmutableList.of();
    Map<String, Placed<RagScheme>> schemes = new LinkedHashMap<>();
    @Nullable RagScheme defaultScheme = null;
    ImmutableList<RawBenchmark> benchmarks = ImmutableList.of();
    Presentation presentation = Presentation.DEFAULT;
    while (fields.next()) {
      switch (fields.name()) {
        case "formatVersion" -> version = formatVersion(p);
        case "name" -> name = new Placed<>(Read.pathOf(p), Read.text(p, "the dataset's name (a string)"));
        case "areas" -> areas = AreaHierarchyDeserializer.hierarchy(p);
        case "metrics" -> metrics = Read.list(p, q -> new Placed<>(Read.pathOf(q), MetricDeserializer.metric(q)));
        case "measurements" -> measurements = Read.list(p, DatasetDeserializer::measurement);
        case "baselines" -> baselines = Read.list(p, q -> setting(q, "baseline", BaselineDeserializer::baseline));
        case "targets" -> targets = Read.list(p, q -> setting(q, "target", TargetDeserializer::target));
        case "schemes" -> schemes = schemes(p);
        case "defaultScheme" -> defaultScheme = RagSchemeDeserializer.scheme(p);
        case "benchmarks" -> benchmarks = Read.list(p, DatasetDeserializer::benchmark);
        case "presentation" -> presentation = PresentationDeserializer.presentation(p);
        default -> throw fields.unknown();
      }
    }
    fields.required("formatVersion", version);
    Placed<String> named = fields.required("name", name);
    AreaHierarchy hierarchy = fields.required("areas", areas);
    Dataset.Builder builder;
    try {
      builder = Dataset.builder(named.value(), hierarchy);
    } catch (IllegalArgumentException e) {
      throw Read.failAt(named.path(), "the name is refused", e);
    }
    Map<String, Metric> byId = new HashMap<>();
    for (Placed<Metric> metric : fields.required("metrics", metrics)) {
      try {
        builder.metric(metric.value());
      } catch (IllegalArgumentException e) {
        throw Read.failAt(metric.path(), "the metric is refused", e);
      }
      byId.putIfAbsent(metric.value().id(), metric.value());
    }
    for (WrittenMeasurement<String, String> m : measurements) {
      Metric metric = metric(byId, m.path(), m.metric());
      Area area = area(hierarchy, m.path(), m.area());
      Measurement measurement;
      try {
        measurement = new Measurement(metric, area, m.period(), m.value(), m.status());
      } catch (IllegalArgumentException e) {
        throw Read.failAt(m.path() + ".value", "the value is refused", e);
      }
      try {
        builder.measurement(measurement);
      } catch (IllegalArgumentException e) {
        throw Read.failAt(m.path(), "the measurement is refused", e);
      }
    }
    for (RawSetting<Baseline> b : baselines) {
      try {
        builder.baseline(metric(byId, b.path(), b.metric()), area(hierarchy, b.path(), b.area()), b.setting());
      } catch (IllegalArgumentException e) {
        throw Read.failAt(b.path(), "the baseline is refused", e);
      }
    }
    for (RawSetting<Target> t : targets) {
      try {
        builder.target(metric(byId, t.path(), t.metric()), area(hierarchy, t.path(), t.area()), t.setting());
      } catch (IllegalArgumentException e) {
        throw Read.failAt(t.path(), "the target is refused", e);
      }
    }
    for (Map.Entry<String, Placed<RagScheme>> s : schemes.entrySet()) {
      String path = s.getValue().path();
      Metric metric = byId.get(s.getKey());
      if (metric == null) {
        throw Read.failAt(path, "'" + Read.quoted(s.getKey()) + "' is not the id of a metric listed in $.metrics");
      }
      try {
        builder.scheme(metric, s.getValue().value());
      } catch (IllegalArgumentException e) {
        throw Read.failAt(path, "the scheme is refused", e);
      }
    }
    if (defaultScheme != null) {
      builder.defaultScheme(defaultScheme);
    }
    for (RawBenchmark b : benchmarks) {
      try {
        builder.benchmark(metric(byId, b.path(), b.metric()), b.period(), b.value());
      } catch (IllegalArgumentException e) {
        throw Read.failAt(b.path(), "the benchmark is refused", e);
      }
    }
    return builder.presentation(presentation).build();
  }

  private static int formatVersion(JsonParser p) throws IOException {
    int version = Read.wholeInt(p, 0, Integer.MAX_VALUE);
    if (version != FORMAT_VERSION) {
      throw Read.fail(
          p, "must be " + FORMAT_VERSION + ", the only dataset format version this library reads, but was " + version);
    }
    return version;
  }

  private static Metric metric(Map<String, Metric> byId, String path, String id) throws IOException {
    Metric metric = byId.get(id);
    if (metric == null) {
      throw Read.failAt(path + ".metric", "'" + Read.quoted(id) + "' is not the id of a metric listed in $.metrics");
    }
    return metric;
  }

  private static Area area(AreaHierarchy hierarchy, String path, String code) throws IOException {
    Optional<Area> area = hierarchy.byCode(code);
    if (area.isEmpty()) {
      throw Read.failAt(path + ".area", "'" + Read.quoted(code) + "' is not the code of an area listed in $.areas");
    }
    return area.get();
  }

  private static String metricId(JsonParser p) throws IOException {
    return Read.text(p, "the id of a metric listed in $.metrics (a string)");
  }

  private static String areaCode(JsonParser p) throws IOException {
    return Read.text(p, "the code of an area listed in $.areas (a string)");
  }

  private static WrittenMeasurement<String, String> measurement(JsonParser p) throws IOException {
    return WrittenMeasurement.read(p, DatasetDeserializer::metricId, DatasetDeserializer::areaCode);
  }

  private static <T> RawSetting<T> setting(JsonParser p, String what, Read.Reader<T> reader) throws IOException {
    String path = Read.pathOf(p);
    Fields fields = Fields.of(p, "a " + what + " of a metric in an area", "metric", "area", what);
    @Nullable String metric = null;
    @Nullable String area = null;
    @Nullable T setting = null;
    while (fields.next()) {
      String name = fields.name();
      if (name.equals("metric")) {
        metric = metricId(p);
      } else if (name.equals("area")) {
        area = areaCode(p);
      } else if (name.equals(what)) {
        setting = reader.read(p);
      } else {
        throw fields.unknown();
      }
    }
    return new RawSetting<>(
        path, fields.required("metric", metric), fields.required("area", area), fields.required(what, setting));
  }

  private static Map<String, Placed<RagScheme>> schemes(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "the schemes by metric id", "a metric id for each scheme");
    Map<String, Placed<RagScheme>> out = new LinkedHashMap<>();
    while (fields.next()) {
      String path = Read.pathOf(p);
      out.put(fields.name(), new Placed<>(path, RagSchemeDeserializer.scheme(p)));
    }
    return out;
  }

  private static RawBenchmark benchmark(JsonParser p) throws IOException {
    String path = Read.pathOf(p);
    Fields fields = Fields.of(p, "a benchmark", "metric", "period", "value");
    @Nullable String metric = null;
    @Nullable ReportingPeriod period = null;
    @Nullable Value value = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "metric" -> metric = metricId(p);
        case "period" -> period = PeriodDeserializer.period(p);
        case "value" -> value = ValueDeserializer.value(p);
        default -> throw fields.unknown();
      }
    }
    return new RawBenchmark(
        path, fields.required("metric", metric), fields.required("period", period), fields.required("value", value));
  }
}
