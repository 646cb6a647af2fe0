package org.combatingdrugs.outcomes.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.aggregate.Aggregation;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.audit.ChangeCheck;
import org.combatingdrugs.outcomes.audit.ChangeSlip;
import org.combatingdrugs.outcomes.audit.ProjectionCheck;
import org.combatingdrugs.outcomes.audit.ProjectionSlip;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.ChangeFormat;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.calc.Projections;
import org.combatingdrugs.outcomes.calc.RelativeChange;
import org.combatingdrugs.outcomes.calc.RunRateProjection;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.period.YearToDate;
import org.combatingdrugs.outcomes.rag.ChangeBand;
import org.combatingdrugs.outcomes.rag.ChangeBandsScheme;
import org.combatingdrugs.outcomes.rag.ChangeMeasure;
import org.combatingdrugs.outcomes.rag.DirectionOfTravel;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.stats.ChangeSignificance;
import org.combatingdrugs.outcomes.stats.ConfidenceLevel;
import org.combatingdrugs.outcomes.stats.PoissonChange;
import org.combatingdrugs.outcomes.rag.Rating;
import org.combatingdrugs.outcomes.rag.TargetToleranceScheme;
import org.combatingdrugs.outcomes.rag.Tolerance;
import org.combatingdrugs.outcomes.target.Attainment;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Target;
import org.combatingdrugs.outcomes.target.Trajectory;

/**
 * Recomputes the Dorset Combating Drugs Partnership progress report of July 2023 and the continuity
 * of care scorecard of the Police and Crime Panel of July 2024: every projection, change, gap and
 * RAG status, with a note wherever the published figure does not follow from its inputs.
 */
public final class DorsetProgressReport {

  private static final FinancialYear YEAR = FinancialYear.of(2023);
  private static final ChangeFormat CHANGE = ChangeFormat.of(1, RoundingMode.HALF_UP);
  private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
  private static final ChangeBandsScheme BANDS =
      ChangeBandsScheme.of(
          ChangeMeasure.RELATIVE,
          List.of(
              ChangeBand.below(Exact.of(-1, 20), RagStatus.RED),
              ChangeBand.between(Exact.of(-1, 20), Exact.ZERO, RagStatus.AMBER),
              ChangeBand.atLeast(Exact.ZERO, RagStatus.GREEN)));

  /** The partnership's own enforcement metrics, which the national catalogue does not hold. */
  private static final Metric COUNTY_LINES_ARRESTS =
      Metric.local("county-lines-arrests", "County lines arrests", Unit.COUNT, Polarity.HIGHER_IS_BETTER);

  private static final Metric SOC_DISRUPTIONS =
      Metric.local("soc-disruptions", "Serious and organised crime disruptions", Unit.COUNT, Polarity.HIGHER_IS_BETTER);

  private static final Metric CASH_SEIZED =
      Metric.local("cash-seized", "Cash seized", Unit.POUNDS, Polarity.HIGHER_IS_BETTER);

  private static final Metric RESIDENTIAL_REHAB =
      Metric.local("residential-rehab-placements", "Residential rehab placements", Unit.COUNT, Polarity.HIGHER_IS_BETTER);

  private DorsetProgressReport() {}

