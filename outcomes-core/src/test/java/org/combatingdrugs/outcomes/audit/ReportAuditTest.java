package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.junit.jupiter.api.Test;

/** Each verdict, slip and reason of the audit, on small printed figures worked out by hand. */
class ReportAuditTest {

  private static final FinancialYear YEAR = FinancialYear.of(2023);

  private static Finding audit(ReportItem item) {
    return ReportAudit.of(PrintedReport.of("Test report", List.of(item))).findings().get(0);
  }

  @Test
  void test_of_otherRoundingNamesTheModes() {
    // 29/400 = 7.25% exactly: half up prints 7.3; half down, half even and truncation print 7.2.
    Finding tie = audit(PrintedChange.of("Tie", "7.2%", "400", "429"));
    assertThat(tie.slips()).containsExactly(Slip.OTHER_ROUNDING);
    assertThat(tie)
        .hasToString(
            "Tie: printed 7.2% for 400 → 429, which is +7.3%: rounded another way (DOWN, FLOOR,"
                + " HALF_DOWN or HALF_EVEN)");
  }

  @Test
  void test_of_ratioPrintedForTheChange() {
    // 1,036 / 964 = 107.47%.
    assertThat(audit(PrintedChange.of("SOC", "107.5%", "964", "1036")).slips())
        .containsExactly(Slip.RATIO_FOR_CHANGE);
  }

  @Test
  void test_of_transposedBase() {
    // (202 - 818) / 818 = -75.31%: the base 188 typed as 818.
    Finding finding = audit(PrintedChange.of("Crimes", "-75.3%", "188", "202"));
    assertThat(finding)
        .hasToString(
            "Crimes: printed -75.3% for 188 → 202, which is +7.4%: computed from an input with two"
                + " adjacent digits swapped (the base 188 taken as 818)");
  }

  @Test
  void test_of_transposedFigure() {
    // 80 -> 100 is +25%, printed 52%.
    assertThat(audit(PrintedChange.of("Arrests", "52%", "80", "100")).explanations())
        .containsExactly(new Explanation(Slip.FIGURE_TRANSPOSED, "it should print 25%"));
    // 38 x 4 = 152, printed 125.
    Finding projection =
        audit(
            PrintedProjection.of(
                "Arrests, projected", "125", "38", YEAR.quarter(1), YEAR, ElapsedBasis.QUARTERS));
    assertThat(projection.explanations())
        .containsExactly(new Explanation(Slip.FIGURE_TRANSPOSED, "it should print 152"));
  }

  @Test
  void test_of_pointsAndPercentagesConfused() {
    // 45.2% -> 29.8% is -15.4 points and -15.4 / 45.2 = -34.07%.
    Finding percent = audit(PrintedChange.of("Continuity of care", "-15.4%", "45.2%", "29.8%"));
    assertThat(percent)
        .hasToString(
            "Continuity of care: printed -15.4% for 45.2% → 29.8%, which is -34.1%: the change in"
                + " percentage points printed as a percentage change");
    Finding points = audit(PrintedPointsChange.of("Continuity of care", "-34.1", "45.2%", "29.8%"));
    assertThat(points)
        .hasToString(
            "Continuity of care: printed -34.1 points for 45.2% → 29.8%, which is -15.4 points: the"
                + " percentage change printed as percentage points");
    assertThat(
            audit(PrintedPointsChange.of("Continuity of care", "-15.4", "45.2%", "29.8%"))
                .isConsistent())
        .isTrue();
  }

  @Test
  void test_of_signReversed() {
    // 774 -> 750 is -3.1%.
    assertThat(audit(PrintedChange.of("Burglary", "3.1%", "774", "750")).slips())
        .containsExactly(Slip.SIGN_REVERSED);
    // 100 - 20 + 30 = 110; with the -20 added as +20 it is 150.
    Finding total = audit(PrintedTotal.of("Budget", "150", "100", "-20", "30"));
    assertThat(total.explanations())
        .containsExactly(new Explanation(Slip.SIGN_REVERSED, "the part -20 taken as 20"));
  }

