package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * A measurement as it is written, {@code {"metric": ..., "area": ..., "period": ..., "value": ...,
 * "status": ...}}, read strictly but not yet made: the one reading of a measurement's properties,
 * whether it stands alone, is pooled, or sits in a dataset document. The metric and the area are
 * read by the readers given (in full, or by id and code); the status is kept as written, so that a
 * reader can tell an absent one from {@code FINAL}. The properties' paths stay with {@link #fields}.
 *
 * @param fields the measurement's properties, for refusing one at its own path
 * @param path the measurement's own path
 * @param metric the metric as written
 * @param area the area as written
 * @param period the period
 * @param value the value
 * @param writtenStatus the status, {@code null} when it is not written
 * @param <M> how the metric is written
 * @param <A> how the area is written
 */
record WrittenMeasurement<M, A>(
    Fields fields,
    String path,
    M metric,
    A area,
    ReportingPeriod period,
    Value value,
    @Nullable DataStatus writtenStatus) {

  /** Reads a measurement at the parser's current value, its metric and area in full. */
  static WrittenMeasurement<Metric, Area> inFull(JsonParser p) throws IOException {
    return read(p, MetricDeserializer::metric, AreaDeserializer::area);
  }

  /** Reads a measurement at the parser's current value, its metric and area by the readers given. */
  static <M, A> WrittenMeasurement<M, A> read(JsonParser p, Read.Reader<M> metricReader, Read.Reader<A> areaReader)
      throws IOException {
    String path = Read.pathOf(p);
    Fields fields = Fields.of(p, "a measurement", "metric", "area", "period", "value", "status");
    @Nullable M metric = null;
    @Nullable A area = null;
    @Nullable ReportingPeriod period = null;
    @Nullable Value value = null;
    @Nullable DataStatus status = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "metric" -> metric = metricReader.read(p);
        case "area" -> area = areaReader.read(p);
        case "period" -> period = PeriodDeserializer.period(p);
        case "value" -> value = ValueDeserializer.value(p);
        case "status" -> status = Read.word(p, DataStatus.class);
        default -> throw fields.unknown();
      }
    }
    return new WrittenMeasurement<>(
        fields,
        path,
        fields.required("metric", metric),
        fields.required("area", area),
        fields.required("period", period),
        fields.required("value", value),
        status);
  }

  /** The status: as written, {@code FINAL} when it is not. */
  DataStatus status() {
    return writtenStatus == null ? DataStatus.FINAL : writtenStatus;
  }
}
