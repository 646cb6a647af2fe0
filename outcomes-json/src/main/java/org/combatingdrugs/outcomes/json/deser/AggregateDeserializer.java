package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.aggregate.Aggregate;
import org.combatingdrugs.outcomes.aggregate.Aggregation;
import org.combatingdrugs.outcomes.aggregate.PoolReason;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.result.Result;

/**
 * Reads a pooled measurement as it is written: {@code {"measurement": <measurement>, "parts":
 * [<measurement>, ...]}}, each as {@link MeasurementDeserializer} reads a measurement standing
 * alone. The aggregate is pooled again by {@link Aggregation} from the parts, for the composite
 * area the measurement names (made, for the pooling, of the parts' areas); the measurement's
 * {@code metric}, {@code period}, {@code value} and {@code status} follow from the parts and must
 * say what the pooling gives. Parts that cannot be pooled (a published percentage) are refused.
 */
public final class AggregateDeserializer {

  /** Reads a pooled measurement. */
  public static final StrictDeserializer<Aggregate> AGGREGATE =
      ReaderDeserializer.of(Aggregate.class, "a pooled measurement", AggregateDeserializer::aggregate);

  private AggregateDeserializer() {}

  /** The pooled measurement as written, with its properties' paths. */
  private record Pooled(Fields fields, String path, Metric metric, Area area, ReportingPeriod period, Value value,
      @Nullable DataStatus status) {

    /** Checks every property but the area against the measurement the pooling gives. */
    void check(Measurement expected) throws IOException {
      fields.derived("metric", metric, expected.metric());
      fields.derived("period", period, expected.period());
      fields.derived("value", value, expected.value());
      if (status == null && expected.status() != DataStatus.FINAL) {
        throw Read.failAt(
            path, "needs the property 'status': the parts give " + expected.status() + ", which is not FINAL");
      }
      fields.derived("status", status == null ? DataStatus.FINAL : status, expected.status());
    }
  }

  /** Reads a pooled measurement at the parser's current value. */
  static Aggregate aggregate(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a pooled measurement", "measurement", "parts");
    @Nullable Pooled measurement = null;
    @Nullable ImmutableList<Measurement> parts = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "measurement" -> measurement = pooled(p);
        case "parts" -> parts = Read.list(p, MeasurementDeserializer.INSTANCE::read);
        default -> throw fields.unknown();
      }
    }
    Pooled given = fields.required("measurement", measurement);
    ImmutableList<Measurement> from = fields.required("parts", parts);
    Result<Aggregate, PoolReason> pooled;
    try {
      ImmutableList<Area> areas = from.stream().map(Measurement::area).collect(ImmutableList.toImmutableList());
      AreaHierarchy composition = AreaHierarchy.empty().compose(given.area(), areas);
      pooled = Aggregation.aggregate(given.area(), composition, from);
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
    if (pooled.reason().isPresent()) {
      PoolReason why = pooled.reason().get();
      throw fields.fail("pools no measurement (" + why.name() + "): " + why.sentence());
    }
    Aggregate aggregate = pooled.orElseThrow();
    given.check(aggregate.measurement());
    return aggregate;
  }

  private static Pooled pooled(JsonParser p) throws IOException {
    String path = Read.pathOf(p);
    Fields fields = Fields.of(p, "a measurement", "metric", "area", "period", "value", "status");
    @Nullable Metric metric = null;
    @Nullable Area area = null;
    @Nullable ReportingPeriod period = null;
    @Nullable Value value = null;
    @Nullable DataStatus status = null;
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
    return new Pooled(
        fields,
        path,
        fields.required("metric", metric),
        fields.required("area", area),
        fields.required("period", period),
        fields.required("value", value),
        status);
  }
}
