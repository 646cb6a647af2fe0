package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Optional;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;

/**
 * Writes a metric of the national catalogue as its id ({@code "numbers-in-treatment"}) and any
 * other metric in full: {@code id}, {@code name}, {@code role}, {@code outcome} (when it serves
 * one), {@code unit}, {@code polarity}, {@code source}, {@code publisher}, {@code frequency},
 * {@code lowestGeography} (when known), {@code breakdowns}, {@code fingertipsIndicatorId} (when it
 * has one) and {@code provenance} ({@code notes} only when there are some).
 */
public final class MetricSerializer extends StdSerializer<Metric> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final MetricSerializer INSTANCE = new MetricSerializer();

  private MetricSerializer() {
    super(Metric.class);
  }

  @Override
  public void serialize(Metric value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(g, value);
  }

  /** Writes a metric, by id when it is the national catalogue's. */
  static void write(JsonGenerator g, Metric m) throws IOException {
    if (MetricCatalogue.national().byId(m.id()).equals(Optional.of(m))) {
      g.writeString(m.id());
      return;
    }
    g.writeStartObject();
    g.writeStringField("id", m.id());
    g.writeStringField("name", m.name());
    g.writeStringField("role", m.role().name());
    if (m.outcome().isPresent()) {
      g.writeStringField("outcome", m.outcome().get().name());
    }
    g.writeStringField("unit", UnitSerializer.word(m.unit()));
    g.writeStringField("polarity", m.polarity().name());
    g.writeStringField("source", m.source());
    g.writeStringField("publisher", m.publisher());
    g.writeStringField("frequency", m.frequency().name());
    if (m.lowestGeography().isPresent()) {
      g.writeStringField("lowestGeography", m.lowestGeography().get().name());
    }
    g.writeArrayFieldStart("breakdowns");
    for (String breakdown : m.breakdowns()) {
      g.writeString(breakdown);
    }
    g.writeEndArray();
    if (m.fingertipsIndicatorId().isPresent()) {
      g.writeNumberField("fingertipsIndicatorId", m.fingertipsIndicatorId().get());
    }
    g.writeObjectFieldStart("provenance");
    g.writeStringField("source", m.provenance().source());
    g.writeStringField("confidence", m.provenance().confidence().name());
    if (!m.provenance().notes().isEmpty()) {
      g.writeStringField("notes", m.provenance().notes());
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
