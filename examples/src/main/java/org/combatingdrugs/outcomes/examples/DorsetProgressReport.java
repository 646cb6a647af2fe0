package org.combatingdrugs.outcomes.examples;

import static org.combatingdrugs.outcomes.assess.SentencePart.BENCHMARK;
import static org.combatingdrugs.outcomes.assess.SentencePart.COMPARISON;
import static org.combatingdrugs.outcomes.assess.SentencePart.PROJECTION;
import static org.combatingdrugs.outcomes.assess.SentencePart.RATING;
import static org.combatingdrugs.outcomes.assess.SentencePart.SIGNIFICANCE;
import static org.combatingdrugs.outcomes.assess.SentencePart.TARGET;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.assess.Assessment;
import org.combatingdrugs.outcomes.assess.AssessmentReason;
import org.combatingdrugs.outcomes.assess.Assessor;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.assess.PanelSentences;
import org.combatingdrugs.outcomes.assess.Scorecard;
import org.combatingdrugs.outcomes.assess.ScorecardLine;
import org.combatingdrugs.outcomes.assess.ScorecardSection;
import org.combatingdrugs.outcomes.assess.Scorecards;
import org.combatingdrugs.outcomes.assess.Sentence;
import org.combatingdrugs.outcomes.audit.AuditSummary;
import org.combatingdrugs.outcomes.audit.Finding;
import org.combatingdrugs.outcomes.audit.PrintedChange;
import org.combatingdrugs.outcomes.audit.PrintedProjection;
import org.combatingdrugs.outcomes.audit.PrintedReport;
import org.combatingdrugs.outcomes.audit.ReportAudit;
import org.combatingdrugs.outcomes.audit.ReportItem;
import org.combatingdrugs.outcomes.calc.ChangeFormat;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.calc.Projection;
import org.combatingdrugs.outcomes.calc.RunRateProjection;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.json.OutcomesJson;
import org.combatingdrugs.outcomes.json.Report;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.Rating;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.target.Attainment;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Target;
import org.combatingdrugs.outcomes.target.Trajectory;

/**
 * Recomputes the Dorset Combating Drugs Partnership progress report of July 2023 and the continuity
 * of care scorecard of the Police and Crime Panel of July 2024 from the partnership's datasets, read
 * from their JSON documents ({@link DorsetData}): every projection, change, gap and RAG status comes
 * from the assessment, the scorecards are grouped by outcome, and the audit says where a printed
 * figure does not follow from the figures printed beside it. Given a file name, it also writes the
 * report document ({@link OutcomesJson#writeReport}) there.
 */
public final class DorsetProgressReport {

  private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
  private static final ChangeFormat CHANGE = ChangeFormat.of(1, ROUNDING);

  /** The enforcement table's metrics, in the report's order. */
  private static final ImmutableList<Metric> ENFORCEMENT =
      ImmutableList.of(
          DorsetData.COUNTY_LINES_ARRESTS,
          DorsetData.SOC_DISRUPTIONS,
          NationalMetrics.NEIGHBOURHOOD_CRIME,
          DorsetData.CASH_SEIZED);

  /** The report's own short names for catalogue metrics and areas. */
  private static final ImmutableMap<String, String> LABELS =
      ImmutableMap.of(
          NationalMetrics.NUMBERS_IN_TREATMENT.id(), "Adults in treatment",
          NationalMetrics.CONTINUITY_OF_CARE_PRISON.id(), "Continuity of care",
          NationalMetrics.NEIGHBOURHOOD_CRIME.id(), "Neighbourhood crimes",
          Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE.code(), "BCP",
          Areas.DORSET.code(), "Dorset",
          Areas.PAN_DORSET_CDP.code(), "Pan-Dorset");

  private DorsetProgressReport() {}

  /**
   * Prints the report on standard output and, given a file name, writes the report document there.
   *
   * @param args nothing, or the file to write the report document to (UTF-8 JSON, replaced)
   * @throws IOException when the report document cannot be written
   */
  public static void main(String[] args) throws IOException {
    print(System.out);
    if (args.length > 0) {
      Path file = Path.of(args[0]).toAbsolutePath();
      Path folder = file.getParent();
      if (folder != null) {
        Files.createDirectories(folder);
      }
      OutcomesJson.writeReport(report(DorsetData.progressReport(), DorsetData.panelJuly2024()), file);
      System.out.println();
      System.out.println("The report document is written to " + file + ".");
    }
  }