  @Test
  void test_of_decimalPointMisplaced() {
    // 73 / 2,000 = 3.65%, printed 365%; 73 per 2,000 people is 36.5 per 1,000, printed 0.365.
    assertThat(audit(PrintedShare.of("Share", "365%", "73", "2,000")))
        .hasToString(
            "Share: printed 365% for 73 of 2,000, which is 4%: the decimal point dropped or"
                + " misplaced (the right figure × 100)");
    assertThat(audit(PrintedRate.of("Rate", "0.365 per 1,000", "73", "2,000")).explanations())
        .containsExactly(new Explanation(Slip.DECIMAL_POINT_MISPLACED, "the right figure ÷ 100"));
  }

  @Test
  void test_of_noExplanationIsInvented() {
    Finding finding = audit(PrintedChange.of("Burglary", "12.0%", "774", "750"));
    assertThat(finding.verdict()).isEqualTo(Verdict.UNEXPLAINED);
    assertThat(finding.slips()).isEmpty();
    assertThat(finding)
        .hasToString(
            "Burglary: printed 12.0% for 774 → 750, which is -3.1%: no consistent explanation");
  }

  @Test
  void test_of_changeCountPairsWithoutTheirBase() {
    // 200/b in [66.55, 66.65) needs 3.0008 < b <= 3.0053: no base; truncated, [66.6, 66.7) allows
    // 3.
    assertThat(audit(PrintedChangeCount.of("Pair", "+66.6%", "(+2)")))
        .hasToString(
            "Pair: printed +66.6% (+2): no whole base fits: truncated, not rounded (a base of 3"
                + " fits)");
    // A rise printed with a fall: with the sign reversed the bases are those of -3.1% (-24).
    assertThat(audit(PrintedChangeCount.of("Pair", "+3.1%", "(-24)")))
        .hasToString(
            "Pair: printed +3.1% (-24): no whole base fits: the sign reversed (a base of 762 to 786"
                + " fits)");
    // 103.1% is the ratio: the change is 3.1%.
    assertThat(audit(PrintedChangeCount.of("Pair", "103.1%", "(+24)")).slips())
        .containsExactly(Slip.RATIO_FOR_CHANGE);
    // -400% (-24) needs the base 6, below the fall of 24; -24 / 6 is the change over the later
    // value of a base of 30.
    assertThat(audit(PrintedChangeCount.of("Pair", "-400%", "(-24)")))
        .hasToString(
            "Pair: printed -400% (-24): no whole base fits: the change divided by the later value"
                + " instead of the base (a base of 30 fits)");
  }

  @Test
  void test_of_changeCountPairsWithTheirBase() {
    assertThat(audit(PrintedChangeCount.of("Pair", "-3.1%", "(-24)", "774")))
        .hasToString(
            "Pair: printed -3.1% (-24) on a base of 774: consistent; a base of 762 to 786 fits");
    // -24 / 774 = -3.1008% rounds away from zero (UP, or FLOOR) to -3.2%; -24 / 750 = -3.2%; and
    // 747 (774 with the 7 and 4 swapped) lies among the bases of -3.2% (-24): 2400/3.25 = 738.46 <
    // b <= 2400/3.15 = 761.90. Three slips, each alone, give the printed figure.
    assertThat(audit(PrintedChangeCount.of("Pair", "-3.2%", "(-24)", "774")))
        .hasToString(
            "Pair: printed -3.2% (-24) on a base of 774, which is -3.1%: rounded another way (UP or"
                + " FLOOR); or the change divided by the later value instead of the base; or"
                + " computed from an input with two adjacent digits swapped (the base 774 taken as"
                + " 747); a base of 739 to 761 fits");
  }

  @Test
  void test_of_notCheckableSaysWhy() {
    // 150 x [1.395, 1.405) = [209.25, 210.75): the later value 210.
    assertThat(audit(PrintedChange.withoutCurrent("Deaths", "40%", "150")))
        .hasToString(
            "Deaths: printed 40% from a base of 150, with no later value: not checkable, since the"
                + " later value is not given; a later value of 210 fits");
    assertThat(audit(PrintedChange.of("Deaths", "5%", "0", "5")).reason())
        .contains(NotCheckableReason.ZERO_BASE);
    // 15000/57.75 = 259.74 < total <= 15000/57.65 = 260.19.
    assertThat(audit(PrintedShare.withoutTotal("Victims kept informed", "57.7%", "150")))
        .hasToString(
            "Victims kept informed: printed 57.7% for a count of 150, with no total: not checkable,"
                + " since the total is not given; a total of 260 fits");
    // 8,178,000/7.85 = 1,041,783.4 < population <= 8,178,000/7.75 = 1,055,225.8.
    assertThat(audit(PrintedRate.withoutPopulation("In treatment", "7.8 per 1,000", "8,178")))
        .hasToString(
            "In treatment: printed 7.8 per 1,000 for 8,178, with no population: not checkable,"
                + " since the population is not given; a population of 1,041,784 to 1,055,225"
                + " fits");
  }

