package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.junit.jupiter.api.Test;

/**
 * The Dorset Police and Crime Panel pack with the Police and Crime Plan monitoring report for
 * Quarter 4 2023/24 ({@code seeds/004_6dd40a4f6d4a8ab3.txt}): every "change (count)" pair of the
 * "Additional Key Indicators", the revenue budget and reserves tables, and the shares printed in
 * the text.
 *
 * <p>For a pair {@code p% (c)} the base {@code b} must satisfy {@code c / b} in the interval that
 * prints as {@code p%}: half up, so {@code |p| - 0.05 <= |100c / b| < |p| + 0.05} at one decimal,
 * that is {@code 100|c| / (|p| + 0.05) < b <= 100|c| / (|p| - 0.05)}. Each comment works that out.
 */
class PanelQ4MonitoringAuditTest {

  private static WholeRange bases(String percent, String count) {
    return PrintedChangeCount.of("pair", percent, count).bases();
  }

  @Test
  void test_bases_everyChangeCountPairOfTheMonitoringPages() {
    // Non-dwelling burglary 23/24 (YTD): 2400/3.15 = 761.90 < b <= 2400/3.05 = 786.89.
    assertThat(bases("-3.1%", "(-24)")).isEqualTo(WholeRange.between(762, 786));
    // Dwelling burglary 23/24 (YTD): 1400/1.45 = 965.52 < b <= 1400/1.35 = 1,037.04.
    assertThat(bases("-1.4%", "(-14)")).isEqualTo(WholeRange.between(966, 1037));
    // ASB YTD, printed "(- 2,050)" with a space that PrintedFigure refuses: 205000/11.95 =
    // 17,154.81 < b <= 205000/11.85 = 17,299.58.
    assertThat(bases("-11.9%", "(-2,050)")).isEqualTo(WholeRange.between(17_155, 17_299));
    // Domestic abuse crimes: 67700/7.75 = 8,735.48 < b <= 67700/7.65 = 8,849.67.
    assertThat(bases("+7.7%", "(+677)")).isEqualTo(WholeRange.between(8736, 8849));
    // Domestic abuse incidents: 83200/7.75 = 10,735.48 < b <= 83200/7.65 = 10,875.82.
    assertThat(bases("+7.7%", "(+832)")).isEqualTo(WholeRange.between(10_736, 10_875));
    // Violence against the person: 51500/2.55 = 20,196.08 < b <= 51500/2.45 = 21,020.41.
    assertThat(bases("-2.5%", "(-515)")).isEqualTo(WholeRange.between(20_197, 21_020));
    // Crimes 'flagged' as rural: 4700/26.75 = 175.70 < b <= 4700/26.65 = 176.36: one base.
    assertThat(bases("-26.7%", "(-47)")).isEqualTo(WholeRange.of(176));
    // Recorded hate crime (YTD): 4200/4.55 = 923.08 < b <= 4200/4.45 = 943.82.
    assertThat(bases("-4.5%", "(-42)")).isEqualTo(WholeRange.between(924, 943));
    // Recorded hate incidents (YTD): 14600/15.95 = 915.36 < b <= 14600/15.85 = 921.14.
    assertThat(bases("+15.9%", "(+146)")).isEqualTo(WholeRange.between(916, 921));
    // Business crime (YTD): 88200/18.75 = 4,704 exactly, and 882/4,704 = 18.75% rounds half up to
    // 18.8%, so 4,704 is out: 4,704 < b <= 88200/18.65 = 4,729.22.
    assertThat(bases("+18.7%", "(+882)")).isEqualTo(WholeRange.between(4705, 4729));
    assertThat(bases("+18.7%", "(+882)").contains(4704)).isFalse();
  }

