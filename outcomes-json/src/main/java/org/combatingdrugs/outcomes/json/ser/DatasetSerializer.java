package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.assess.SeriesKey;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.RagScheme;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Target;

/**
 * Writes a dataset document, format version 1, with its properties in one fixed order: {@code
 * formatVersion}, {@code name}, {@code areas}, {@code metrics}, {@code measurements} (series by
 * series in the dataset's order, each in period order), {@code baselines} and {@code targets}
 * (metric by metric, area by area, in the dataset's orders), {@code schemes} (by metric id, only
 * where a metric's scheme is not the default), {@code defaultScheme} (when there is one), {@code
 * benchmarks} and {@code presentation}. Within it, a metric is named by id and an area by code.
 *
 * <p>Until {@link Dataset} lists its benchmarks, those written are the ones held for a period the
 * metric has a measurement for in some area: the benchmarks an assessment can look up.
 */
public final class DatasetSerializer extends StdSerializer<Dataset> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final DatasetSerializer INSTANCE = new DatasetSerializer();

  private DatasetSerializer() {
    super(Dataset.class);
  }

  @Override
  public void serialize(Dataset d, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeNumberField("formatVersion", 1);
    g.writeStringField("name", d.name());
    g.writeFieldName("areas");
    AreaHierarchySerializer.write(g, d.areas());
    g.writeArrayFieldStart("metrics");
    for (Metric metric : d.metrics()) {
      MetricSerializer.write(g, metric);
    }
    g.writeEndArray();
    measurements(g, d);
    g.writeArrayFieldStart("baselines");
    for (Metric metric : d.metrics()) {
      for (Area area : d.areas().areas()) {
        Optional<Baseline> baseline = d.baseline(metric, area);
        if (baseline.isPresent()) {
          reference(g, metric, area);
          g.writeFieldName("baseline");
          BaselineSerializer.write(g, baseline.get());
          g.writeEndObject();
        }
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("targets");
    for (Metric metric : d.metrics()) {
      for (Area area : d.areas().areas()) {
        Optional<Target> target = d.target(metric, area);
        if (target.isPresent()) {
          reference(g, metric, area);
          g.writeFieldName("target");
          TargetSerializer.write(g, target.get());
          g.writeEndObject();
        }
      }
    }
    g.writeEndArray();
    Optional<RagScheme> byDefault = defaultScheme(d);
    g.writeObjectFieldStart("schemes");
    for (Metric metric : d.metrics()) {
      Optional<RagScheme> scheme = d.scheme(metric);
      if (scheme.isPresent() && !scheme.equals(byDefault)) {
        g.writeFieldName(metric.id());
        RagSchemeSerializer.write(g, scheme.get());
      }
    }
    g.writeEndObject();
    if (byDefault.isPresent()) {
      g.writeFieldName("defaultScheme");
      RagSchemeSerializer.write(g, byDefault.get());
    }
    benchmarks(g, d);
    g.writeFieldName("presentation");
    PresentationSerializer.write(g, d.presentation());
    g.writeEndObject();
  }

  private static void measurements(JsonGenerator g, Dataset d) throws IOException {
    g.writeArrayFieldStart("measurements");
    for (SeriesKey key : d.seriesKeys()) {
      Metric metric = d.metric(key.metricId()).orElseThrow();
      Area area = d.areas().byCode(key.areaCode()).orElseThrow();
      for (Measurement m : d.series(metric, area).values()) {
        reference(g, metric, area);
        MeasurementSerializer.rest(g, m);
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }

  private static void benchmarks(JsonGenerator g, Dataset d) throws IOException {
    g.writeArrayFieldStart("benchmarks");
    for (Metric metric : d.metrics()) {
      SortedSet<ReportingPeriod> periods = new TreeSet<>();
      for (Area area : d.areas().areas()) {
        periods.addAll(d.series(metric, area).keySet());
      }
      for (ReportingPeriod period : periods) {
        Optional<Value> benchmark = d.benchmark(metric, period);
        if (benchmark.isPresent()) {
          g.writeStartObject();
          g.writeStringField("metric", metric.id());
          g.writeStringField("period", period.label());
          g.writeFieldName("value");
          ValueSerializer.write(g, benchmark.get());
          g.writeEndObject();
        }
      }
    }
    g.writeEndArray();
  }

  /** Opens an object naming a metric and an area. */
  private static void reference(JsonGenerator g, Metric metric, Area area) throws IOException {
    g.writeStartObject();
    g.writeStringField("metric", metric.id());
    g.writeStringField("area", area.code());
  }

  /**
   * The dataset's default scheme, learnt by asking for the scheme of metrics the dataset does not
   * hold (so none has a scheme of its own), in each unit the default could fit: count, pounds,
   * percent and each unit of the dataset's metrics. A default that fits none of them applies to no
   * metric of the dataset and is not written. The one way to learn the default until {@link
   * Dataset} offers it.
   */
  private static Optional<RagScheme> defaultScheme(Dataset d) {
    String id = "default-scheme-probe";
    while (d.metric(id).isPresent()) {
      id = id + "-x";
    }
    Set<Unit> units = new LinkedHashSet<>(List.of(Unit.COUNT, Unit.POUNDS, Unit.PERCENT));
    for (Metric metric : d.metrics()) {
      units.add(metric.unit());
    }
    for (Unit unit : units) {
      Optional<RagScheme> found = d.scheme(Metric.local(id, "probe", unit, Polarity.NO_JUDGEMENT));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