  /**
   * Prints the report.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    Dataset data = DorsetData.progressReport();
    out.println("Dorset Combating Drugs Partnership: progress report of July 2023, recomputed");
    out.println("From the dataset " + data + "; " + data.presentation() + ".");
    out.println();
    printProjections(out, data);
    out.println();
    printLocalTargets(out, data);
    out.println();
    out.println("In words, as a panel paper would print them");
    for (Sentence sentence : sentences(data)) {
      out.println("  - " + sentence.text());
    }
    out.println();
    printScorecard(out, Scorecards.of(data, Areas.PAN_DORSET_CDP, lastYear(data)));
    out.println();
    Dataset panel = DorsetData.panelJuly2024();
    out.println(
        "Police and Crime Panel, July 2024: continuity of care in "
            + panelPeriod(panel).label()
            + ", rated "
            + panel.scheme(NationalMetrics.CONTINUITY_OF_CARE_PRISON).orElseThrow());
    for (Sentence sentence : panelSentences(panel)) {
      out.println("  - " + sentence.text());
    }
    out.println();
    printAudit(out, ReportAudit.of(printedReport(data)));
  }

  /**
   * The report document of what {@link #print} prints: the assessment of each metric and area
   * printed, the pan-Dorset scorecard, the audit of the printed report and the sentences.
   *
   * @param data the progress report's dataset, {@link DorsetData#progressReport()}
   * @param panel the panel's dataset, {@link DorsetData#panelJuly2024()}
   * @return the report, ready for {@link OutcomesJson#writeReport}
   */
  public static Report report(Dataset data, Dataset panel) {
    List<Assessment> assessments = new ArrayList<>();
    for (Metric metric : ENFORCEMENT) {
      assessments.add(latest(data, metric, Areas.DORSET));
    }
    for (Area area : List.of(Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, Areas.DORSET)) {
      assessments.add(latest(data, NationalMetrics.CONTINUITY_OF_CARE_PRISON, area));
    }
    assessments.add(latest(data, DorsetData.DRUG_RELATED_DEATHS, Areas.PAN_DORSET_CDP));
    List<Sentence> sentences = new ArrayList<>(sentences(data));
    sentences.addAll(panelSentences(panel));
    return Report.of(assessments, List.of(Scorecards.of(data, Areas.PAN_DORSET_CDP, lastYear(data))))
        .withAudits(List.of(ReportAudit.of(printedReport(data))))
        .withSentences(sentences);
  }

  /** The year the report projects to: the year of the quarter it reports. */
  private static ReportingPeriod year(Dataset data) {
    return latest(data, DorsetData.COUNTY_LINES_ARRESTS, Areas.DORSET).projection().orElseThrow().period();
  }

  /** The year before, whose totals the projections are compared with. */
  private static FinancialYear lastYear(Dataset data) {
    return latest(data, DorsetData.COUNTY_LINES_ARRESTS, Areas.DORSET).projectedChange().orElseThrow().lastYear();
  }

  private static ReportingPeriod panelPeriod(Dataset panel) {
    return panel.latest(NationalMetrics.CONTINUITY_OF_CARE_PRISON, Areas.DORSET).orElseThrow().period();
  }

  private static void printProjections(PrintStream out, Dataset data) {
    out.println("National outcomes: projected " + year(data) + " against last year");
    out.println(
        "RAG by change bands on the projected change: "
            + data.scheme(DorsetData.COUNTY_LINES_ARRESTS).orElseThrow()
            + ".");
    TextTable table =
        new TextTable("Metric", "So far", "Value", "Projected", "Method", "Last year", "Change", "RAG");
    for (Metric metric : ENFORCEMENT) {
      Assessment a = latest(data, metric, Areas.DORSET);
      Projection projection = a.projection().orElseThrow();
      table.row(
          label(metric),
          a.latest().period().label(),
          a.latest().value().quantity().format(0, ROUNDING),
          projection.value().format(0, ROUNDING),
          method(projection),
          a.projectedChange().map(p -> p.lastYearTotal().format(0, ROUNDING)).value().orElse("-"),
          a.projectedChange().map(p -> CHANGE.format(p.change())).value().orElse(why(a.projectedChange())),
          a.rating().map(Rating::toString).value().orElse("not rated: " + why(a.rating())));
    }
    table.print(out);
  }

