package org.combatingdrugs.outcomes.examples.benchmarks;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.assess.AgainstBenchmark;
import org.combatingdrugs.outcomes.assess.Assessment;
import org.combatingdrugs.outcomes.assess.Comparison;
import org.combatingdrugs.outcomes.assess.ProjectedChange;
import org.combatingdrugs.outcomes.assess.Scorecard;
import org.combatingdrugs.outcomes.assess.ScorecardLine;
import org.combatingdrugs.outcomes.assess.ScorecardSection;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.LinearTrendProjection;
import org.combatingdrugs.outcomes.calc.Observation;
import org.combatingdrugs.outcomes.calc.PriorYearProfileProjection;
import org.combatingdrugs.outcomes.calc.Projection;
import org.combatingdrugs.outcomes.calc.RunRateProjection;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.rag.DirectionOfTravel;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.rag.Rating;
import org.combatingdrugs.outcomes.rag.Threshold;
import org.combatingdrugs.outcomes.result.Reason;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.spc.ControlLimits;
import org.combatingdrugs.outcomes.spc.XmrChart;
import org.combatingdrugs.outcomes.spc.XmrGroup;
import org.combatingdrugs.outcomes.spc.XmrOptions;
import org.combatingdrugs.outcomes.spc.XmrPoint;
import org.combatingdrugs.outcomes.stats.ChangeSignificance;
import org.combatingdrugs.outcomes.stats.Interval;
import org.combatingdrugs.outcomes.stats.Trend;
import org.combatingdrugs.outcomes.target.AbsoluteChangeTarget;
import org.combatingdrugs.outcomes.target.Attainment;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.BoundTarget;
import org.combatingdrugs.outcomes.target.ReachTarget;
import org.combatingdrugs.outcomes.target.RelativeChangeTarget;
import org.combatingdrugs.outcomes.target.Target;

/**
 * The baseline of {@link ReportJsonBenchmark}: the report document of scorecards as plain Java
 * records that Jackson writes and reads with no module, carrying the same information in the same
 * nesting and under the same names as the document the outcomes module writes. Enums are their
 * names, periods their labels, statistics {@code double}s, whole numbers {@code long}s and exact
 * figures a {@link ExactDoc}: a terminating decimal as a {@code BigDecimal} written as a JSON
 * number, any other fraction as its text ({@code "-359/6104"}). A figure not computed carries its
 * reason and the sentence saying it in place of its fields, which are then {@code null} and not
 * written; where the module writes a bare value or a reason object in the same place (a relative
 * change, an attained fraction, a trend's slope, an assurance, a catalogue metric by id), a record
 * with a delegating creator and a {@code @JsonValue} writes the same JSON. Built from the core
 * objects by {@link #of}; nothing is checked or derived again on reading.
 *
 * @param formatVersion the format version, 1
 * @param assessments the assessments standing alone, none here
 * @param scorecards the scorecards
 * @param scorecardComparisons the scorecard comparisons, none here
 * @param audits the audits, none here
 * @param sentences the panel sentences, none here
 */
