package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.target.AbsoluteChangeTarget;
import org.combatingdrugs.outcomes.target.BoundTarget;
import org.combatingdrugs.outcomes.target.ReachTarget;
import org.combatingdrugs.outcomes.target.RelativeChangeTarget;
import org.combatingdrugs.outcomes.target.Target;

/**
 * Writes a target with its {@code kind} first: {@code REACH} ({@code level}, {@code due}), {@code
 * RELATIVE_CHANGE} ({@code from}, {@code relative}, {@code due}), {@code ABSOLUTE_CHANGE} ({@code
 * from}, {@code delta}, {@code due}) or {@code BOUND} ({@code bound}, {@code limit}, {@code due}).
 */
public final class TargetSerializer extends StdSerializer<Target> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final TargetSerializer INSTANCE = new TargetSerializer();

  private TargetSerializer() {
    super(Target.class);
  }

  @Override
  public void serialize(Target value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(g, value);
  }

  /** Writes a target. */
  static void write(JsonGenerator g, Target target) throws IOException {
    g.writeStartObject();
    if (target instanceof ReachTarget t) {
      g.writeStringField("kind", "REACH");
      g.writeFieldName("level");
      QuantitySerializer.write(g, t.level());
    } else if (target instanceof RelativeChangeTarget t) {
      g.writeStringField("kind", "RELATIVE_CHANGE");
      g.writeFieldName("from");
      BaselineSerializer.write(g, t.from());
      g.writeFieldName("relative");
      Write.exact(g, t.relative());
    } else if (target instanceof AbsoluteChangeTarget t) {
      g.writeStringField("kind", "ABSOLUTE_CHANGE");
      g.writeFieldName("from");
      BaselineSerializer.write(g, t.from());
      g.writeFieldName("delta");
      QuantitySerializer.write(g, t.delta());
    } else if (target instanceof BoundTarget t) {
      g.writeStringField("kind", "BOUND");
      g.writeStringField("bound", t.bound().name());
      g.writeFieldName("limit");
      QuantitySerializer.write(g, t.limit());
    } else {
      throw new IllegalStateException("every kind of target is written, but not " + target.getClass());
    }
    g.writeStringField("due", target.due().label());
    g.writeEndObject();
  }
}