  @Test
  void test_bases_ruralEngagementEventsReadEitherWay() {
    // "... events in County (Q4) 90% (19)": the bracket is unsigned, so it is either a rise of 19
    // (+90% (+19)) or 19 events being 90% of a total. Both give 1900/90.5 = 20.99 < n <=
    // 1900/89.5 = 21.23: a base, or a total, of 21 (19 / 21 = 90.48%).
    assertThat(bases("90%", "(+19)")).isEqualTo(WholeRange.of(21));
    assertThat(ImpliedRanges.totalsOfShare(PrintedFigure.parse("90%"), PrintedFigure.parse("19")))
        .isEqualTo(WholeRange.of(21));
  }

  static final PrintedReport KEY_INDICATORS =
      PrintedReport.of(
          "Police and Crime Plan monitoring, Quarter 4 2023/24: additional key indicators",
          List.of(
              PrintedChangeCount.of("Non-dwelling burglary 23/24 (YTD)", "-3.1%", "(-24)"),
              PrintedChangeCount.of("Dwelling burglary 23/24 (YTD)", "-1.4%", "(-14)"),
              PrintedChange.withoutInputs("Killed or seriously injured (rolling)", "-9.6%"),
              PrintedChangeCount.of("ASB YTD", "-11.9%", "(-2,050)"),
              PrintedShare.withoutInputs("% people feeling safe in Dorset", "91%"),
              PrintedShare.withoutInputs("Victim satisfaction (kept informed)", "57.7%"),
              PrintedChangeCount.of("Domestic abuse crimes", "+7.7%", "(+677)"),
              PrintedChangeCount.of("Domestic abuse incidents", "+7.7%", "(+832)"),
              PrintedChangeCount.of("Violence against the person", "-2.5%", "(-515)"),
              PrintedChangeCount.of("Crimes 'flagged' as rural", "-26.7%", "(-47)"),
              PrintedChangeCount.of("Engagement events in county (Q4)", "90%", "(+19)"),
              PrintedChangeCount.of("Recorded hate crime (YTD)", "-4.5%", "(-42)"),
              PrintedChangeCount.of("Recorded hate incidents (YTD)", "+15.9%", "(+146)"),
              PrintedChangeCount.of("Business crime (YTD)", "+18.7%", "(+882)")));

  @Test
  void test_of_keyIndicatorsAreReconciledToTheirBases() {
    ReportAudit audit = ReportAudit.of(KEY_INDICATORS);
    assertThat(audit.finding("Non-dwelling burglary 23/24 (YTD)"))
        .hasToString(
            "Non-dwelling burglary 23/24 (YTD): printed -3.1% (-24): consistent; a base of 762 to"
                + " 786 fits");
    assertThat(audit.finding("Non-dwelling burglary 23/24 (YTD)").range())
        .contains(WholeRange.between(762, 786));
    assertThat(audit.finding("Business crime (YTD)"))
        .hasToString(
            "Business crime (YTD): printed +18.7% (+882): consistent; a base of 4,705 to 4,729"
                + " fits");
    assertThat(audit.finding("Crimes 'flagged' as rural"))
        .hasToString(
            "Crimes 'flagged' as rural: printed -26.7% (-47): consistent; a base of 176 fits");
    assertThat(audit.finding("Killed or seriously injured (rolling)"))
        .hasToString(
            "Killed or seriously injured (rolling): printed -9.6%, with no inputs: not checkable,"
                + " since no inputs are printed with it");
    assertThat(audit.summary())
        .hasToString(
            "14 figures, 11 checked: 11 consistent, 0 with slips, none unexplained; 3 not checkable"
                + " (3 no inputs)");
  }

