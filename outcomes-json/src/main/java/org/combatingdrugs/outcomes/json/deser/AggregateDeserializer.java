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

  /** Reads a pooled measurement at the parser's current value. */
  static Aggregate aggregate(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a pooled measurement", "measurement", "parts");
    @Nullable WrittenMeasurement<Metric, Area> measurement = null;
    @Nullable ImmutableList<Measurement> parts = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "measurement" -> measurement = WrittenMeasurement.inFull(p);
        case "parts" -> parts = Read.list(p, MeasurementDeserializer.INSTANCE::read);
        default -> throw fields.unknown();
      }
    }
    WrittenMeasurement<Metric, Area> given = fields.required("measurement", measurement);
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
    check(given, aggregate.measurement());
    return aggregate;
  }

  /** Checks every property of the measurement as written but the area against the one the pooling gives. */
  private static void check(WrittenMeasurement<Metric, Area> given, Measurement expected) throws IOException {
    Fields fields = given.fields();
    fields.derived("metric", given.metric(), expected.metric());
    fields.derived("period", given.period(), expected.period());
    fields.derived("value", given.value(), expected.value());
    if (given.writtenStatus() == null && expected.status() != DataStatus.FINAL) {
      throw Read.failAt(
          given.path(), "needs the property 'status': the parts give " + expected.status() + ", which is not FINAL");
    }
    fields.derived("status", given.status(), expected.status());
  }
}