  /**
   * Runs the report on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out);
  }

  /**
   * Prints the report.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    out.println("Dorset Combating Drugs Partnership: progress report of July 2023, recomputed");
    out.println("Run-rate projections to " + YEAR + " by quarters or months; changes rounded half-up.");
    out.println();
    printProjections(out);
    out.println();
    printLocalTargets(out);
    out.println();
    printPanelScorecard(out);
  }

  private static void printProjections(PrintStream out) {
    out.println("National outcomes: projected " + YEAR + " against last year");
    out.println(
        "No target is set for these; RAG is by change bands on the projected change, improvement"
            + " >= 0% GREEN, -5%..0% AMBER, < -5% RED (enforcement: higher is better; crime: lower is"
            + " better).");
    TextTable table =
        new TextTable(
            "Metric", "So far", "Value", "Projected", "Last year", "Change", "Target", "RAG", "Printed");
    List<String> notes = new ArrayList<>();
    YearToDate halfYear = YearToDate.through(CalendarMonth.of(2023, 9));
    projected(table, notes, "County lines arrests", COUNTY_LINES_ARRESTS, YEAR.quarter(1), Quantity.count(38), ElapsedBasis.QUARTERS, Quantity.count(80), "152", "90");
    projected(table, notes, "SOC disruptions", SOC_DISRUPTIONS, YEAR.quarter(1), Quantity.count(259), ElapsedBasis.QUARTERS, Quantity.count(964), "1036", "7.4");
    projected(table, notes, "Neighbourhood crimes", NationalMetrics.NEIGHBOURHOOD_CRIME, halfYear, Quantity.count(101), ElapsedBasis.MONTHS, Quantity.count(188), "202", "6.9");
    projected(table, notes, "Cash seized", CASH_SEIZED, YEAR.quarter(1), Quantity.pounds("23756"), ElapsedBasis.QUARTERS, Quantity.pounds("68413"), "94304", "37.8");
    table.print(out);
    for (String note : notes) {
      out.println("  * " + note);
    }
  }

  private static void projected(
      TextTable table,
      List<String> notes,
      String metric,
      Metric measured,
      ReportingPeriod soFar,
      Quantity value,
      ElapsedBasis basis,
      Quantity lastYear,
      String printedProjection,
      String printedChange) {
    RunRateProjection projection = Projections.runRate(value, soFar, YEAR, basis);
    Change change = projection.changeFrom(lastYear);
    table.row(
        metric,
        soFar.label(),
        value.format(0, ROUNDING),
        projection.value().format(0, ROUNDING),
        lastYear.format(0, ROUNDING),
        CHANGE.format(change),
        "none",
        BANDS.rate(change, measured).value().map(Rating::status).map(RagStatus::name).orElse("not rated"),
        value.unit().format(new BigDecimal(printedProjection)) + ", " + printedChange + "%");
    ProjectionCheck projectionCheck =
        ProjectionCheck.of(new BigDecimal(printedProjection), projection, ROUNDING);
    if (!projectionCheck.isConsistent()) {
      Quantity implied = Quantity.of(projectionCheck.impliedObservedValue(), value.unit());
      notes.add(
          metric + ": printed projection " + value.unit().format(new BigDecimal(printedProjection))
              + " is not " + value.format(0, ROUNDING) + " x "
              + projection.share().reciprocal().toExactString()
              + " = " + projection.value().format(0, ROUNDING) + "; it implies " + implied.format(0, ROUNDING)
              + " so far: " + describe(projectionCheck.slips(), ProjectionSlip::description) + ".");
      Change printed = PercentageChange.between(lastYear, Quantity.of(projectionCheck.figure().published(), value.unit()));
      ChangeCheck followsFromPrinted = ChangeCheck.of(new BigDecimal(printedChange), printed, ROUNDING);
      notes.add(
          metric + ": printed change " + printedChange + "% "
              + (followsFromPrinted.isConsistent() ? "follows from the printed projection" : "does not follow from the printed projection either")
              + "; from the right projection it is " + CHANGE.format(change) + ".");
      return;
    }
    ChangeCheck changeCheck = ChangeCheck.of(new BigDecimal(printedChange), change, ROUNDING);
    if (!changeCheck.isConsistent()) {
      notes.add(
          metric + ": printed " + printedChange + "% but the change is "
              + changeCheck.figure().expected() + "% ("
              + change.relative().orElseThrow().percent(3, ROUNDING) + "%); the printed figure is "
              + describe(changeCheck.slips(), ChangeSlip::description) + ".");
    }
  }

  private static <T> String describe(Set<T> slips, Function<T, String> description) {
    if (slips.isEmpty()) {
      return "not explained by any known slip";
    }
    return slips.stream().map(description).collect(Collectors.joining(" or "));
  }

  private static void printLocalTargets(PrintStream out) {
    out.println("Local delivery of national targets");
    TextTable table = new TextTable("Metric", "Area", "2022/23", "Target", "Due", "Change needed", "Gap");
    Metric inTreatment = NationalMetrics.NUMBERS_IN_TREATMENT;
    treatment(table, "Adults in treatment", inTreatment, "BCP", 2590, 2700);
    treatment(table, "Adults in treatment", inTreatment, "Dorset", 1889, 1942);
    treatment(table, "Adults in treatment", inTreatment, "Pan-Dorset", panDorset(FinancialYear.of(2022), 2590, 1889), panDorset(YEAR, 2700, 1942));
    treatment(table, "Young people in treatment", inTreatment, "BCP", 86, 120);
    treatment(table, "Young people in treatment", inTreatment, "Dorset", 102, 75);
    treatment(table, "Residential rehab placements", RESIDENTIAL_REHAB, "BCP", 30, 30);
    treatment(table, "Residential rehab placements", RESIDENTIAL_REHAB, "Dorset", 16, 16);
    table.print(out);
    out.println("  RAG: not rated; the report gives no in-year " + YEAR + " figure to judge these targets by.");

    out.println();
    out.println("Continuity of care against the national ambition of 75% by 2024/25");
    TextTable care = new TextTable("Area", "2022/23", "Gap to 75%", "On a straight line, 2023/24");
    FinancialYear due = FinancialYear.of(2024);
    for (String[] area : new String[][] {{"BCP", "45.2"}, {"Dorset", "67.7"}}) {
      Baseline baseline = Baseline.of(FinancialYear.of(2022), Quantity.percent(area[1]));
      Target target = Target.reach(Quantity.percent("75"), due);
      Attainment attainment = target.attainmentOf(baseline.value(), NationalMetrics.CONTINUITY_OF_CARE_PRISON).orElseThrow();
      Quantity expected = Trajectory.linear(baseline, target, ElapsedBasis.QUARTERS).expectedAt(YEAR);
      care.row(
          area[0],
          baseline.value().format(1, ROUNDING),
          attainment.gap().toDifferenceString().replace("+", ""),
          expected.format(1, ROUNDING));
    }
    care.print(out);

    out.println();
    Change deaths = PercentageChange.between(Quantity.count(59), Quantity.count(55));
    ChangeSignificance test = PoissonChange.test(59, 55, ConfidenceLevel.NINETY_FIVE);
    out.println(
        "Drug-related deaths, pan-Dorset: 59 registered in " + CalendarYear.of(2021) + ", 55 in "
            + CalendarYear.of(2022) + " (provisional): " + CHANGE.format(deaths) + ", "
            + DirectionOfTravel.from(deaths, NationalMetrics.DRUG_MISUSE_DEATHS).judgement().name().toLowerCase(Locale.ROOT)
            + " in direction but "
            + (test.isSignificant()
                ? "a significant change, " + test.judgement(NationalMetrics.DRUG_MISUSE_DEATHS).name().toLowerCase(Locale.ROOT)
                : "no significant change")
            + " (exact conditional binomial test, p = "
            + BigDecimal.valueOf(test.pValue().orElseThrow()).setScale(2, RoundingMode.HALF_UP) + ").");
  }

  /** The pan-Dorset partnership's count, pooled from its two authorities' measurements. */
  private static long panDorset(FinancialYear year, long bcp, long dorset) {
    Metric metric = NationalMetrics.NUMBERS_IN_TREATMENT;
    Quantity pooled =
        Aggregation.aggregate(
            Areas.PAN_DORSET_CDP,
            Areas.hierarchy(),
            List.of(
                Measurement.of(metric, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, year, Count.of(bcp)),
                Measurement.of(metric, Areas.DORSET, year, Count.of(dorset))))
            .orElseThrow()
            .measurement()
            .value()
            .quantity();
    return pooled.toDecimal(0, RoundingMode.UNNECESSARY).longValueExact();
  }

