package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.function.BiFunction;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.target.Baseline;

/** Reads a baseline: {@code {"period": "2022/23", "value": {"amount": 2590, "unit": "count"}}}. */
public final class BaselineDeserializer extends StrictDeserializer<Baseline> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final BaselineDeserializer INSTANCE = new BaselineDeserializer();

  private BaselineDeserializer() {
    super(Baseline.class, "a baseline");
  }

  @Override
  protected Baseline read(JsonParser p) throws IOException {
    return baseline(p);
  }

  /** Reads a baseline at the parser's current value. */
  static Baseline baseline(JsonParser p) throws IOException {
    return dated(p, "a baseline", Baseline::of);
  }

  /**
   * Reads a quantity at a period, {@code {"period": ..., "value": <quantity>}}, at the parser's
   * current value: a baseline, or a point of a trend's series.
   *
   * @param p the parser
   * @param what what is read, for messages: {@code "a baseline"}
   * @param make makes the value from the period and the quantity
   * @return what {@code make} makes
   */
  static <T> T dated(JsonParser p, String what, BiFunction<ReportingPeriod, Quantity, T> make) throws IOException {
    Fields fields = Fields.of(p, what, "period", "value");
    @Nullable ReportingPeriod period = null;
    @Nullable Quantity value = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "period" -> period = PeriodDeserializer.period(p);
        case "value" -> value = QuantityDeserializer.quantity(p);
        default -> throw fields.unknown();
      }
    }
    return make.apply(fields.required("period", period), fields.required("value", value));
  }
}