record PlainReport(
    int formatVersion,
    List<AssessmentDoc> assessments,
    List<ScorecardDoc> scorecards,
    List<Object> scorecardComparisons,
    List<Object> audits,
    List<Object> sentences) {

  /**
   * A mapper of plain Jackson, with no module: absent fields left out, decimals written plain and
   * read as {@code BigDecimal}, doubles written by the shortest text that reads back (as the
   * outcomes module writes them), and no limit on the document's length or tokens.
   *
   * @return the mapper
   */
  static ObjectMapper mapper() {
    ObjectMapper mapper =
        JsonMapper.builder()
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN, StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxDocumentLength(-1).maxTokenCount(-1).build());
    return mapper;
  }

  /**
   * The report of these scorecards, with no assessments standing alone.
   *
   * @param scorecards the scorecards
   * @return the plain report
   */
  static PlainReport of(List<Scorecard> scorecards) {
    List<ScorecardDoc> cards = new ArrayList<>(scorecards.size());
    for (Scorecard s : scorecards) {
      cards.add(scorecard(s));
    }
    return new PlainReport(1, List.of(), cards, List.of(), List.of(), List.of());
  }

  /** Why a figure was not computed. */
  record ReasonDoc(String reason, String sentence) {}

  /** An area in full. */
  record AreaDoc(String code, String name, String type) {}

  /** A scorecard. */
  record ScorecardDoc(
      String dataset,
      AreaDoc area,
      String period,
      List<AreaDoc> parts,
      List<SectionDoc> sections,
      Map<String, Integer> statusCounts,
      int notRated,
      Map<String, Integer> directionCounts,
      int noDirection) {}

  /** A section of a scorecard, by outcome. */
  record SectionDoc(@Nullable String outcome, String title, List<LineDoc> lines) {}

  /** A line of a scorecard. */
  record LineDoc(MetricDoc metric, AssessmentDoc assessment, List<String> pooledFrom, List<String> missingParts) {}

  /** A metric: by id when it is the national catalogue's, otherwise in full. */
  record MetricDoc(
      String id,
      @Nullable String name,
      @Nullable String role,
      @Nullable String outcome,
      @Nullable String unit,
      @Nullable String polarity,
      @Nullable String source,
      @Nullable String publisher,
      @Nullable String frequency,
      @Nullable String lowestGeography,
      @Nullable List<String> breakdowns,
      @Nullable Integer fingertipsIndicatorId,
      @Nullable ProvenanceDoc provenance) {

    /** The id alone, or the metric in full. */
    @JsonValue
    Object json() {
      if (name == null) {
        return id;
      }
      Map<String, Object> full = new LinkedHashMap<>();
      full.put("id", id);
      full.put("name", name);
      full.put("role", role);
      putIfPresent(full, "outcome", outcome);
      full.put("unit", unit);
      full.put("polarity", polarity);
      full.put("source", source);
      full.put("publisher", publisher);
      full.put("frequency", frequency);
      putIfPresent(full, "lowestGeography", lowestGeography);
      full.put("breakdowns", breakdowns);
      putIfPresent(full, "fingertipsIndicatorId", fingertipsIndicatorId);
      full.put("provenance", provenance);
      return full;
    }

    /** Reads the id alone, or the metric in full. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static MetricDoc of(Object json) {
      if (json instanceof String id) {
        return new MetricDoc(id, null, null, null, null, null, null, null, null, null, null, null, null);
      }
      if (!(json instanceof Map<?, ?> m) || !(m.get("provenance") instanceof Map<?, ?> p)) {
        throw new IllegalArgumentException("a metric is an id or an object with a provenance: " + json);
      }
      List<String> breakdowns = new ArrayList<>();
      if (m.get("breakdowns") instanceof List<?> list) {
        for (Object b : list) {
          breakdowns.add(String.valueOf(b));
        }
      }
      Object fingertips = m.get("fingertipsIndicatorId");
      return new MetricDoc(
          text(m, "id"),
          text(m, "name"),
          text(m, "role"),
          optionalText(m, "outcome"),
          text(m, "unit"),
          text(m, "polarity"),
          text(m, "source"),
          text(m, "publisher"),
          text(m, "frequency"),
          optionalText(m, "lowestGeography"),
          breakdowns,
          fingertips instanceof Number n ? Integer.valueOf(n.intValue()) : null,
          new ProvenanceDoc(text(p, "source"), text(p, "confidence"), optionalText(p, "notes")));
    }
  }

  /** Where a metric's figures come from. */
  record ProvenanceDoc(String source, String confidence, @Nullable String notes) {}

  /** An assessment, or why a line has none. */
  record AssessmentDoc(
      @Nullable MeasurementDoc latest,
      @Nullable ComparisonDoc comparison,
      @Nullable DirectionDoc direction,
      @Nullable ProjectionDoc projection,
      @Nullable ProjectedChangeDoc projectedChange,
      @Nullable TargetDoc target,
      @Nullable AttainmentDoc attainment,
      @Nullable ExpectedDoc expected,
      @Nullable RatingDoc rating,
      @Nullable IntervalDoc interval,
      @Nullable SignificanceDoc significance,
      @Nullable BenchmarkDoc benchmark,
      @Nullable TrendDoc trend,
      @Nullable ChartDoc variation,
      @Nullable WordDoc assurance,
      @Nullable String reason,
      @Nullable String sentence) {}

  /** A measurement: its metric, area, period, value and status when not final. */
  record MeasurementDoc(MetricDoc metric, AreaDoc area, String period, ValueDoc value, @Nullable String status) {}

  /** A value by what was measured: the fields of its kind only. */
  record ValueDoc(
      @Nullable Long count,
      @Nullable Long numerator,
      @Nullable Long denominator,
      @Nullable Long events,
      @Nullable Long population,
      @Nullable Long per,
      @Nullable BigDecimal pounds,
      @Nullable BigDecimal percent) {}

  /** A quantity: an exact amount and its unit's word. */
  record QuantityDoc(ExactDoc amount, String unit) {}

  /** An expected level, or why there is none. */
  record ExpectedDoc(@Nullable ExactDoc amount, @Nullable String unit, @Nullable String reason, @Nullable String sentence) {}

  /** A comparison with an earlier value, or why there is none. */
  record ComparisonDoc(
      @Nullable String basis,
      @Nullable String period,
      @Nullable QuantityDoc value,
      @Nullable ChangeDoc change,
      @Nullable String reason,
      @Nullable String sentence) {}

  /** A change between two quantities. */
  record ChangeDoc(
      QuantityDoc base,
      QuantityDoc current,
      QuantityDoc absolute,
      @Nullable QuantityDoc percentagePoints,
      ExactDoc relative) {}

  /** A direction of travel, or why there is none. */
  record DirectionDoc(
      @Nullable String movement, @Nullable String judgement, @Nullable String reason, @Nullable String sentence) {}

  /** A projection to the year's end by its method, or why there is none. */
  record ProjectionDoc(
      @Nullable String method,
      @Nullable String period,
      @Nullable QuantityDoc value,
      @Nullable String observed,
      @Nullable QuantityDoc observedValue,
      @Nullable String basis,
      @Nullable QuantityDoc lastYearSamePart,
      @Nullable QuantityDoc lastYearTotal,
      @Nullable ExactDoc share,
      @Nullable List<ObservationDoc> series,
      @Nullable ExactDoc intercept,
      @Nullable ExactDoc slope,
      @Nullable Integer step,
      @Nullable String reason,
      @Nullable String sentence) {}

  /** One point of a series a projection fits. */
  record ObservationDoc(String period, QuantityDoc value) {}

  /** A change projected to the year's end, or why there is none. */
  record ProjectedChangeDoc(
      @Nullable String lastYear,
      @Nullable QuantityDoc lastYearTotal,
      @Nullable ChangeDoc change,
      @Nullable String reason,
      @Nullable String sentence) {}

  /** A target by its kind, or why there is none. */
  record TargetDoc(
      @Nullable String kind,
      @Nullable QuantityDoc level,
      @Nullable BaselineDoc from,
      @Nullable ExactDoc relative,
      @Nullable QuantityDoc delta,
      @Nullable String bound,
      @Nullable QuantityDoc limit,
      @Nullable String due,
      @Nullable String reason,
      @Nullable String sentence) {}

  /** A target's baseline. */
  record BaselineDoc(String period, QuantityDoc value) {}

  /** A target's attainment, or why there is none. */
  record AttainmentDoc(
      @Nullable QuantityDoc level,
      @Nullable QuantityDoc actual,
      @Nullable String bound,
      @Nullable Boolean met,
      @Nullable QuantityDoc gap,
      @Nullable QuantityDoc shortfall,
      @Nullable ExactDoc attainedFraction,
      @Nullable String reason,
      @Nullable String sentence) {}

  /** A RAG rating with the threshold crossed, or why there is none. */
  record RatingDoc(
      @Nullable String status,
      @Nullable String basis,
      @Nullable ThresholdDoc crossed,
      @Nullable String reason,
      @Nullable String sentence) {}

  /** A threshold of a RAG scheme. */
  record ThresholdDoc(ExactDoc boundary, String scale, String side, String status) {}

  /** A confidence interval, or why there is none. */
  record IntervalDoc(
      @Nullable Double estimate,
      @Nullable Double lower,
      @Nullable Double upper,
      @Nullable Double level,
      @Nullable String method,
      @Nullable String reason,
      @Nullable String sentence) {}

  /** The significance of a change, or why there is none. */
  record SignificanceDoc(
      @Nullable String direction,
      @Nullable String method,
      @Nullable IntervalDoc effect,
      @Nullable Double pValue,
      @Nullable String reason,
      @Nullable String sentence) {}

  /** A value against its benchmark, or why there is none. */
  record BenchmarkDoc(
      @Nullable ValueDoc benchmark,
      @Nullable String comparison,
      @Nullable String judgement,
      @Nullable String method,
      @Nullable Double level,
      @Nullable String reason,
      @Nullable String sentence) {}

  /** A recent trend, or why there is none. */
  record TrendDoc(
      @Nullable String direction,
      @Nullable Double chiSquared,
      @Nullable RealDoc slope,
      @Nullable Boolean significant,
      @Nullable Boolean robust,
      @Nullable String method,
      @Nullable String convention,
      @Nullable String reason,
      @Nullable String sentence) {}

  /** An XmR chart with its groups and points, or why there is none. */
  record ChartDoc(
      @Nullable String polarity,
      @Nullable OptionsDoc options,
      @Nullable List<GroupDoc> groups,
      @Nullable List<PointDoc> points,
      @Nullable String reason,
      @Nullable String sentence) {}

  /** The options of an XmR chart. */
  record OptionsDoc(
      boolean screenMovingRanges, int trendPoints, int shiftPoints, @Nullable Integer fixAfter, int shortGroupBelow) {}

  /** A group of an XmR chart's points. */
  record GroupDoc(int index, int start, int size, double mean, LimitsDoc limits, boolean shortGroup) {}

  /** The limits of a group, or why it has none. */
  record LimitsDoc(
      @Nullable Double mean,
      @Nullable Double meanMovingRange,
      @Nullable Double lower,
      @Nullable Double upper,
      @Nullable Double nearLower,
      @Nullable Double nearUpper,
      @Nullable String reason,
      @Nullable String sentence) {}

  /** A point of an XmR chart. */
  record PointDoc(
      int index,
      double value,
      int group,
      String side,
      boolean outsideLimits,
      boolean closeToLimits,
      @Nullable SpecialCauseDoc specialCause,
      String variation) {}

  /** The rule that fired at a point, and its direction. */
  record SpecialCauseDoc(String rule, String direction) {}

  /**
   * An exact figure, written as the module writes one: a terminating decimal as a JSON number, any
   * other fraction as its text in lowest terms; or, in a place that may hold none, why not.
   */
  record ExactDoc(@Nullable BigDecimal decimal, @Nullable String fraction, @Nullable ReasonDoc why) {

    /** The decimal, the fraction's text or the reason. */
    @JsonValue
    Object json() {
      return decimal != null ? decimal : fraction != null ? fraction : Objects.requireNonNull(why, "why");
    }

    /** Reads a decimal, a fraction's text or a reason. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ExactDoc of(Object json) {
      if (json instanceof String fraction) {
        return new ExactDoc(null, fraction, null);
      }
      if (json instanceof BigDecimal decimal) {
        return new ExactDoc(decimal, null, null);
      }
      if (json instanceof Number whole) {
        return new ExactDoc(new BigDecimal(whole.toString()), null, null);
      }
      return new ExactDoc(null, null, reason(json));
    }
  }

  /** A statistic that may not be computed, written as the bare number or why not. */
  record RealDoc(@Nullable Double value, @Nullable ReasonDoc why) {

    /** The number or the reason. */
    @JsonValue
    Object json() {
      return value != null ? value : Objects.requireNonNull(why, "why");
    }

    /** Reads a number or a reason. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static RealDoc of(Object json) {
      if (json instanceof Number n) {
        return new RealDoc(Double.parseDouble(n.toString()), null);
      }
      return new RealDoc(null, reason(json));
    }
  }

  /** A word (an enum's name) that may not be computed, written as the bare string or why not. */
  record WordDoc(@Nullable String word, @Nullable ReasonDoc why) {

    /** The word or the reason. */
    @JsonValue
    Object json() {
      return word != null ? word : Objects.requireNonNull(why, "why");
    }

    /** Reads a word or a reason. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static WordDoc of(Object json) {
      if (json instanceof String word) {
        return new WordDoc(word, null);
      }
      return new WordDoc(null, reason(json));
    }
  }

  private static ReasonDoc reason(Object json) {
    if (json instanceof Map<?, ?> m) {
      return new ReasonDoc(text(m, "reason"), text(m, "sentence"));
    }
    throw new IllegalArgumentException("expected a reason object but read " + json);
  }

  private static String text(Map<?, ?> m, String name) {
    Object value = m.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing " + name + " in " + m);
    }
    return value.toString();
  }

  private static @Nullable String optionalText(Map<?, ?> m, String name) {
    Object value = m.get(name);
    return value == null ? null : value.toString();
  }

  private static void putIfPresent(Map<String, Object> map, String name, @Nullable Object value) {
    if (value != null) {
      map.put(name, value);
    }
  }

  private static ScorecardDoc scorecard(Scorecard s) {
    Set<Area> named = new LinkedHashSet<>();
    for (ScorecardLine line : s.lines()) {
      named.addAll(line.pooledFrom());
      named.addAll(line.missingParts());
    }
    List<AreaDoc> parts = new ArrayList<>(named.size());
    for (Area part : named) {
      parts.add(area(part));
    }
    List<SectionDoc> sections = new ArrayList<>(s.sections().size());
    for (ScorecardSection section : s.sections()) {
      List<LineDoc> lines = new ArrayList<>(section.lines().size());
      for (ScorecardLine line : section.lines()) {
        lines.add(
            new LineDoc(
                metric(line.metric()),
                result(line.assessment(), PlainReport::assessment, r -> new AssessmentDoc(
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    r.name(), r.sentence())),
                codes(line.pooledFrom()),
                codes(line.missingParts())));
      }
      sections.add(new SectionDoc(section.outcome().map(Enum::name).orElse(null), section.title(), lines));
    }
    Map<String, Integer> statuses = new LinkedHashMap<>();
    for (RagStatus status : RagStatus.values()) {
      statuses.put(status.name(), s.statusCounts().getOrDefault(status, 0));
    }
    Map<String, Integer> directions = new LinkedHashMap<>();
    for (Judgement judgement : Judgement.values()) {
      directions.put(judgement.name(), s.directionCounts().getOrDefault(judgement, 0));
    }
    return new ScorecardDoc(
        s.dataset(),
        area(s.area()),
        s.period().label(),
        parts,
        sections,
        statuses,
        s.notRated(),
        directions,
        s.noDirection());
  }

  private static AreaDoc area(Area a) {
    return new AreaDoc(a.code(), a.name(), a.type().name());
  }

  private static List<String> codes(List<Area> areas) {
    List<String> codes = new ArrayList<>(areas.size());
    for (Area a : areas) {
      codes.add(a.code());
    }
    return codes;
  }

  private static MetricDoc metric(Metric m) {
    if (MetricCatalogue.national().byId(m.id()).equals(Optional.of(m))) {
      return MetricDoc.of(m.id());
    }
    return new MetricDoc(
        m.id(),
        m.name(),
        m.role().name(),
        m.outcome().map(Enum::name).orElse(null),
        word(m.unit()),
        m.polarity().name(),
        m.source(),
        m.publisher(),
        m.frequency().name(),
        m.lowestGeography().map(Enum::name).orElse(null),
        List.copyOf(m.breakdowns()),
        m.fingertipsIndicatorId().orElse(null),
        new ProvenanceDoc(
            m.provenance().source(),
            m.provenance().confidence().name(),
            m.provenance().notes().isEmpty() ? null : m.provenance().notes()));
  }

  private static AssessmentDoc assessment(Assessment a) {
    return new AssessmentDoc(
        measurement(a.latest()),
        result(a.comparison(), PlainReport::comparison, r -> new ComparisonDoc(null, null, null, null, r.name(), r.sentence())),
        result(
            a.direction(),
            PlainReport::direction,
            r -> new DirectionDoc(null, null, r.name(), r.sentence())),
        result(a.projection(), PlainReport::projection, r -> new ProjectionDoc(
            null, null, null, null, null, null, null, null, null, null, null, null, null, r.name(), r.sentence())),
        result(a.projectedChange(), PlainReport::projected, r -> new ProjectedChangeDoc(null, null, null, r.name(), r.sentence())),
        result(a.target(), PlainReport::target, r -> new TargetDoc(
            null, null, null, null, null, null, null, null, r.name(), r.sentence())),
        result(a.attainment(), PlainReport::attainment, r -> new AttainmentDoc(
            null, null, null, null, null, null, null, r.name(), r.sentence())),
        result(
            a.expected(),
            q -> new ExpectedDoc(exact(q.amount()), word(q.unit()), null, null),
            r -> new ExpectedDoc(null, null, r.name(), r.sentence())),
        result(a.rating(), PlainReport::rating, r -> new RatingDoc(null, null, null, r.name(), r.sentence())),
        result(a.interval(), PlainReport::interval, PlainReport::noInterval),
        result(a.significance(), PlainReport::significance, r -> new SignificanceDoc(
            null, null, null, null, r.name(), r.sentence())),
        result(a.benchmark(), PlainReport::benchmark, r -> new BenchmarkDoc(
            null, null, null, null, null, r.name(), r.sentence())),
        result(a.trend(), PlainReport::trend, r -> new TrendDoc(
            null, null, null, null, null, null, null, r.name(), r.sentence())),
        result(a.variation(), PlainReport::chart, r -> new ChartDoc(null, null, null, null, r.name(), r.sentence())),
        result(a.assurance(), w -> new WordDoc(w.name(), null), r -> new WordDoc(null, why(r))),
        null,
        null);
  }

  private static MeasurementDoc measurement(Measurement m) {
    return new MeasurementDoc(
        metric(m.metric()),
        area(m.area()),
        m.period().label(),
        value(m.value()),
        m.status() == DataStatus.FINAL ? null : m.status().name());
  }

  private static ValueDoc value(Value value) {
    if (value instanceof Count c) {
      return new ValueDoc(c.count(), null, null, null, null, null, null, null);
    } else if (value instanceof Proportion p) {
      return new ValueDoc(null, p.numerator(), p.denominator(), null, null, null, null, null);
    } else if (value instanceof Rate r) {
      return new ValueDoc(null, null, null, r.events(), r.population(), r.multiplier(), null, null);
    } else if (value instanceof Money m) {
      return new ValueDoc(null, null, null, null, null, null, plain(m.pounds()), null);
    } else if (value instanceof PublishedPercentage pp) {
      return new ValueDoc(null, null, null, null, null, null, null, pp.percent());
    }
    throw new IllegalStateException("every kind of value is written, but not " + value.getClass());
  }

  private static ComparisonDoc comparison(Comparison c) {
    return new ComparisonDoc(
        c.basis().name(), c.period().label(), quantity(c.value()), change(c.change()), null, null);
  }

  private static ChangeDoc change(Change c) {
    return new ChangeDoc(
        quantity(c.base()),
        quantity(c.current()),
        quantity(c.absolute()),
        c.percentagePoints().map(PlainReport::quantity).orElse(null),
        result(c.relative(), r -> exact(r.ratio()), r -> new ExactDoc(null, null, why(r))));
  }

  private static DirectionDoc direction(DirectionOfTravel d) {
    return new DirectionDoc(d.movement().name(), d.judgement().name(), null, null);
  }

  private static ProjectionDoc projection(Projection p) {
    String method = p.method().name();
    String period = p.period().label();
    QuantityDoc value = quantity(p.value());
    if (p instanceof RunRateProjection r) {
      return new ProjectionDoc(
          method, period, value, r.observed().label(), quantity(r.observedValue()), r.basis().name(),
          null, null, exact(r.share()), null, null, null, null, null, null);
    } else if (p instanceof PriorYearProfileProjection r) {
      return new ProjectionDoc(
          method, period, value, r.observed().label(), quantity(r.observedValue()), null,
          quantity(r.lastYearSamePart()), quantity(r.lastYearTotal()), exact(r.share()),
          null, null, null, null, null, null);
    } else if (p instanceof LinearTrendProjection t) {
      List<ObservationDoc> series = new ArrayList<>(t.series().size());
      for (Observation o : t.series()) {
        series.add(new ObservationDoc(o.period().label(), quantity(o.value())));
      }
      return new ProjectionDoc(
          method, period, value, null, null, null, null, null, null, series,
          exact(t.trend().intercept()), exact(t.trend().slope()), t.step(), null, null);
    }
    throw new IllegalStateException("every kind of projection is written, but not " + p.getClass());
  }

  private static ProjectedChangeDoc projected(ProjectedChange c) {
    return new ProjectedChangeDoc(
        c.lastYear().label(), quantity(c.lastYearTotal()), change(c.change()), null, null);
  }

  private static TargetDoc target(Target target) {
    String due = target.due().label();
    if (target instanceof ReachTarget t) {
      return new TargetDoc("REACH", quantity(t.level()), null, null, null, null, null, due, null, null);
    } else if (target instanceof RelativeChangeTarget t) {
      return new TargetDoc(
          "RELATIVE_CHANGE", null, baseline(t.from()), exact(t.relative()), null, null, null, due, null, null);
    } else if (target instanceof AbsoluteChangeTarget t) {
      return new TargetDoc(
          "ABSOLUTE_CHANGE", null, baseline(t.from()), null, quantity(t.delta()), null, null, due, null, null);
    } else if (target instanceof BoundTarget t) {
      return new TargetDoc("BOUND", null, null, null, null, t.bound().name(), quantity(t.limit()), due, null, null);
    }
    throw new IllegalStateException("every kind of target is written, but not " + target.getClass());
  }

  private static BaselineDoc baseline(Baseline b) {
    return new BaselineDoc(b.period().label(), quantity(b.value()));
  }

  private static AttainmentDoc attainment(Attainment a) {
    return new AttainmentDoc(
        quantity(a.level()),
        quantity(a.actual()),
        a.bound().name(),
        a.met(),
        quantity(a.gap()),
        quantity(a.shortfall()),
        result(a.attainedFraction(), PlainReport::exact, r -> new ExactDoc(null, null, why(r))),
        null,
        null);
  }

  private static RatingDoc rating(Rating r) {
    Threshold t = r.crossed();
    return new RatingDoc(
        r.status().name(),
        r.basis().name(),
        new ThresholdDoc(exact(t.boundary()), t.scale().name(), t.side().name(), t.status().name()),
        null,
        null);
  }

  private static IntervalDoc interval(Interval i) {
    return new IntervalDoc(i.estimate(), i.lower(), i.upper(), i.level().value(), i.method().name(), null, null);
  }

  private static IntervalDoc noInterval(Reason r) {
    return new IntervalDoc(null, null, null, null, null, r.name(), r.sentence());
  }

  private static SignificanceDoc significance(ChangeSignificance s) {
    return new SignificanceDoc(
        s.direction().name(),
        s.method().name(),
        result(s.effect(), PlainReport::interval, PlainReport::noInterval),
        s.pValue().orElse(null),
        null,
        null);
  }

  private static BenchmarkDoc benchmark(AgainstBenchmark b) {
    return new BenchmarkDoc(
        value(b.benchmark()),
        b.comparison().comparison().name(),
        b.comparison().judgement().name(),
        b.comparison().method().name(),
        b.comparison().level().value(),
        null,
        null);
  }

  private static TrendDoc trend(Trend t) {
    return new TrendDoc(
        t.direction().name(),
        t.chiSquared(),
        result(t.slope(), s -> new RealDoc(s, null), r -> new RealDoc(null, why(r))),
        t.significant(),
        t.robust(),
        t.method().name(),
        t.convention().name(),
        null,
        null);
  }

  private static ChartDoc chart(XmrChart chart) {
    XmrOptions o = chart.options();
    OptionsDoc options =
        new OptionsDoc(
            o.screenMovingRanges(),
            o.trendPoints(),
            o.shiftPoints(),
            o.fixAfter().isPresent() ? Integer.valueOf(o.fixAfter().getAsInt()) : null,
            o.shortGroupBelow());
    List<GroupDoc> groups = new ArrayList<>(chart.groups().size());
    for (XmrGroup g : chart.groups()) {
      groups.add(
          new GroupDoc(
              g.index(),
              g.start(),
              g.size(),
              g.mean(),
              result(g.limits(), PlainReport::limits, r -> new LimitsDoc(
                  null, null, null, null, null, null, r.name(), r.sentence())),
              g.shortGroup()));
    }
    List<PointDoc> points = new ArrayList<>(chart.points().size());
    for (XmrPoint p : chart.points()) {
      points.add(
          new PointDoc(
              p.index(),
              p.value(),
              p.group(),
              p.side().name(),
              p.outsideLimits(),
              p.closeToLimits(),
              p.specialCause()
                  .map(c -> new SpecialCauseDoc(c.rule().name(), c.direction().name()))
                  .orElse(null),
              p.variation().name()));
    }
    return new ChartDoc(chart.polarity().name(), options, groups, points, null, null);
  }

  private static LimitsDoc limits(ControlLimits l) {
    return new LimitsDoc(
        l.mean(), l.meanMovingRange(), l.lower(), l.upper(), l.nearLower(), l.nearUpper(), null, null);
  }

  private static QuantityDoc quantity(Quantity q) {
    return new QuantityDoc(exact(q.amount()), word(q.unit()));
  }

  private static ExactDoc exact(Exact value) {
    Optional<BigDecimal> decimal = value.exactDecimal();
    return decimal.isPresent()
        ? new ExactDoc(plain(decimal.get()), null, null)
        : new ExactDoc(null, value.numerator() + "/" + value.denominator(), null);
  }

  /** The decimal as its plain text reads back, so that a figure equals itself read again. */
  private static BigDecimal plain(BigDecimal value) {
    return new BigDecimal(value.toPlainString());
  }

  private static String word(Unit unit) {
    return switch (unit.type()) {
      case COUNT -> "count";
      case MONEY -> "pounds";
      case PROPORTION -> unit.isPoints() ? "points" : "percent";
      case RATE -> "per " + unit.multiplier();
    };
  }

  private static ReasonDoc why(Reason r) {
    return new ReasonDoc(r.name(), r.sentence());
  }

  private static <T, P> P result(Result<T, ?> result, Function<? super T, P> computed, Function<Reason, P> notComputed) {
    Optional<T> value = result.value();
    if (value.isPresent()) {
      return computed.apply(value.get());
    }
    return notComputed.apply(result.reason().orElseThrow());
  }
}
