package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.measure.Value;

/**
 * Reads a value, whose kind its property names give:
 *
 * <ul>
 *   <li>a count: {@code {"count": 38}};
 *   <li>a proportion: {@code {"numerator": 181, "denominator": 400}};
 *   <li>a rate: {@code {"events": 55, "population": 389000, "per": 100000}};
 *   <li>money: {@code {"pounds": 23756}} (an exact decimal);
 *   <li>a published percentage: {@code {"percent": 45.2}}, keeping the places printed ({@code
 *       45.20} is read with two).
 * </ul>
 *
 * Counts are whole numbers; any other mixture of properties is refused, naming the shapes.
 *
 * @param <T> the kind of value read: {@link Value} for any
 */
public final class ValueDeserializer<T extends Value> extends StrictDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /** Reads any kind of value. */
  public static final ValueDeserializer<Value> ANY = new ValueDeserializer<>(Value.class);

  private static final String SHAPES =
      "{count}, {numerator, denominator}, {events, population, per}, {pounds} or {percent}";

  private final Class<T> kind;

  /**
   * A deserializer of one kind of value.
   *
   * @param kind the value type; a value of another kind is refused
   */
  public ValueDeserializer(Class<T> kind) {
    super(kind, "a value");
    this.kind = kind;
  }

  @Override
  protected T read(JsonParser p) throws IOException {
    Value v = value(p);
    return Read.ofKind(p, kind, v, () -> "a " + v.getClass().getSimpleName() + " (" + v + ")");
  }

  /** Reads any value at the parser's current value. */
  static Value value(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a value", "count", "numerator", "denominator", "events", "population", "per", "pounds", "percent");
    Set<String> given = new TreeSet<>();
    long count = 0;
    long numerator = 0;
    long denominator = 0;
    long events = 0;
    long population = 0;
    long per = 0;
    @Nullable BigDecimal pounds = null;
    @Nullable BigDecimal percent = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "count" -> count = Read.whole(p, 0);
        case "numerator" -> numerator = Read.whole(p, 0);
        case "denominator" -> denominator = Read.whole(p, 1);
        case "events" -> events = Read.whole(p, 0);
        case "population" -> population = Read.whole(p, 1);
        case "per" -> per = Read.whole(p, 1);
        case "pounds" -> pounds = Read.decimal(p);
        case "percent" -> percent = Read.decimal(p);
        default -> throw fields.unknown();
      }
      given.add(fields.name());
    }
    try {
      if (given.equals(Set.of("count"))) {
        return Count.of(count);
      }
      if (given.equals(Set.of("numerator", "denominator"))) {
        return Proportion.of(numerator, denominator);
      }
      if (given.equals(Set.of("events", "population", "per"))) {
        return new Rate(events, population, Unit.ratePer(per));
      }
      if (pounds != null && given.size() == 1) {
        return Money.of(pounds);
      }
      if (percent != null && given.size() == 1) {
        return PublishedPercentage.of(percent);
      }
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
    throw fields.fail("a value must have the properties of one kind, " + SHAPES + ", but had " + given);
  }
}