  /** The revenue budget table, in thousands of pounds: a bracket there is a negative. */
  static final PrintedReport BUDGET =
      PrintedReport.of(
          "Police and Crime Plan monitoring, Quarter 4 2023/24: revenue budget and reserves",
          List.of(
              PrintedTotal.of(
                  "Total Chief Constable, original budget",
                  "£160,312k",
                  "-£24,895k",
                  "£135,821k",
                  "£44,738k",
                  "£4,649k"),
              PrintedTotal.of(
                  "Total Chief Constable, revised budget",
                  "£161,252k",
                  "-£29,834k",
                  "£140,633k",
                  "£45,766k",
                  "£4,687k"),
              PrintedTotal.of(
                  "Total Chief Constable, outturn",
                  "£161,565k",
                  "-£33,749k",
                  "£144,636k",
                  "£45,794k",
                  "£4,884k"),
              PrintedTotal.of(
                  "Total Chief Constable, variance",
                  "-£313k",
                  "£3,915k",
                  "-£4,003k",
                  "-£28k",
                  "-£197k"),
              PrintedTotal.of(
                  "Total net revenue expenditure, original budget",
                  "£163,280k",
                  "£160,312k",
                  "£2,968k"),
              PrintedTotal.of(
                  "Total net revenue expenditure, revised budget",
                  "£164,034k",
                  "£161,252k",
                  "£2,782k"),
              PrintedTotal.of(
                  "Total net revenue expenditure, outturn", "£164,347k", "£161,565k", "£2,782k"),
              PrintedTotal.of("Net budget, original", "£162,874k", "£163,280k", "-£406k"),
              PrintedTotal.of("Net budget, revised", "£162,874k", "£164,034k", "-£1,160k"),
              PrintedTotal.of("Net budget, outturn", "£163,187k", "£164,347k", "-£1,160k"),
              PrintedTotal.of(
                  "OPCC contributions to reserves (R5)",
                  "£0.272m",
                  "£0.203m",
                  "£0.030m",
                  "£0.039m"),
              PrintedTotal.of(
                  "Funding of the final variance (R6)", "£0.313m", "£0.090m", "£0.040m", "£0.183m"),
              PrintedShare.of(
                  "Final variance, share of the total net budget (R6)",
                  "0.19%",
                  "£0.313m",
                  "£162,874k"),
              PrintedShare.of(
                  "General balances, share of the net revenue expenditure (R6)",
                  "3.55%",
                  "£5,778k",
                  "£164,347k"),
              PrintedTotal.of("Capital programme variance", "£2.171m", "£1.859m", "£0.312m"),
              PrintedTotal.of(
                  "Capital programme revised budget", "£18.406m", "£16.235m", "£2.171m"),
              PrintedTotal.of(
                  "Total earmarked reserves, opening",
                  "£5,144k",
                  "£1,616k",
                  "£1,028k",
                  "£0k",
                  "£220k",
                  "£377k",
                  "£34k",
                  "£256k",
                  "£643k",
                  "£549k",
                  "£46k",
                  "£375k"),
              PrintedTotal.of(
                  "Total earmarked reserves, actual transfer",
                  "-£1,390k",
                  "-£797k",
                  "-£567k",
                  "£770k",
                  "£30k",
                  "£39k",
                  "£0k",
                  "£12k",
                  "£0k",
                  "-£549k",
                  "£0k",
                  "-£328k"),
              PrintedTotal.of(
                  "Total earmarked reserves, closing",
                  "£3,754k",
                  "£819k",
                  "£461k",
                  "£770k",
                  "£250k",
                  "£416k",
                  "£34k",
                  "£268k",
                  "£643k",
                  "£0k",
                  "£46k",
                  "£47k"),
              PrintedTotal.of("Total revenue reserves, closing", "£9,532k", "£3,754k", "£5,778k"),
              PrintedTotal.of("Total usable reserves, closing", "£13,149k", "£9,532k", "£3,617k")));

