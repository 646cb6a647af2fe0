package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.assess.Scorecard;
import org.combatingdrugs.outcomes.assess.ScorecardComparison;
import org.combatingdrugs.outcomes.assess.ScorecardLine;
import org.combatingdrugs.outcomes.assess.ScorecardSection;
import org.combatingdrugs.outcomes.assess.StatusChange;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.rag.RagStatus;

/**
 * Writes a scorecard: {@code dataset}, {@code area} in full, {@code period}, the {@code parts}
 * (the areas its lines name, in full, in the order first named), its {@code sections} by outcome
 * (each with its {@code outcome} when it has one, {@code title} and {@code lines}: a line's {@code
 * metric}, its {@code assessment} or why there is none, and the codes of the parts it was {@code
 * pooledFrom} and of its {@code missingParts}), then the counts: {@code
 * statusCounts} by RAG status (every status, from GREEN), {@code notRated}, {@code
 * directionCounts} by judgement (every judgement, in declaration order) and {@code noDirection}.
 */
public final class ScorecardSerializer extends StdSerializer<Scorecard> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final ScorecardSerializer INSTANCE = new ScorecardSerializer();

  /**
   * Writes two scorecards of an area compared: {@code area} in full, the {@code earlier} and
   * {@code later} periods, the {@code changes} of each metric's status and both scorecards in
   * full, {@code earlierScorecard} and {@code laterScorecard}.
   */
  public static final StdSerializer<ScorecardComparison> COMPARISON =
      WriterSerializer.of(ScorecardComparison.class, ScorecardSerializer::comparison);

  /**
   * Writes a change of a metric's status: {@code metric}, {@code before} and {@code after} (each
   * left out when the metric was not rated then) and the {@code movement}.
   */
  public static final StdSerializer<StatusChange> STATUS_CHANGE =
      WriterSerializer.of(StatusChange.class, ScorecardSerializer::statusChange);

  private ScorecardSerializer() {
    super(Scorecard.class);
  }

  @Override
  public void serialize(Scorecard value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(g, value);
  }

  /** Writes a scorecard. */
  static void write(JsonGenerator g, Scorecard s) throws IOException {
    g.writeStartObject();
    g.writeStringField("dataset", s.dataset());
    g.writeObjectFieldStart("area");
    AreaSerializer.fields(g, s.area());
    g.writeEndObject();
    g.writeStringField("period", s.period().label());
    g.writeArrayFieldStart("parts");
    for (Area part : parts(s)) {
      g.writeStartObject();
      AreaSerializer.fields(g, part);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("sections");
    for (ScorecardSection section : s.sections()) {
      g.writeStartObject();
      if (section.outcome().isPresent()) {
        g.writeStringField("outcome", section.outcome().get().name());
      }
      g.writeStringField("title", section.title());
      g.writeArrayFieldStart("lines");
      for (ScorecardLine line : section.lines()) {
        g.writeStartObject();
        g.writeFieldName("metric");
        MetricSerializer.write(g, line.metric());
        Results.field(g, "assessment", line.assessment(), AssessmentSerializer::write);
        codes(g, "pooledFrom", line.pooledFrom());
        codes(g, "missingParts", line.missingParts());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    Map<RagStatus, Integer> statuses = s.statusCounts();
    g.writeObjectFieldStart("statusCounts");
    for (RagStatus status : RagStatus.values()) {
      g.writeNumberField(status.name(), statuses.getOrDefault(status, 0));
    }
    g.writeEndObject();
    g.writeNumberField("notRated", s.notRated());
    Map<Judgement, Integer> directions = s.directionCounts();
    g.writeObjectFieldStart("directionCounts");
    for (Judgement judgement : Judgement.values()) {
      g.writeNumberField(judgement.name(), directions.getOrDefault(judgement, 0));
    }
    g.writeEndObject();
    g.writeNumberField("noDirection", s.noDirection());
    g.writeEndObject();
  }

  /** Writes two scorecards compared. */
  static void comparison(JsonGenerator g, ScorecardComparison c) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("area");
    AreaSerializer.fields(g, c.later().area());
    g.writeEndObject();
    g.writeStringField("earlier", c.earlier().period().label());
    g.writeStringField("later", c.later().period().label());
    g.writeArrayFieldStart("changes");
    for (StatusChange change : c.changes()) {
      statusChange(g, change);
    }
    g.writeEndArray();
    g.writeFieldName("earlierScorecard");
    write(g, c.earlier());
    g.writeFieldName("laterScorecard");
    write(g, c.later());
    g.writeEndObject();
  }

  /** Writes a change of a metric's status. */
  static void statusChange(JsonGenerator g, StatusChange c) throws IOException {
    g.writeStartObject();
    g.writeFieldName("metric");
    MetricSerializer.write(g, c.metric());
    if (c.before().isPresent()) {
      g.writeStringField("before", c.before().get().name());
    }
    if (c.after().isPresent()) {
      g.writeStringField("after", c.after().get().name());
    }
    g.writeStringField("movement", c.movement().name());
    g.writeEndObject();
  }

  /**
   * The areas a scorecard's lines name, each once, in the order first named: line by line, the
   * areas it was pooled from, then its missing parts.
   *
   * @param s the scorecard
   * @return the areas
   */
  public static ImmutableList<Area> parts(Scorecard s) {
    Set<Area> parts = new LinkedHashSet<>();
    for (ScorecardLine line : s.lines()) {
      parts.addAll(line.pooledFrom());
      parts.addAll(line.missingParts());
    }
    return ImmutableList.copyOf(parts);
  }

  private static void codes(JsonGenerator g, String name, List<Area> areas) throws IOException {
    g.writeArrayFieldStart(name);
    for (Area area : areas) {
      g.writeString(area.code());
    }
    g.writeEndArray();
  }
}
