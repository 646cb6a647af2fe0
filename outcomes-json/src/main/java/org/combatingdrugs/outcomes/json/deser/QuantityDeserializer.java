package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;

/** Reads a quantity: {@code {"amount": 45.2, "unit": "percent"}}, both properties required. */
public final class QuantityDeserializer extends StrictDeserializer<Quantity> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final QuantityDeserializer INSTANCE = new QuantityDeserializer();

  private QuantityDeserializer() {
    super(Quantity.class, "a quantity");
  }

  @Override
  protected Quantity read(JsonParser p) throws IOException {
    return quantity(p);
  }

  /** Reads a quantity at the parser's current value. */
  static Quantity quantity(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a quantity", "amount", "unit");
    @Nullable Exact amount = null;
    @Nullable Unit unit = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "amount" -> amount = ExactDeserializer.exact(p);
        case "unit" -> unit = UnitDeserializer.unit(p);
        default -> throw fields.unknown();
      }
    }
    return Quantity.of(fields.required("amount", amount), fields.required("unit", unit));
  }
}
