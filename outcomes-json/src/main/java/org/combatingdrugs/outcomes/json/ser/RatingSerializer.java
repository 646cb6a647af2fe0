package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.rag.DirectionOfTravel;
import org.combatingdrugs.outcomes.rag.Rating;
import org.combatingdrugs.outcomes.rag.Threshold;
import org.combatingdrugs.outcomes.target.Attainment;

/**
 * Writes a rating with its reason: {@code {"status": "AMBER", "basis": "ACTUAL", "crossed":
 * {"boundary": 58, "scale": "LEVEL", "side": "BELOW", "status": "AMBER"}}}. Also writes the
 * direction of travel ({@code movement}, {@code judgement}) and the attainment of a target ({@code
 * level}, {@code actual}, {@code bound}, {@code met}, {@code gap}, {@code shortfall}, {@code
 * attainedFraction}).
 */
public final class RatingSerializer extends StdSerializer<Rating> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final RatingSerializer INSTANCE = new RatingSerializer();

  /** Writes a direction of travel standing alone. */
  public static final StdSerializer<DirectionOfTravel> DIRECTION =
      WriterSerializer.of(DirectionOfTravel.class, RatingSerializer::direction);

  /** Writes the attainment of a target standing alone. */
  public static final StdSerializer<Attainment> ATTAINMENT =
      WriterSerializer.of(Attainment.class, RatingSerializer::attainment);

  /** Writes a threshold standing alone: {@code boundary}, {@code scale}, {@code side}, {@code status}. */
  public static final StdSerializer<Threshold> THRESHOLD = WriterSerializer.of(Threshold.class, RatingSerializer::threshold);

  private RatingSerializer() {
    super(Rating.class);
  }

  @Override
  public void serialize(Rating value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(g, value);
  }

  /** Writes a rating. */
  static void write(JsonGenerator g, Rating r) throws IOException {
    g.writeStartObject();
    g.writeStringField("status", r.status().name());
    g.writeStringField("basis", r.basis().name());
    g.writeFieldName("crossed");
    threshold(g, r.crossed());
    g.writeEndObject();
  }

  /** Writes a threshold. */
  static void threshold(JsonGenerator g, Threshold t) throws IOException {
    g.writeStartObject();
    g.writeFieldName("boundary");
    Write.exact(g, t.boundary());
    g.writeStringField("scale", t.scale().name());
    g.writeStringField("side", t.side().name());
    g.writeStringField("status", t.status().name());
    g.writeEndObject();
  }

  /** Writes a direction of travel. */
  static void direction(JsonGenerator g, DirectionOfTravel d) throws IOException {
    g.writeStartObject();
    g.writeStringField("movement", d.movement().name());
    g.writeStringField("judgement", d.judgement().name());
    g.writeEndObject();
  }

  /** Writes the attainment of a target. */
  static void attainment(JsonGenerator g, Attainment a) throws IOException {
    g.writeStartObject();
    ChangeSerializer.quantity(g, "level", a.level());
    ChangeSerializer.quantity(g, "actual", a.actual());
    g.writeStringField("bound", a.bound().name());
    g.writeBooleanField("met", a.met());
    ChangeSerializer.quantity(g, "gap", a.gap());
    ChangeSerializer.quantity(g, "shortfall", a.shortfall());
    Results.field(g, "attainedFraction", a.attainedFraction(), Write::exact);
    g.writeEndObject();
  }
}