  private static void treatment(
      TextTable table, String metric, Metric measured, String area, long actual, long target) {
    Target goal = Target.reach(Quantity.count(target), YEAR);
    Attainment attainment = goal.attainmentOf(Quantity.count(actual), measured).orElseThrow();
    table.row(
        metric,
        area,
        Quantity.count(actual).format(0, ROUNDING),
        Quantity.count(target).format(0, ROUNDING),
        YEAR.label(),
        CHANGE.format(PercentageChange.between(Quantity.count(actual), Quantity.count(target))),
        attainment.met() ? "met" : CHANGE.signedAmount(attainment.shortfall()).substring(1) + " to go");
  }

  private static void printPanelScorecard(PrintStream out) {
    out.println("Police and Crime Panel, July 2024: continuity of care in May 2024, 5-point amber tolerance");
    TargetToleranceScheme scheme = TargetToleranceScheme.of(Tolerance.points(new BigDecimal("5")));
    TextTable table = new TextTable("Area", "Target", "Actual", "RAG", "Decided by");
    FinancialYear year = FinancialYear.of(2024);
    for (String[] area : new String[][] {{"Dorset", "58", "55"}, {"BCP", "57", "60"}}) {
      Rating rated =
          scheme
              .rate(
                  Quantity.percent(area[2]),
                  Target.reach(Quantity.percent(area[1]), year),
                  NationalMetrics.CONTINUITY_OF_CARE_PRISON)
              .orElseThrow();
      table.row(area[0], area[1] + "%", area[2] + "%", rated.status().name(), rated.crossed().toString());
    }
    table.print(out);
  }
}
