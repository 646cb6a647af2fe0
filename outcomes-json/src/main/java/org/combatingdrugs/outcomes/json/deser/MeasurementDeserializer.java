package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * Reads a measurement standing alone: {@code {"metric": ..., "area": ..., "period": "2023/24 Q1",
 * "value": {"count": 38}, "status": "PROVISIONAL"}}, the metric and the area as {@link
 * MetricDeserializer} and {@link AreaDeserializer} read them, and the status {@code FINAL} when
 * absent. (In a dataset document a measurement names its metric by id and its area by code.)
 */
public final class MeasurementDeserializer extends StrictDeserializer<Measurement> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final MeasurementDeserializer INSTANCE = new MeasurementDeserializer();

  private MeasurementDeserializer() {
    super(Measurement.class, "a measurement");
  }

  @Override
  protected Measurement read(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a measurement", "metric", "area", "period", "value", "status");
    @Nullable Metric metric = null;
    @Nullable Area area = null;
    @Nullable ReportingPeriod period = null;
    @Nullable Value value = null;
    DataStatus status = DataStatus.FINAL;
    while (fields.next()) {
      switch (fields.name()) {
        case "metric" -> metric = MetricDeserializer.metric(p);
        case "area" -> area = AreaDeserializer.area(p);
        case "period" -> period = PeriodDeserializer.period(p);
        case "value" -> value = ValueDeserializer.value(p);
        case "status" -> status = Read.word(p, DataStatus.class);
        default -> throw fields.unknown();
      }
    }
    try {
      return new Measurement(
          fields.required("metric", metric),
          fields.required("area", area),
          fields.required("period", period),
          fields.required("value", value),
          status);
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }
}