  @Test
  void test_of_budgetTablesAddUp() {
    ReportAudit audit = ReportAudit.of(BUDGET);
    // -24,895 + 135,821 + 44,738 + 4,649 = 160,313, one more than printed; each part stands for
    // up to £500 either way, so the true sum lies strictly between 160,311 and 160,315 (thousand).
    Finding original = audit.finding("Total Chief Constable, original budget");
    assertThat(original.isConsistent()).isTrue();
    assertThat(original.isWithinInputRounding()).isTrue();
    assertThat(original)
        .hasToString(
            "Total Chief Constable, original budget: printed £160,312k for its parts -£24,895k +"
                + " £135,821k + £44,738k + £4,649k = £160,313k (£160,311,000 < true sum <"
                + " £160,315,000): consistent within the rounding of its inputs");
    // -29,834 + 140,633 + 45,766 + 4,687 = 161,252; -33,749 + 144,636 + 45,794 + 4,884 = 161,565;
    // 3,915 - 4,003 - 28 - 197 = -313: as printed.
    assertThat(audit.finding("Total Chief Constable, revised budget").isWithinInputRounding())
        .isFalse();
    assertThat(audit.finding("Total Chief Constable, outturn").isConsistent()).isTrue();
    assertThat(audit.finding("Total Chief Constable, variance"))
        .hasToString(
            "Total Chief Constable, variance: printed -£313k for its parts £3,915k - £4,003k - £28k"
                + " - £197k = -£313k: consistent");
    // Opening 1,616 + 1,028 + 0 + 220 + 377 + 34 + 256 + 643 + 549 + 46 + 375 = 5,144; transfers
    // -797 - 567 + 770 + 30 + 39 + 12 - 549 - 328 = -1,390; closing 819 + 461 + 770 + 250 + 416 +
    // 34 + 268 + 643 + 0 + 46 + 47 = 3,754.
    assertThat(audit.finding("Total earmarked reserves, closing"))
        .hasToString(
            "Total earmarked reserves, closing: printed £3,754k for its 11 parts = £3,754k:"
                + " consistent");
  }

  @Test
  void test_of_generalBalancesAreNotAShareOfTheNetRevenueExpenditure() {
    ReportAudit audit = ReportAudit.of(BUDGET);
    // 313 / 162,874 = 0.1922% prints 0.19%, as printed.
    assertThat(audit.finding("Final variance, share of the total net budget (R6)").isConsistent())
        .isTrue();
    // 5,778 / 164,347 = 3.5157%, which prints 3.52%; even with every figure's rounding (£500 either
    // way) it stays within 3.5154% to 3.5160%. No slip the audit knows gives 3.55%.
    Finding balances = audit.finding("General balances, share of the net revenue expenditure (R6)");
    assertThat(balances.verdict()).isEqualTo(Verdict.UNEXPLAINED);
    assertThat(balances)
        .hasToString(
            "General balances, share of the net revenue expenditure (R6): printed 3.55% for £5,778k"
                + " of £164,347k, which is 3.52%: no consistent explanation");
    // Working back (in thousands): 577,800/3.555 = 162,531.6 < total <= 577,800/3.545 = 162,990.1.
    // The net budget, 162,874, is in that range; the net revenue expenditure, 164,347, is not.
    WholeRange totals =
        ImpliedRanges.totalsOfShare(PrintedFigure.parse("3.55%"), PrintedFigure.parse("5,778"));
    assertThat(totals).isEqualTo(WholeRange.between(162_532, 162_990));
    assertThat(totals.contains(162_874)).isTrue();
    assertThat(totals.contains(164_347)).isFalse();
    assertThat(audit.summary())
        .hasToString(
            "21 figures, 21 checked: 20 consistent, 0 with slips, 1 unexplained; 0 not checkable");
  }

