package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.rag.ChangeBand;
import org.combatingdrugs.outcomes.rag.ChangeBandsScheme;
import org.combatingdrugs.outcomes.rag.ChangeMeasure;
import org.combatingdrugs.outcomes.rag.ProjectedAttainmentScheme;
import org.combatingdrugs.outcomes.rag.RagScheme;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.rag.TargetToleranceScheme;
import org.combatingdrugs.outcomes.rag.Tolerance;
import org.combatingdrugs.outcomes.rag.TrajectoryScheme;

/**
 * Reads a RAG scheme, whose {@code kind} says which it is:
 *
 * <ul>
 *   <li>{@code {"kind": "TARGET_TOLERANCE", "amber": <tolerance>}};
 *   <li>{@code {"kind": "PROJECTED_ATTAINMENT", "amber": <tolerance>}};
 *   <li>{@code {"kind": "TRAJECTORY", "amber": <tolerance>}};
 *   <li>{@code {"kind": "CHANGE_BANDS", "measure": "RELATIVE", "bands": [{"to": -0.05, "status":
 *       "RED"}, {"from": -0.05, "to": 0, "status": "AMBER"}, {"from": 0, "status": "GREEN"}]}}: a
 *       band without {@code from} is open below, one without {@code to} open above.
 * </ul>
 *
 * A tolerance is {@code {"fraction": 0.05}} (a share of the level), {@code {"width": <quantity>}}
 * (an amount in the metric's units) or {@code {"points": 5}} (percentage points).
 *
 * @param <T> the kind of scheme read: {@link RagScheme} for any
 */
public final class RagSchemeDeserializer<T extends RagScheme> extends StrictDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /** Reads any kind of scheme. */
  public static final RagSchemeDeserializer<RagScheme> ANY = new RagSchemeDeserializer<>(RagScheme.class);

  /** The kinds of scheme, as the {@code kind} property names them. */
  enum Kind {
    TARGET_TOLERANCE,
    PROJECTED_ATTAINMENT,
    TRAJECTORY,
    CHANGE_BANDS
  }

  private final Class<T> kind;

  /**
   * A deserializer of one kind of scheme.
   *
   * @param kind the scheme type; a scheme of another kind is refused
   */
  public RagSchemeDeserializer(Class<T> kind) {
    super(kind, "a RAG scheme");
    this.kind = kind;
  }

  @Override
  protected T read(JsonParser p) throws IOException {
    RagScheme s = scheme(p);
    return Read.ofKind(p, kind, s, () -> s);
  }

  /** Reads any scheme at the parser's current value. */
  static RagScheme scheme(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a RAG scheme", "kind", "amber", "measure", "bands");
    Set<String> given = new TreeSet<>();
    @Nullable Kind kind = null;
    @Nullable Tolerance amber = null;
    @Nullable ChangeMeasure measure = null;
    @Nullable ImmutableList<ChangeBand> bands = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "kind" -> kind = Read.word(p, Kind.class);
        case "amber" -> amber = tolerance(p);
        case "measure" -> measure = Read.word(p, ChangeMeasure.class);
        case "bands" -> bands = Read.list(p, RagSchemeDeserializer::band);
        default -> throw fields.unknown();
      }
      given.add(fields.name());
    }
    Kind k = fields.required("kind", kind);
    Set<String> allowed = k == Kind.CHANGE_BANDS ? Set.of("kind", "measure", "bands") : Set.of("kind", "amber");
    for (String name : given) {
      if (!allowed.contains(name)) {
        throw fields.fail("a " + k + " scheme has only the properties " + new TreeSet<>(allowed) + ", not '" + name + "'");
      }
    }
    try {
      return switch (k) {
        case TARGET_TOLERANCE -> TargetToleranceScheme.of(fields.required("amber", amber));
        case PROJECTED_ATTAINMENT -> ProjectedAttainmentScheme.of(fields.required("amber", amber));
        case TRAJECTORY -> TrajectoryScheme.of(fields.required("amber", amber));
        case CHANGE_BANDS -> ChangeBandsScheme.of(fields.required("measure", measure), fields.required("bands", bands));
      };
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }

  private static ChangeBand band(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a change band", "from", "to", "status");
    @Nullable Exact from = null;
    @Nullable Exact to = null;
    @Nullable RagStatus status = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "from" -> from = ExactDeserializer.exact(p);
        case "to" -> to = ExactDeserializer.exact(p);
        case "status" -> status = Read.word(p, RagStatus.class);
        default -> throw fields.unknown();
      }
    }
    try {
      return new ChangeBand(Optional.ofNullable(from), Optional.ofNullable(to), fields.required("status", status));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }

  /** Reads a tolerance at the parser's current value. */
  static Tolerance tolerance(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a tolerance", "fraction", "width", "points");
    @Nullable Tolerance tolerance = null;
    int given = 0;
    while (fields.next()) {
      try {
        switch (fields.name()) {
          case "fraction" -> tolerance = Tolerance.relative(ExactDeserializer.exact(p));
          case "width" -> tolerance = Tolerance.absolute(QuantityDeserializer.quantity(p));
          case "points" -> tolerance = new Tolerance.Points(ExactDeserializer.exact(p));
          default -> throw fields.unknown();
        }
      } catch (IllegalArgumentException e) {
        throw fields.invalid(e);
      }
      given++;
    }
    if (given != 1) {
      throw fields.fail("a tolerance has exactly one of the properties fraction, width or points, but had " + given);
    }
    return fields.required("fraction, width or points", tolerance);
  }
}