  private static void printLocalTargets(PrintStream out, Dataset data) {
    ReportingPeriod year = year(data);
    FinancialYear lastYear = lastYear(data);
    out.println("Local delivery of national targets: " + lastYear + " against the targets for " + year);
    TextTable table = new TextTable("Metric", "Area", "Value", "Target", "Change needed", "Gap", "Parts pooled");
    List<Metric> treatment =
        List.of(NationalMetrics.NUMBERS_IN_TREATMENT, DorsetData.YOUNG_PEOPLE_IN_TREATMENT, DorsetData.RESIDENTIAL_REHAB);
    for (Metric metric : treatment) {
      for (Area area : List.of(Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, Areas.DORSET, Areas.PAN_DORSET_CDP)) {
        ScorecardLine line =
            Scorecards.of(data, area, lastYear).line(metric.id()).orElseThrow();
        Result<Assessment, AssessmentReason> assessed = line.assessment();
        if (!assessed.isComputed()) {
          table.row(label(metric), label(area), "-", "-", "-", why(assessed), "");
          continue;
        }
        Assessment a = assessed.orElseThrow();
        Quantity value = a.latest().value().quantity();
        Target target = a.target().orElseThrow();
        Attainment attainment = a.attainment().orElseThrow();
        table.row(
            label(metric),
            label(area),
            value.format(0, ROUNDING),
            target.level().format(0, ROUNDING) + " in " + target.due().label(),
            CHANGE.format(PercentageChange.between(value, target.level())),
            attainment.met() ? "met" : attainment.shortfall().format(0, ROUNDING) + " to go",
            line.pooledFrom().isEmpty()
                ? ""
                : String.join(" + ", line.pooledFrom().stream().map(DorsetProgressReport::label).toList()));
      }
    }
    table.print(out);
    out.println();
    out.println("Continuity of care against the national ambition of 75% by 2024/25");
    TextTable care =
        new TextTable("Area", "Value", "Gap", "On a straight line, " + year.label(), "England", "Against England");
    List<String> notes = new ArrayList<>();
    for (Area area : List.of(Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, Areas.DORSET)) {
      Assessment a = latest(data, NationalMetrics.CONTINUITY_OF_CARE_PRISON, area);
      a.benchmark().reason().map(AssessmentReason::sentence).filter(n -> !notes.contains(n)).ifPresent(notes::add);
      Quantity value = a.latest().value().quantity();
      Baseline baseline = Baseline.of(a.latest().period(), value);
      Quantity expected =
          Trajectory.linear(baseline, a.target().orElseThrow(), ElapsedBasis.QUARTERS).expectedAt(year);
      care.row(
          label(area),
          value.format(1, ROUNDING) + " in " + a.latest().period().label(),
          a.attainment().orElseThrow().shortfall().format(1, ROUNDING),
          expected.format(1, ROUNDING),
          data.benchmark(a.latest().metric(), a.latest().period()).map(v -> v.quantity().format(1, ROUNDING)).orElse("-"),
          a.benchmark()
              .map(b -> b.comparison().comparison().name().toLowerCase(Locale.ROOT))
              .value()
              .orElse("not tested (" + (notes.indexOf(why(a.benchmark())) + 1) + ")"));
    }
    care.print(out);
    for (int i = 0; i < notes.size(); i++) {
      out.println("  (" + (i + 1) + ") " + notes.get(i) + ".");
    }
  }

  private static List<Sentence> sentences(Dataset data) {
    PanelSentences writer = writer(data);
    List<Sentence> sentences = new ArrayList<>();
    for (Metric metric : ENFORCEMENT) {
      sentences.add(writer.sentence(latest(data, metric, Areas.DORSET), PROJECTION, RATING));
    }
    for (Area area : List.of(Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, Areas.DORSET)) {
      Assessment care = latest(data, NationalMetrics.CONTINUITY_OF_CARE_PRISON, area);
      sentences.add(writer.sentence(care, TARGET, BENCHMARK));
    }
    Assessment deaths = latest(data, DorsetData.DRUG_RELATED_DEATHS, Areas.PAN_DORSET_CDP);
    sentences.add(writer.sentence(deaths, COMPARISON, SIGNIFICANCE));
    return sentences;
  }

  /** The report's sentence writer: its own rounding, short names, Dorset its own area. */
  private static PanelSentences writer(Dataset data) {
    PanelSentences writer =
        PanelSentences.of(data.presentation()).withOwnArea(Areas.DORSET).withBenchmarkName("England");
    for (Metric metric : data.metrics()) {
      writer = writer.withMetricLabel(metric, label(metric));
    }
    for (Area area : data.areas().areas()) {
      writer = writer.withAreaLabel(area, label(area));
    }
    return writer;
  }

  private static void printScorecard(PrintStream out, Scorecard card) {
    out.println("Scorecard by outcome: " + label(card.area()) + ", " + card.period().label());
    for (ScorecardSection section : card.sections()) {
      out.println(section.title());
      TextTable table = new TextTable("  Metric", "Value", "RAG", "Direction", "Parts");
      for (ScorecardLine line : section.lines()) {
        Result<Assessment, AssessmentReason> assessed = line.assessment();
        String parts =
            !line.missingParts().isEmpty()
                ? "no value for " + String.join(", ", line.missingParts().stream().map(DorsetProgressReport::label).toList())
                : String.join(" + ", line.pooledFrom().stream().map(DorsetProgressReport::label).toList());
        if (!assessed.isComputed()) {
          table.row("  " + label(line.metric()), "-", "not assessed: " + why(assessed), "", parts);
          continue;
        }
        Assessment a = assessed.orElseThrow();
        table.row(
            "  " + label(line.metric()),
            a.latest().value().quantity().format(0, ROUNDING),
            a.rating().map(r -> r.status().name()).value().orElse("not rated: " + why(a.rating())),
            a.direction().map(d -> d.judgement().name().toLowerCase(Locale.ROOT)).value().orElse("none"),
            parts);
      }
      table.print(out);
    }
    out.println("Counts: " + card.statusCounts() + ", " + card.notRated() + " not rated; directions " + card.directionCounts());
  }

