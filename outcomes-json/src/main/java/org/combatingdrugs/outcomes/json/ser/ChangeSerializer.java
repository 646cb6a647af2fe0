package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Optional;
import org.combatingdrugs.outcomes.assess.Comparison;
import org.combatingdrugs.outcomes.assess.ProjectedChange;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.measure.Quantity;

/**
 * Writes a change: {@code {"base": <quantity>, "current": <quantity>, "absolute": <quantity>,
 * "percentagePoints": <quantity>, "relative": <ratio or reason>}}, {@code percentagePoints} only
 * between percentages and {@code relative} the exact ratio ({@code -0.05} for a fall of 5%) or why
 * it has none. Also writes the comparison and the projected change of an assessment, which carry
 * a change.
 */
public final class ChangeSerializer extends StdSerializer<Change> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final ChangeSerializer INSTANCE = new ChangeSerializer();

  /** Writes a comparison standing alone. */
  public static final StdSerializer<Comparison> COMPARISON =
      WriterSerializer.of(Comparison.class, ChangeSerializer::comparison);

  /** Writes a projected change standing alone. */
  public static final StdSerializer<ProjectedChange> PROJECTED_CHANGE =
      WriterSerializer.of(ProjectedChange.class, ChangeSerializer::projected);

  private ChangeSerializer() {
    super(Change.class);
  }

  @Override
  public void serialize(Change value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(g, value);
  }

  /** Writes a change. */
  static void write(JsonGenerator g, Change change) throws IOException {
    g.writeStartObject();
    quantity(g, "base", change.base());
    quantity(g, "current", change.current());
    quantity(g, "absolute", change.absolute());
    Optional<Quantity> points = change.percentagePoints();
    if (points.isPresent()) {
      quantity(g, "percentagePoints", points.get());
    }
    Results.field(g, "relative", change.relative(), (out, r) -> Write.exact(out, r.ratio()));
    g.writeEndObject();
  }

  /** Writes a comparison: {@code basis}, {@code period}, {@code value} and {@code change}. */
  static void comparison(JsonGenerator g, Comparison c) throws IOException {
    g.writeStartObject();
    g.writeStringField("basis", c.basis().name());
    g.writeStringField("period", c.period().label());
    quantity(g, "value", c.value());
    g.writeFieldName("change");
    write(g, c.change());
    g.writeEndObject();
  }

  /** Writes a projected change: {@code lastYear}, {@code lastYearTotal} and {@code change}. */
  static void projected(JsonGenerator g, ProjectedChange c) throws IOException {
    g.writeStartObject();
    g.writeStringField("lastYear", c.lastYear().label());
    quantity(g, "lastYearTotal", c.lastYearTotal());
    g.writeFieldName("change");
    write(g, c.change());
    g.writeEndObject();
  }

  static void quantity(JsonGenerator g, String name, Quantity q) throws IOException {
    g.writeFieldName(name);
    QuantitySerializer.write(g, q);
  }
}