  @Test
  void test_of_consistentWithinTheRoundingOfTheInputs() {
    // As printed 45.2% -> 29.8% is -34.07%; with 45.25% -> 29.75% it is -34.25%, and anything
    // between: -34.2% is one of them.
    Finding change = audit(PrintedChange.of("Continuity of care", "-34.2%", "45.2%", "29.8%"));
    assertThat(change.isConsistent()).isTrue();
    assertThat(change.isWithinInputRounding()).isTrue();
    // 6% + 30% may be anything in [35%, 37%), and 37% stands for [36.5%, 37.5%).
    assertThat(audit(PrintedTotal.of("Drinking at risk", "37%", "6%", "30%")))
        .hasToString(
            "Drinking at risk: printed 37% for its parts 6% + 30% = 36% (35% ≤ true sum < 37%):"
                + " consistent within the rounding of its inputs");
  }

  @Test
  void test_of_gapsRatesAndShares() {
    assertThat(audit(PrintedGap.of("Continuity of care, BCP", "29.8", "45.2%", "75%")))
        .hasToString(
            "Continuity of care, BCP: printed 29.8 between 45.2% and the target 75%, which is 29.8:"
                + " consistent");
    // 75 - 42.5 = 32.5: the value 45.2% typed as 42.5%.
    assertThat(
            audit(PrintedGap.of("Continuity of care, BCP", "32.5", "45.2%", "75%")).explanations())
        .containsExactly(new Explanation(Slip.INPUT_TRANSPOSED, "the value 45.2% taken as 42.5%"));
    // 8,178 / 1,048,462 = 7.80 per 1,000; 8,718 / 1,048,462 = 8.31 per 1,000.
    assertThat(
            audit(PrintedRate.of("In treatment", "7.8 per 1,000", "8,178", "1,048,462"))
                .isConsistent())
        .isTrue();
    assertThat(
            audit(PrintedRate.of("In treatment", "8.3 per 1,000", "8,178", "1,048,462"))
                .explanations())
        .containsExactly(new Explanation(Slip.INPUT_TRANSPOSED, "the count 8,178 taken as 8,718"));
    assertThat(audit(PrintedShare.withoutInputs("Satisfied", "57.7%")).reason())
        .contains(NotCheckableReason.NO_INPUTS);
  }

  @Test
  void test_of_figureRestingOnAnotherWithNoSingleRightValue() {
    PrintedReport report =
        PrintedReport.of(
                "Test report",
                List.of(
                    PrintedShare.withoutCount("Reviews upheld", "73.9%", "114"),
                    PrintedChange.of("Reviews upheld, change", "+10%", "73.9%", "81.3%")))
            .withInputFrom("Reviews upheld, change", "Reviews upheld");
    Finding change = ReportAudit.of(report).finding("Reviews upheld, change");
    assertThat(change.restsOn()).containsExactly("Reviews upheld");
    assertThat(change.corrected()).isEmpty();
    assertThat(change)
        .hasToString(
            "Reviews upheld, change: printed +10% for 73.9% → 81.3%, which is +10%: consistent, but"
                + " it rests on Reviews upheld, which does not follow from the inputs printed");
  }

  @Test
  void test_toString_listsTheSummaryThenEachFinding() {
    ReportAudit audit =
        ReportAudit.of(
            PrintedReport.of(
                "Test report",
                List.of(
                    PrintedChange.of("Arrests", "90%", "80", "152"),
                    PrintedChange.withoutInputs("Offences", "-7%"))));
    assertThat(audit)
        .hasToString(
            "Audit of Test report: 2 figures, 1 checked: 1 consistent, 0 with slips, none"
                + " unexplained; 1 not checkable (1 no inputs)\n"
                + "- Arrests: printed 90% for 80 → 152, which is +90%: consistent\n"
                + "- Offences: printed -7%, with no inputs: not checkable, since no inputs are"
                + " printed with it");
  }
}
