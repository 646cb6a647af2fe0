package org.combatingdrugs.outcomes.framework;

import org.combatingdrugs.outcomes.judgement.Polarised;
import org.combatingdrugs.outcomes.judgement.Polarity;
import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.combatingdrugs.outcomes.area.AreaType;
import org.combatingdrugs.outcomes.measure.MeasureType;
import org.combatingdrugs.outcomes.measure.Unit;

/**
 * What is measured: a national or local metric with its definition. Equality is by every attribute.
 *
 * @param id a stable slug of lower-case letters, digits and single hyphens, such as {@code
 *     continuity-of-care-prison}
 * @param name a short human name, not blank
 * @param role headline, supporting or local
 * @param outcome the framework outcome it serves; present for every national metric
 * @param unit the unit of its values: a count, pounds, a percentage, or a rate per a multiplier
 * @param polarity which direction is better
 * @param source the data collection it comes from, not blank
 * @param publisher who publishes it, not blank
 * @param frequency how often it is published
 * @param lowestGeography the smallest kind of area it is published for; empty when that is none of
 *     the area types of this library (prisons, probation regions)
 * @param breakdowns the usual breakdowns (age, sex, drug), possibly none
 * @param fingertipsIndicatorId the OHID Fingertips indicator id, when it has one
 * @param provenance where these facts come from and how well established they are
 */
public record Metric(
    String id,
    String name,
    MetricRole role,
    Optional<Outcome> outcome,
    Unit unit,
    Polarity polarity,
    String source,
    String publisher,
    Frequency frequency,
    Optional<AreaType> lowestGeography,
    ImmutableList<String> breakdowns,
    Optional<Integer> fingertipsIndicatorId,
    Provenance provenance)
    implements Polarised {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Validates the id, the name and that a national metric serves an outcome. */
  public Metric {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(role, "role");
    checkNotNull(outcome, "outcome");
    checkNotNull(unit, "unit");
    checkNotNull(polarity, "polarity");
    checkNotNull(source, "source");
    checkNotNull(publisher, "publisher");
    checkNotNull(frequency, "frequency");
    checkNotNull(lowestGeography, "lowestGeography");
    checkNotNull(breakdowns, "breakdowns");
    checkNotNull(fingertipsIndicatorId, "fingertipsIndicatorId");
    checkNotNull(provenance, "provenance");
    checkArgument(
        SLUG.matcher(id).matches(),
        "id must be lower-case letters, digits and single hyphens but was '%s'",
        id);
    checkArgument(!name.isBlank(), "name must not be blank but was '%s'", name);
    checkArgument(!source.isBlank(), "source must not be blank but was '%s'", source);
    checkArgument(!publisher.isBlank(), "publisher must not be blank but was '%s'", publisher);
    checkArgument(
        !role.isNational() || outcome.isPresent(),
        "outcome must be given for the national metric %s",
        id);
    checkArgument(
        fingertipsIndicatorId.map(n -> n > 0).orElse(true),
        "fingertipsIndicatorId must be positive but was %s",
        fingertipsIndicatorId.map(String::valueOf).orElse("absent"));
  }

  /**
   * A simple local metric: a partnership's own measure, defined by the partnership, published on
   * no fixed cycle and serving no particular framework outcome. Use {@link #builder} to say more.
   *
   * @param id a stable slug such as {@code county-lines-arrests}
   * @param name a short human name
   * @param unit the unit of its values
   * @param polarity which direction is better
   * @return the metric
   */
  public static Metric local(String id, String name, Unit unit, Polarity polarity) {
    return builder(id, name, MetricRole.LOCAL).unit(unit).polarity(polarity).build();
  }

  /**
   * A builder for a full definition.
   *
   * @param id a stable slug
   * @param name a short human name
   * @param role headline, supporting or local
   * @return the builder, with no outcome, no breakdowns, frequency {@link Frequency#OTHER}, source
   *     and publisher "local" and a provenance of "defined locally" until set
   */
  public static Builder builder(String id, String name, MetricRole role) {
    return new Builder(id, name, role);
  }

  /** The kind of value the metric takes, from its unit. */
  public MeasureType measureType() {
    return unit.type();
  }

  @Override
  public String toString() {
    return name + " [" + id + "]";
  }

  /** Builds a {@link Metric}; every setter returns this builder. */
  public static final class Builder {
    private final String id;
    private final String name;
    private final MetricRole role;
    private Optional<Outcome> outcome = Optional.empty();
    private Unit unit = Unit.COUNT;
    private Polarity polarity = Polarity.NO_JUDGEMENT;
    private String source = "local";
    private String publisher = "local";
    private Frequency frequency = Frequency.OTHER;
    private Optional<AreaType> lowestGeography = Optional.empty();
    private ImmutableList<String> breakdowns = ImmutableList.of();
    private Optional<Integer> fingertipsIndicatorId = Optional.empty();
    private Provenance provenance = Provenance.definedBy("its user");

    private Builder(String id, String name, MetricRole role) {
      this.id = checkNotNull(id, "id");
      this.name = checkNotNull(name, "name");
      this.role = checkNotNull(role, "role");
    }

    /** Sets the outcome served. */
    @CanIgnoreReturnValue
    public Builder outcome(Outcome value) {
      this.outcome = Optional.of(value);
      return this;
    }

    /** Sets the unit (default a count). */
    @CanIgnoreReturnValue
    public Builder unit(Unit value) {
      this.unit = checkNotNull(value, "unit");
      return this;
    }

    /** Sets the polarity (default no judgement). */
    @CanIgnoreReturnValue
    public Builder polarity(Polarity value) {
      this.polarity = checkNotNull(value, "polarity");
      return this;
    }

    /** Sets the data source and its publisher. */
    @CanIgnoreReturnValue
    public Builder source(String dataSource, String by) {
      this.source = checkNotNull(dataSource, "source");
      this.publisher = checkNotNull(by, "publisher");
      return this;
    }

    /** Sets the publication frequency. */
    @CanIgnoreReturnValue
    public Builder frequency(Frequency value) {
      this.frequency = checkNotNull(value, "frequency");
      return this;
    }

    /** Sets the lowest geography published. */
    @CanIgnoreReturnValue
    public Builder lowestGeography(AreaType value) {
      this.lowestGeography = Optional.of(value);
      return this;
    }

    /** Sets the usual breakdowns. */
    @CanIgnoreReturnValue
    public Builder breakdowns(List<String> values) {
      this.breakdowns = ImmutableList.copyOf(values);
      return this;
    }

    /** Sets the OHID Fingertips indicator id. */
    @CanIgnoreReturnValue
    public Builder fingertipsIndicatorId(int value) {
      this.fingertipsIndicatorId = Optional.of(value);
      return this;
    }

    /** Sets the provenance. */
    @CanIgnoreReturnValue
    public Builder provenance(Provenance value) {
      this.provenance = checkNotNull(value, "provenance");
      return this;
    }

    /**
     * The metric.
     *
     * @return the metric
     * @throws IllegalArgumentException when an attribute is invalid
     */
    public Metric build() {
      return new Metric(
          id,
          name,
          role,
          outcome,
          unit,
          polarity,
          source,
          publisher,
          frequency,
          lowestGeography,
          breakdowns,
          fingertipsIndicatorId,
          provenance);
    }
  }
}
