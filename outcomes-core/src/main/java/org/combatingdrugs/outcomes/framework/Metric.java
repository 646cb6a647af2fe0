package org.combatingdrugs.outcomes.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;
import org.combatingdrugs.outcomes.measure.MeasureType;

/**
 * What is measured: a metric's stable id, its name, the kind of value it takes and which direction
 * is better. Equality is by all four parts.
 *
 * @param id a stable slug of lower-case letters, digits and single hyphens, such as {@code
 *     county-lines-arrests}
 * @param name a short human name, not blank
 * @param measureType the kind of value it takes
 * @param polarity which direction is better
 */
public record Metric(String id, String name, MeasureType measureType, Polarity polarity) {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Validates the id and name. */
  public Metric {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(measureType, "measureType");
    checkNotNull(polarity, "polarity");
    checkArgument(
        SLUG.matcher(id).matches(),
        "id must be lower-case letters, digits and single hyphens but was '%s'",
        id);
    checkArgument(!name.isBlank(), "name must not be blank but was '%s'", name);
  }

  /**
   * A metric.
   *
   * @param id a stable slug such as {@code county-lines-arrests}
   * @param name a short human name
   * @param measureType the kind of value it takes
   * @param polarity which direction is better
   * @return the metric
   */
  public static Metric of(String id, String name, MeasureType measureType, Polarity polarity) {
    return new Metric(id, name, measureType, polarity);
  }

  @Override
  public String toString() {
    return name + " [" + id + "]";
  }
}
