package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;

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
    WrittenMeasurement<Metric, Area> m = WrittenMeasurement.inFull(p);
    try {
      return new Measurement(m.metric(), m.area(), m.period(), m.value(), m.status());
    } catch (IllegalArgumentException e) {
      throw m.fields().invalid(e);
    }
  }
}