  private static List<Sentence> panelSentences(Dataset panel) {
    PanelSentences writer = writer(panel).withOwnArea(Areas.PAN_DORSET_CDP);
    List<Sentence> sentences = new ArrayList<>();
    for (Area area : List.of(Areas.DORSET, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE)) {
      Assessment a = latest(panel, NationalMetrics.CONTINUITY_OF_CARE_PRISON, area);
      sentences.add(writer.sentence(a, TARGET, RATING));
    }
    return sentences;
  }

  private static void printAudit(PrintStream out, ReportAudit audit) {
    out.println("Audit of the printed report: does each derived figure follow from the figures printed beside it?");
    for (Finding finding : audit.findings()) {
      out.println("  - " + finding);
    }
    AuditSummary summary = audit.summary();
    out.println("  " + summary);
  }

  /**
   * The report's derived figures as it printed them, beside its inputs as the dataset holds them:
   * the printed figures are the only ones typed here.
   *
   * @param data the progress report's dataset, {@link DorsetData#progressReport()}
   * @return the printed report, ready for {@link ReportAudit#of}
   */
  public static PrintedReport printedReport(Dataset data) {
    // Projection and change printed for each enforcement metric, in ENFORCEMENT's order.
    String[][] printed = {
      {"152", "90%"}, {"1036", "7.4%"}, {"202", "6.9%"}, {"£94,304", "37.8%"},
    };
    List<ReportItem> items = new ArrayList<>();
    List<String[]> dependencies = new ArrayList<>();
    for (int i = 0; i < ENFORCEMENT.size(); i++) {
      Metric metric = ENFORCEMENT.get(i);
      Assessment a = latest(data, metric, Areas.DORSET);
      RunRateProjection projection = runRate(a);
      Quantity lastYear = a.projectedChange().orElseThrow().lastYearTotal();
      String projected = label(metric) + ", projected";
      items.add(
          PrintedProjection.of(
              projected,
              printed[i][0],
              a.latest().value().quantity().format(0, ROUNDING),
              projection.observed(),
              projection.period(),
              projection.basis()));
      items.add(PrintedChange.of(label(metric), printed[i][1], lastYear.format(0, ROUNDING), printed[i][0]));
      dependencies.add(new String[] {label(metric), projected});
    }
    String[] increases = {"10%", "22%"};
    List<Area> careAreas = List.of(Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, Areas.DORSET);
    for (int i = 0; i < careAreas.size(); i++) {
      Assessment care = latest(data, NationalMetrics.CONTINUITY_OF_CARE_PRISON, careAreas.get(i));
      items.add(
          PrintedChange.withoutBase(
              "Continuity of care, " + label(careAreas.get(i)) + ", increase in year",
              increases[i],
              care.latest().value().quantity().format(1, ROUNDING)));
    }
    PrintedReport report = PrintedReport.of(data.name(), items);
    for (String[] dependency : dependencies) {
      report = report.withInputFrom(dependency[0], dependency[1]);
    }
    return report;
  }

  private static RunRateProjection runRate(Assessment a) {
    if (a.projection().orElseThrow() instanceof RunRateProjection runRate) {
      return runRate;
    }
    throw new IllegalStateException("the report projects by run rate, but " + a + " was projected otherwise");
  }

  private static String label(Metric metric) {
    return LABELS.getOrDefault(metric.id(), metric.name());
  }

  private static String label(Area area) {
    return LABELS.getOrDefault(area.code(), area.name());
  }

  private static Assessment latest(Dataset data, Metric metric, Area area) {
    Measurement latest = data.latest(metric, area).orElseThrow();
    return Assessor.assess(data, metric, area, latest.period()).orElseThrow();
  }

  private static String method(Projection projection) {
    if (projection instanceof RunRateProjection runRate) {
      return "run rate x" + runRate.share().reciprocal().toExactString() + " by " + runRate.basis().name().toLowerCase(Locale.ROOT);
    }
    return projection.method().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String why(Result<?, AssessmentReason> result) {
    return result.reason().map(AssessmentReason::sentence).orElse("");
  }
}
