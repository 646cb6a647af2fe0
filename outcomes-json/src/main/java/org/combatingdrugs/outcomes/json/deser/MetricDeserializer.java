package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.Optional;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.area.AreaType;
import org.combatingdrugs.outcomes.framework.Confidence;
import org.combatingdrugs.outcomes.framework.Frequency;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;
import org.combatingdrugs.outcomes.framework.MetricRole;
import org.combatingdrugs.outcomes.framework.Outcome;
import org.combatingdrugs.outcomes.framework.Provenance;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Unit;

/**
 * Reads a metric: a string is the id of a metric of the national catalogue ({@code
 * "numbers-in-treatment"}); an object is a metric in full, with {@code id}, {@code name}, {@code
 * role}, {@code unit} and {@code polarity} required and {@code outcome}, {@code source} with
 * {@code publisher}, {@code frequency}, {@code lowestGeography}, {@code breakdowns}, {@code
 * fingertipsIndicatorId} and {@code provenance} optional (absent, they take {@link
 * Metric#builder}'s defaults).
 */
public final class MetricDeserializer extends StrictDeserializer<Metric> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final MetricDeserializer INSTANCE = new MetricDeserializer();

  private MetricDeserializer() {
    super(Metric.class, "a metric");
  }

  @Override
  protected Metric read(JsonParser p) throws IOException {
    return metric(p);
  }

  /** Reads a metric, by catalogue id or in full, at the parser's current value. */
  static Metric metric(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return national(p);
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Read.expected(p, "a metric: the id of a national metric (a string), or a local metric in full (an object)");
    }
    return full(p);
  }

  /** Reads the id of a national metric at the parser's current value. */
  static Metric national(JsonParser p) throws IOException {
    String id = Read.text(p, "the id of a national metric");
    Optional<Metric> found = MetricCatalogue.national().byId(id);
    if (found.isEmpty()) {
      throw Read.fail(
          p,
          "'" + Read.quoted(id) + "' is not the id of a metric of the national catalogue"
              + " (a local metric is written in full, as an object)");
    }
    return found.get();
  }

  private static Metric full(JsonParser p) throws IOException {
    Fields fields =
        Fields.of(
            p,
            "a metric",
            "id",
            "name",
            "role",
            "outcome",
            "unit",
            "polarity",
            "source",
            "publisher",
            "frequency",
            "lowestGeography",
            "breakdowns",
            "fingertipsIndicatorId",
            "provenance");
    @Nullable String id = null;
    @Nullable String name = null;
    @Nullable MetricRole role = null;
    @Nullable Outcome outcome = null;
    @Nullable Unit unit = null;
    @Nullable Polarity polarity = null;
    @Nullable String source = null;
    @Nullable String publisher = null;
    @Nullable Frequency frequency = null;
    @Nullable AreaType lowestGeography = null;
    @Nullable ImmutableList<String> breakdowns = null;
    @Nullable Integer fingertips = null;
    @Nullable Provenance provenance = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "id" -> id = Read.text(p, "a metric id (a string)");
        case "name" -> name = Read.text(p, "a metric name (a string)");
        case "role" -> role = Read.word(p, MetricRole.class);
        case "outcome" -> outcome = Read.word(p, Outcome.class);
        case "unit" -> unit = UnitDeserializer.unit(p);
        case "polarity" -> polarity = Read.word(p, Polarity.class);
        case "source" -> source = Read.text(p, "a data source (a string)");
        case "publisher" -> publisher = Read.text(p, "a publisher (a string)");
        case "frequency" -> frequency = Read.word(p, Frequency.class);
        case "lowestGeography" -> lowestGeography = Read.word(p, AreaType.class);
        case "breakdowns" -> breakdowns = Read.list(p, q -> Read.text(q, "a breakdown (a string)"));
        case "fingertipsIndicatorId" -> fingertips = Read.wholeInt(p, 1, Integer.MAX_VALUE);
        case "provenance" -> provenance = provenance(p);
        default -> throw fields.unknown();
      }
    }
    if ((source == null) != (publisher == null)) {
      throw fields.fail("a metric gives its source and its publisher together, or neither");
    }
    try {
      Metric.Builder builder =
          Metric.builder(fields.required("id", id), fields.required("name", name), fields.required("role", role))
              .unit(fields.required("unit", unit))
              .polarity(fields.required("polarity", polarity));
      if (outcome != null) {
        builder.outcome(outcome);
      }
      if (source != null && publisher != null) {
        builder.source(source, publisher);
      }
      if (frequency != null) {
        builder.frequency(frequency);
      }
      if (lowestGeography != null) {
        builder.lowestGeography(lowestGeography);
      }
      if (breakdowns != null) {
        builder.breakdowns(breakdowns);
      }
      if (fingertips != null) {
        builder.fingertipsIndicatorId(fingertips);
      }
      if (provenance != null) {
        builder.provenance(provenance);
      }
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }

  private static Provenance provenance(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a provenance", "source", "confidence", "notes");
    @Nullable String source = null;
    @Nullable Confidence confidence = null;
    String notes = "";
    while (fields.next()) {
      switch (fields.name()) {
        case "source" -> source = Read.text(p, "a source (a string)");
        case "confidence" -> confidence = Read.word(p, Confidence.class);
        case "notes" -> notes = Read.text(p, "notes (a string)");
        default -> throw fields.unknown();
      }
    }
    try {
      return new Provenance(fields.required("source", source), fields.required("confidence", confidence), notes);
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }
}
