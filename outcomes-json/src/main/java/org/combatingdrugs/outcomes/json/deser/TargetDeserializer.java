package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Bound;
import org.combatingdrugs.outcomes.target.Target;

/**
 * Reads a target, whose {@code kind} says which of the four it is:
 *
 * <ul>
 *   <li>{@code {"kind": "REACH", "level": <quantity>, "due": "2023/24"}};
 *   <li>{@code {"kind": "RELATIVE_CHANGE", "from": <baseline>, "relative": -0.1, "due": ...}};
 *   <li>{@code {"kind": "ABSOLUTE_CHANGE", "from": <baseline>, "delta": <quantity>, "due": ...}};
 *   <li>{@code {"kind": "BOUND", "bound": "AT_MOST", "limit": <quantity>, "due": ...}}.
 * </ul>
 *
 * A property of another kind is refused, and so is a target the core refuses (due before its
 * baseline, a relative change of -1 or less).
 *
 * @param <T> the kind of target read: {@link Target} for any
 */
public final class TargetDeserializer<T extends Target> extends StrictDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /** Reads any kind of target. */
  public static final TargetDeserializer<Target> ANY = new TargetDeserializer<>(Target.class);

  /** The kinds of target, as the {@code kind} property names them. */
  enum Kind {
    REACH(ImmutableSet.of("kind", "level", "due")),
    RELATIVE_CHANGE(ImmutableSet.of("kind", "from", "relative", "due")),
    ABSOLUTE_CHANGE(ImmutableSet.of("kind", "from", "delta", "due")),
    BOUND(ImmutableSet.of("kind", "bound", "limit", "due"));

    private final ImmutableSet<String> properties;

    Kind(ImmutableSet<String> properties) {
      this.properties = properties;
    }
  }

  private final Class<T> kind;

  /**
   * A deserializer of one kind of target.
   *
   * @param kind the target type; a target of another kind is refused
   */
  public TargetDeserializer(Class<T> kind) {
    super(kind, "a target");
    this.kind = kind;
  }

  @Override
  protected T read(JsonParser p) throws IOException {
    Target t = target(p);
    return Read.ofKind(p, kind, t, () -> t);
  }

  /** Reads any target at the parser's current value. */
  static Target target(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a target", "kind", "level", "from", "relative", "delta", "bound", "limit", "due");
    Set<String> given = new TreeSet<>();
    @Nullable Kind kind = null;
    @Nullable Quantity level = null;
    @Nullable Baseline from = null;
    @Nullable Exact relative = null;
    @Nullable Quantity delta = null;
    @Nullable Bound bound = null;
    @Nullable Quantity limit = null;
    @Nullable ReportingPeriod due = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "kind" -> kind = Read.word(p, Kind.class);
        case "level" -> level = QuantityDeserializer.quantity(p);
        case "from" -> from = BaselineDeserializer.baseline(p);
        case "relative" -> relative = ExactDeserializer.exact(p);
        case "delta" -> delta = QuantityDeserializer.quantity(p);
        case "bound" -> bound = Read.word(p, Bound.class);
        case "limit" -> limit = QuantityDeserializer.quantity(p);
        case "due" -> due = PeriodDeserializer.period(p);
        default -> throw fields.unknown();
      }
      given.add(fields.name());
    }
    Kind k = fields.required("kind", kind);
    for (String name : given) {
      if (!k.properties.contains(name)) {
        throw fields.fail("a " + k + " target has only the properties " + new TreeSet<>(k.properties) + ", not '" + name + "'");
      }
    }
    ReportingPeriod by = fields.required("due", due);
    try {
      return switch (k) {
        case REACH -> Target.reach(fields.required("level", level), by);
        case RELATIVE_CHANGE -> Target.changeBy(fields.required("from", from), fields.required("relative", relative), by);
        case ABSOLUTE_CHANGE -> Target.changeByAbsolute(fields.required("from", from), fields.required("delta", delta), by);
        case BOUND -> Target.stayWithin(fields.required("bound", bound), fields.required("limit", limit), by);
      };
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }
}