  @Test
  void test_of_theOverviewsThreeHundredAndSixtyFivePercent_followsFromNoSingleSlip() {
    // "General Fund Balance to £5.778m, equivalent to 365% of Net Revenue Expenditure" (the Q4
    // financial overview): 5,778 / 164,347 = 3.5157%, ×100 = 351.6%, not 365%; against the net
    // budget, 5,778 / 162,874 = 3.5475%, ×100 = 354.7%. A dropped decimal point would print 352%
    // or 355%; 365% needs a second slip as well (a 5 typed as 6), so no one slip explains it.
    PrintedShare printed =
        PrintedShare.of("General Fund Balance, overview", "365%", "£5,778k", "£164,347k");
    Finding overview = ReportAudit.of(PrintedReport.of("Q4 overview", List.of(printed))).findings().get(0);
    assertThat(overview.verdict()).isEqualTo(Verdict.UNEXPLAINED);
    assertThat(overview)
        .hasToString(
            "General Fund Balance, overview: printed 365% for £5,778k of £164,347k, which is 4%:"
                + " no consistent explanation");
    // Had the report dropped only the decimal point of the 3.55% it prints in R6 (of the net
    // budget), the audit would name that slip.
    PrintedShare dropped =
        PrintedShare.of("General Fund Balance, point dropped", "355%", "£5,778k", "£162,874k");
    assertThat(ReportAudit.of(PrintedReport.of("Q4 overview", List.of(dropped))).findings().get(0).explanations())
        .containsExactly(new Explanation(Slip.DECIMAL_POINT_MISPLACED, "the right figure × 100"));
  }

  static final PrintedReport TEXT =
      PrintedReport.of(
          "Police and Crime Panel pack, July 2024: the PCC's reports",
          List.of(
              PrintedShare.withoutCount(
                  "Complaint reviews dealt with appropriately, 2023/24", "73.9%", "114"),
              PrintedShare.withoutCount("Op Snap footage used, 2023", "50%", "1,721"),
              PrintedShare.withoutTotal(
                  "Illicit drug use, aged 16 to 59, year ending March 2023", "9.5%", "3.1m"),
              PrintedTotal.of("Men in the South West drinking at risk", "36%", "6%", "30%"),
              PrintedTotal.of("Women in the South West drinking at risk", "19%", "6%", "13%"),
              PrintedChange.withoutInputs("Fatalities on the roads", "-11%"),
              PrintedRate.withoutInputs(
                  "Hospital admissions for substance misuse, under 25s, Dorset",
                  "996.6 per 100,000"),
              PrintedRate.withoutInputs(
                  "Alcohol related hospital admissions, BCP, 2020/21", "589 per 100,000")));

  @Test
  void test_of_sharesAndTotalsInTheText() {
    ReportAudit audit = ReportAudit.of(TEXT);
    // 73.9% of 114 is 84.2: 84/114 = 73.68% prints 73.7%, 85/114 = 74.56% prints 74.6%; no whole
    // count of 114 reviews prints 73.9%, and no slip the audit knows does.
    Finding reviews = audit.finding("Complaint reviews dealt with appropriately, 2023/24");
    assertThat(reviews.verdict()).isEqualTo(Verdict.UNEXPLAINED);
    assertThat(reviews.range()).contains(WholeRange.empty());
    assertThat(reviews)
        .hasToString(
            "Complaint reviews dealt with appropriately, 2023/24: printed 73.9% of a total of 114,"
                + " with no count: no whole count fits: no consistent explanation");
    // "almost 50%" of 1,721: 860.5 - 8.6 <= count < 860.5 + 8.6, so 852 to 869.
    assertThat(audit.finding("Op Snap footage used, 2023").range())
        .contains(WholeRange.between(852, 869));
    // "approximately 3.1 million people": a rounded count, so no whole total is worked back.
    Finding users = audit.finding("Illicit drug use, aged 16 to 59, year ending March 2023");
    assertThat(users.reason()).contains(NotCheckableReason.TOTAL_NOT_GIVEN);
    assertThat(users.range()).isEmpty();
    // 6% + 30% = 36% and 6% + 13% = 19%, as printed.
    assertThat(audit.finding("Men in the South West drinking at risk").isConsistent()).isTrue();
    assertThat(audit.finding("Women in the South West drinking at risk").isConsistent()).isTrue();
    assertThat(audit.summary())
        .hasToString(
            "8 figures, 3 checked: 2 consistent, 0 with slips, 1 unexplained; 5 not checkable (3 no"
                + " inputs, 1 count not given, 1 total not given)");
  }
}
