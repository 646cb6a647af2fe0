package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.assess.Assessment;
import org.combatingdrugs.outcomes.assess.AssessmentReason;
import org.combatingdrugs.outcomes.assess.ScorecardLine;
import org.combatingdrugs.outcomes.assess.ScorecardSection;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.Outcome;
import org.combatingdrugs.outcomes.json.OutcomesJsonException;
import org.combatingdrugs.outcomes.result.Result;

/**
 * Reads the parts of a scorecard: its {@code parts} (areas in full, each code once) and its
 * sections ({@code outcome} when it has one, {@code title}, which must be the outcome's, and {@code
 * lines}: a line's {@code metric}, its {@code assessment} or why there is none, and the codes of
 * the parts it was {@code pooledFrom} and of its {@code missingParts}). A line names its parts by
 * code, so the sections are built once the whole scorecard is read and the codes can be resolved,
 * whatever the order of its properties.
 */
final class ScorecardSections {

  private ScorecardSections() {}

  /** A value read with the JSON path it was read at. */
  private record Placed<T>(String path, T value) {}

  /** The areas a scorecard's lines name, by code, each read at a path, listed at a path. */
  record Parts(String path, Map<String, Placed<Area>> byCode) {

    private Area resolve(Placed<String> code) throws OutcomesJsonException {
      Placed<Area> area = byCode.get(code.value());
      if (area == null) {
        throw Read.failAt(
            code.path(), "'" + Read.quoted(code.value()) + "' is not the code of an area listed in " + path);
      }
      return area.value();
    }

    /**
     * Checks that the parts are the areas the lines name, in the order first named, refusing the
     * first that is not at its own path.
     *
     * @param expected the areas the built scorecard's lines name
     */
    void check(List<Area> expected) throws OutcomesJsonException {
      List<Placed<Area>> listed = List.copyOf(byCode.values());
      for (int i = 0; i < listed.size(); i++) {
        Placed<Area> part = listed.get(i);
        if (i >= expected.size()) {
          throw Read.failAt(part.path(), "must not be listed: no line names " + Read.quoted(part.value().toString()));
        }
        if (!part.value().equals(expected.get(i))) {
          throw Read.failAt(
              part.path(),
              "must be " + Read.quoted(expected.get(i).toString()) + ", the next area the lines name, but was "
                  + Read.quoted(part.value().toString()));
        }
      }
    }
  }

  /** A section as read, its lines' parts not yet resolved. */
  static final class Raw {
    private final Fields fields;
    private final String path;
    private final Optional<Outcome> outcome;
    private final String title;
    private final ImmutableList<RawLine> lines;

    private Raw(Fields fields, String path, Optional<Outcome> outcome, String title, ImmutableList<RawLine> lines) {
      this.fields = fields;
      this.path = path;
      this.outcome = outcome;
      this.title = title;
      this.lines = lines;
    }

    /** Builds the section, resolving its lines' parts, and checks its title. */
    ScorecardSection build(Parts parts) throws OutcomesJsonException {
      ImmutableList.Builder<ScorecardLine> built = ImmutableList.builder();
      for (RawLine line : lines) {
        built.add(line.build(parts));
      }
      ScorecardSection section;
      try {
        section = new ScorecardSection(outcome, built.build());
      } catch (IllegalArgumentException e) {
        throw Read.failAt(path, "a scorecard section is invalid", e);
      }
      fields.derived("title", title, section.title());
      return section;
    }
  }

  /** A line as read, its parts named by code. */
  private record RawLine(
      String path,
      Metric metric,
      Result<Assessment, AssessmentReason> assessment,
      ImmutableList<Placed<String>> pooledFrom,
      ImmutableList<Placed<String>> missingParts) {

    ScorecardLine build(Parts parts) throws OutcomesJsonException {
      try {
        return new ScorecardLine(metric, assessment, resolve(parts, pooledFrom), resolve(parts, missingParts));
      } catch (IllegalArgumentException e) {
        throw Read.failAt(path, "a scorecard line is invalid", e);
      }
    }

    private static ImmutableList<Area> resolve(Parts parts, ImmutableList<Placed<String>> codes)
        throws OutcomesJsonException {
      ImmutableList.Builder<Area> out = ImmutableList.builder();
      for (Placed<String> code : codes) {
        out.add(parts.resolve(code));
      }
      return out.build();
    }
  }

  /** Reads a scorecard's parts at the parser's current value: areas in full, each code once. */
  static Parts parts(JsonParser p) throws IOException {
    String path = Read.pathOf(p);
    Map<String, Placed<Area>> byCode = new LinkedHashMap<>();
    for (Placed<Area> area : Read.list(p, q -> new Placed<>(Read.pathOf(q), AreaDeserializer.full(q, false).area()))) {
      if (byCode.putIfAbsent(area.value().code(), area) != null) {
        throw Read.failAt(
            area.path(), "is repeated: the parts list the area '" + Read.quoted(area.value().code()) + "' once");
      }
    }
    return new Parts(path, byCode);
  }

  /** Reads a section at the parser's current value. */
  static Raw section(JsonParser p) throws IOException {
    String path = Read.pathOf(p);
    Fields fields = Fields.of(p, "a scorecard section", "outcome", "title", "lines");
    @Nullable Outcome outcome = null;
    @Nullable String title = null;
    @Nullable ImmutableList<RawLine> lines = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "outcome" -> outcome = Read.word(p, Outcome.class);
        case "title" -> title = Read.text(p, "the section's heading (a string)");
        case "lines" -> lines = Read.list(p, ScorecardSections::line);
        default -> throw fields.unknown();
      }
    }
    return new Raw(
        fields, path, Optional.ofNullable(outcome), fields.required("title", title), fields.required("lines", lines));
  }

  private static RawLine line(JsonParser p) throws IOException {
    String path = Read.pathOf(p);
    Fields fields = Fields.of(p, "a scorecard line", "metric", "assessment", "pooledFrom", "missingParts");
    @Nullable Metric metric = null;
    @Nullable Result<Assessment, AssessmentReason> assessment = null;
    @Nullable ImmutableList<Placed<String>> pooledFrom = null;
    @Nullable ImmutableList<Placed<String>> missingParts = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "metric" -> metric = MetricDeserializer.metric(p);
        case "assessment" -> assessment = Read.result(p, AssessmentReason.class, AssessmentDeserializer::assessment);
        case "pooledFrom" -> pooledFrom = codes(p);
        case "missingParts" -> missingParts = codes(p);
        default -> throw fields.unknown();
      }
    }
    return new RawLine(
        path,
        fields.required("metric", metric),
        fields.required("assessment", assessment),
        fields.required("pooledFrom", pooledFrom),
        fields.required("missingParts", missingParts));
  }

  private static ImmutableList<Placed<String>> codes(JsonParser p) throws IOException {
    return Read.list(p, q -> new Placed<>(Read.pathOf(q), Read.text(q, "the code of an area listed in the scorecard's parts")));
  }
}
