package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.List;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.assess.Scorecard;
import org.combatingdrugs.outcomes.assess.ScorecardComparison;
import org.combatingdrugs.outcomes.assess.ScorecardSection;
import org.combatingdrugs.outcomes.assess.StatusChange;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.json.OutcomesJsonException;
import org.combatingdrugs.outcomes.json.ser.ScorecardSerializer;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.RagStatus;

/**
 * Reads a scorecard as it is written: {@code dataset}, {@code area}, {@code period}, {@code parts}
 * (the areas its lines name, in full), {@code sections} (as {@link ScorecardSections} reads them)
 * and the counts, {@code statusCounts}, {@code notRated}, {@code directionCounts} and {@code
 * noDirection}, which follow from the lines and must say what they give, as must {@code parts}.
 * Also reads two scorecards compared ({@code area}, {@code earlier}, {@code later}, {@code
 * changes}, {@code earlierScorecard}, {@code laterScorecard}): the comparison is made from the two
 * scorecards, and the rest must say what it gives.
 */
public final class ScorecardDeserializer extends StrictDeserializer<Scorecard> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final ScorecardDeserializer INSTANCE = new ScorecardDeserializer();

  /** Reads two scorecards compared. */
  public static final StrictDeserializer<ScorecardComparison> COMPARISON =
      ReaderDeserializer.of(ScorecardComparison.class, "two scorecards compared", ScorecardDeserializer::comparison);

  /** A value read with the JSON path it was read at. */
  private record Placed<T>(String path, T value) {}

  private ScorecardDeserializer() {
    super(Scorecard.class, "a scorecard");
  }

  @Override
  protected Scorecard read(JsonParser p) throws IOException {
    return scorecard(p);
  }

  /** Reads a scorecard at the parser's current value. */
  static Scorecard scorecard(JsonParser p) throws IOException {
    Fields fields =
        Fields.of(
            p,
            "a scorecard",
            "dataset",
            "area",
            "period",
            "parts",
            "sections",
            "statusCounts",
            "notRated",
            "directionCounts",
            "noDirection");
    @Nullable String dataset = null;
    @Nullable Area area = null;
    @Nullable ReportingPeriod period = null;
    @Nullable ScorecardSections.Parts parts = null;
    @Nullable ImmutableList<ScorecardSections.Raw> sections = null;
    @Nullable Counts<RagStatus> statusCounts = null;
    @Nullable Integer notRated = null;
    @Nullable Counts<Judgement> directionCounts = null;
    @Nullable Integer noDirection = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "dataset" -> dataset = Read.text(p, "the name of the dataset assessed (a string)");
        case "area" -> area = AreaDeserializer.area(p);
        case "period" -> period = PeriodDeserializer.period(p);
        case "parts" -> parts = ScorecardSections.parts(p);
        case "sections" -> sections = Read.list(p, ScorecardSections::section);
        case "statusCounts" -> statusCounts = Counts.read(p, RagStatus.class);
        case "notRated" -> notRated = Read.wholeInt(p, 0, Integer.MAX_VALUE);
        case "directionCounts" -> directionCounts = Counts.read(p, Judgement.class);
        case "noDirection" -> noDirection = Read.wholeInt(p, 0, Integer.MAX_VALUE);
        default -> throw fields.unknown();
      }
    }
    String named = fields.required("dataset", dataset);
    Area of = fields.required("area", area);
    ReportingPeriod in = fields.required("period", period);
    ScorecardSections.Parts listed = fields.required("parts", parts);
    ImmutableList.Builder<ScorecardSection> built = ImmutableList.builder();
    for (ScorecardSections.Raw section : fields.required("sections", sections)) {
      built.add(section.build(listed));
    }
    Counts<RagStatus> statuses = fields.required("statusCounts", statusCounts);
    Counts<Judgement> directions = fields.required("directionCounts", directionCounts);
    Scorecard scorecard;
    try {
      scorecard = new Scorecard(named, of, in, built.build());
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
    listed.check(ScorecardSerializer.parts(scorecard));
    statuses.check(scorecard.statusCounts());
    fields.derived("notRated", notRated, scorecard.notRated());
    directions.check(scorecard.directionCounts());
    fields.derived("noDirection", noDirection, scorecard.noDirection());
    return scorecard;
  }

  /** Reads two scorecards compared at the parser's current value. */
  static ScorecardComparison comparison(JsonParser p) throws IOException {
    Fields fields =
        Fields.of(
            p, "two scorecards compared", "area", "earlier", "later", "changes", "earlierScorecard", "laterScorecard");
    @Nullable Area area = null;
    @Nullable ReportingPeriod earlier = null;
    @Nullable ReportingPeriod later = null;
    @Nullable ImmutableList<Placed<StatusChange>> changes = null;
    @Nullable Scorecard earlierScorecard = null;
    @Nullable Scorecard laterScorecard = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "area" -> area = AreaDeserializer.area(p);
        case "earlier" -> earlier = PeriodDeserializer.period(p);
        case "later" -> later = PeriodDeserializer.period(p);
        case "changes" -> changes = Read.list(p, q -> new Placed<>(Read.pathOf(q), RatingDeserializer.statusChange(q)));
        case "earlierScorecard" -> earlierScorecard = scorecard(p);
        case "laterScorecard" -> laterScorecard = scorecard(p);
        default -> throw fields.unknown();
      }
    }
    ScorecardComparison comparison;
    try {
      comparison =
          ScorecardComparison.of(
              fields.required("earlierScorecard", earlierScorecard), fields.required("laterScorecard", laterScorecard));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
    fields.derived("area", area, comparison.later().area());
    fields.derived("earlier", earlier, comparison.earlier().period());
    fields.derived("later", later, comparison.later().period());
    checkChanges(fields, fields.required("changes", changes), comparison.changes());
    return comparison;
  }

  private static void checkChanges(Fields fields, List<Placed<StatusChange>> given, List<StatusChange> expected)
      throws OutcomesJsonException {
    List<StatusChange> values = given.stream().map(Placed::value).toList();
    if (values.size() != expected.size()) {
      fields.derived("changes", values, expected);
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!values.get(i).equals(expected.get(i))) {
        throw Read.failAt(
            given.get(i).path(),
            "must be " + Read.quoted(expected.get(i).toString()) + ", which the scorecards compared give, but was "
                + Read.quoted(values.get(i).toString()));
      }
    }
  }
}
