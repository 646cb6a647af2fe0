package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.combatingdrugs.outcomes.rag.ChangeBand;
import org.combatingdrugs.outcomes.rag.ChangeBandsScheme;
import org.combatingdrugs.outcomes.rag.ProjectedAttainmentScheme;
import org.combatingdrugs.outcomes.rag.RagScheme;
import org.combatingdrugs.outcomes.rag.TargetToleranceScheme;
import org.combatingdrugs.outcomes.rag.Tolerance;
import org.combatingdrugs.outcomes.rag.TrajectoryScheme;

/**
 * Writes a RAG scheme with its {@code kind} first: {@code TARGET_TOLERANCE}, {@code
 * PROJECTED_ATTAINMENT} and {@code TRAJECTORY} with their {@code amber} tolerance ({@code
 * {"fraction": ...}}, {@code {"width": <quantity>}} or {@code {"points": ...}}), {@code
 * CHANGE_BANDS} with its {@code measure} and {@code bands} (a band's {@code from} and {@code to}
 * only where it is closed).
 */
public final class RagSchemeSerializer extends StdSerializer<RagScheme> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final RagSchemeSerializer INSTANCE = new RagSchemeSerializer();

  private RagSchemeSerializer() {
    super(RagScheme.class);
  }

  @Override
  public void serialize(RagScheme value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(g, value);
  }

  /** Writes a scheme. */
  static void write(JsonGenerator g, RagScheme scheme) throws IOException {
    g.writeStartObject();
    if (scheme instanceof TargetToleranceScheme s) {
      amber(g, "TARGET_TOLERANCE", s.amber());
    } else if (scheme instanceof ProjectedAttainmentScheme s) {
      amber(g, "PROJECTED_ATTAINMENT", s.banding().amber());
    } else if (scheme instanceof TrajectoryScheme s) {
      amber(g, "TRAJECTORY", s.banding().amber());
    } else if (scheme instanceof ChangeBandsScheme s) {
      g.writeStringField("kind", "CHANGE_BANDS");
      g.writeStringField("measure", s.measure().name());
      g.writeArrayFieldStart("bands");
      for (ChangeBand band : s.bands()) {
        g.writeStartObject();
        if (band.from().isPresent()) {
          g.writeFieldName("from");
          Write.exact(g, band.from().get());
        }
        if (band.to().isPresent()) {
          g.writeFieldName("to");
          Write.exact(g, band.to().get());
        }
        g.writeStringField("status", band.status().name());
        g.writeEndObject();
      }
      g.writeEndArray();
    } else {
      throw new IllegalStateException("every kind of scheme is written, but not " + scheme.getClass());
    }
    g.writeEndObject();
  }

  private static void amber(JsonGenerator g, String kind, Tolerance amber) throws IOException {
    g.writeStringField("kind", kind);
    g.writeFieldName("amber");
    tolerance(g, amber);
  }

  /** Writes a tolerance. */
  static void tolerance(JsonGenerator g, Tolerance tolerance) throws IOException {
    g.writeStartObject();
    if (tolerance instanceof Tolerance.Relative r) {
      g.writeFieldName("fraction");
      Write.exact(g, r.fraction());
    } else if (tolerance instanceof Tolerance.Absolute a) {
      g.writeFieldName("width");
      QuantitySerializer.write(g, a.width());
    } else if (tolerance instanceof Tolerance.Points p) {
      g.writeFieldName("points");
      Write.exact(g, p.points());
    } else {
      throw new IllegalStateException("every kind of tolerance is written, but not " + tolerance.getClass());
    }
    g.writeEndObject();
  }
}
