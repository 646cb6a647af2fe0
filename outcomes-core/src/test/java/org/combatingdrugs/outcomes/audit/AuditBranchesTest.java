package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.calc.Projections;
import org.combatingdrugs.outcomes.calc.RunRateProjection;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.junit.jupiter.api.Test;

/**
 * The audit's less common branches, each worked by hand: figures that follow from their inputs
 * only within the inputs' rounding, zero bases, sign and decimal-point slips, truncated
 * projections, and figures resting on one no slip explains.
 */
class AuditBranchesTest {

  private static final FinancialYear YEAR = FinancialYear.of(2023);

  private static Finding audit(ReportItem item) {
    return ReportAudit.of(PrintedReport.of("Test report", List.of(item))).findings().get(0);
  }

  private static void assertWithinRounding(ReportItem item) {
    Finding finding = audit(item);
    assertThat(finding.verdict()).as(item.label()).isEqualTo(Verdict.CONSISTENT);
    assertThat(finding.isConsistent()).isTrue();
    assertThat(finding.isWithinInputRounding()).as(item.label()).isTrue();
  }

  @Test
  void test_share_consistentOnlyWithinACountsOrATotalsRounding() {
    // 1.6k is 1,550 to 1,650: of 2,600 that is 59.6% to 63.5%, which holds 61% but not 1,600 / 2,600
    // = 61.54%.
    assertWithinRounding(PrintedShare.of("Rounded count", "61%", "1.6k", "2,600"));
    // 2.6k is 2,550 to 2,650: 150 of it is 5.66% to 5.88%, which holds 5.7% but not 150 / 2,600 =
    // 5.77%.
    assertWithinRounding(PrintedShare.of("Rounded total", "5.7%", "150", "2.6k"));
  }

  @Test
  void test_gap_consistentOnlyWithinAValuesOrATargetsRounding() {
    // 2,700 − [2,550, 2,650) = (50, 150]: holds 150, not 2,700 − 2,600 = 100.
    assertWithinRounding(PrintedGap.of("Rounded value", "150", "2.6k", "2,700"));
    // [2,650, 2,750) − 2,590 = [60, 160): holds 150, not 110.
    assertWithinRounding(PrintedGap.of("Rounded target", "150", "2,590", "2.7k"));
  }

  @Test
  void test_change_consistentOnlyWithinABasesOrALaterValuesRounding() {
    // 2,700 on [2,550, 2,650) is +1.9% to +5.9%: holds +5%, not 2,700 / 2,600 − 1 = +3.8%.
    assertWithinRounding(PrintedChange.of("Rounded base", "5%", "2.6k", "2,700"));
    // [2,650, 2,750) on 2,600 is +1.9% to +5.8%: holds +5%, not +3.8%.
    assertWithinRounding(PrintedChange.of("Rounded later value", "5%", "2,600", "2.7k"));
  }

  @Test
  void test_projection_consistentOnlyWithinTheObservedValuesRounding() {
    // 2.4k in Q1 is 2,350 to 2,450, × 4 = 9,400 to 9,800: holds 9,700, not 9,600.
    assertWithinRounding(PrintedProjection.of("Rounded observed", "9,700", "2.4k", YEAR.quarter(1), YEAR, ElapsedBasis.QUARTERS));
    Finding exact = audit(PrintedProjection.of("Whole observed", "9,700", "2,400", YEAR.quarter(1), YEAR, ElapsedBasis.QUARTERS));
    assertThat(exact.isConsistent()).isFalse();
  }

  @Test
  void test_projection_truncatedByDays() {
    // 38 × 366 / 91 = 152.83…: 152 is truncated.
    Finding finding = audit(PrintedProjection.of("By days", "152", "38", YEAR.quarter(1), YEAR, ElapsedBasis.DAYS));
    assertThat(finding.verdict()).isEqualTo(Verdict.SLIPS);
    assertThat(finding.isConsistent()).isFalse();
    assertThat(finding.slips()).containsExactly(Slip.TRUNCATED);
  }

  @Test
  void test_zeroBases_areNotCheckable() {
    assertThat(audit(PrintedChange.withoutCurrent("Change", "10%", "0")).reason()).contains(NotCheckableReason.ZERO_BASE);
    assertThat(audit(PrintedChangeCount.of("Count", "10%", "5", "0")).reason()).contains(NotCheckableReason.ZERO_BASE);
    assertThat(audit(PrintedRate.withoutCount("Rate", "7.8 per 1,000", "0")).reason()).contains(NotCheckableReason.ZERO_BASE);
    assertThat(audit(PrintedShare.withoutCount("Share", "57.7%", "0")).reason()).contains(NotCheckableReason.ZERO_BASE);
    assertThat(audit(PrintedShare.of("Share of none", "57.7%", "0", "0")).reason()).contains(NotCheckableReason.ZERO_BASE);
  }

  @Test
  void test_signAndDecimalPointSlips() {
    // 774 → 750 is −3.1%; printed 3.1%.
    Finding reversed = audit(PrintedChange.of("Burglary", "3.1%", "774", "750"));
    assertThat(reversed.slips()).containsExactly(Slip.SIGN_REVERSED);
    assertThat(reversed.item()).isEqualTo(PrintedChange.of("Burglary", "3.1%", "774", "750"));
    // 964 → 1,036 is +7.4688…%; printed 7,469%, the right figure × 1,000.
    Finding shifted = audit(PrintedChange.of("Crime", "7,469%", "964", "1,036"));
    assertThat(shifted.slips()).containsExactly(Slip.DECIMAL_POINT_MISPLACED);
    assertThat(shifted.explanations()).extracting(Explanation::detail).containsExactly("the right figure × 1,000");
  }

  @Test
  void test_noChange_printsWithoutASign() {
    assertThat(audit(PrintedChange.of("Flat", "1%", "1,000", "1,000")).toString()).contains("which is 0%:");
    assertThat(ChangeCheck.of(new BigDecimal("0.0"), PercentageChange.between(Quantity.count(5), Quantity.count(5)), RoundingMode.HALF_UP))
        .hasToString("printed 0.0% for 5 → 5, which is 0.0%: consistent");
  }

  @Test
  void test_restingOn_anUnexplainedFigureCorrectsTheChange() {
    PrintedReport report =
        PrintedReport.of(
                "Test report",
                List.of(
                    PrintedProjection.of("Cash, projected", "£99,999", "£23,756", YEAR.quarter(1), YEAR, ElapsedBasis.QUARTERS),
                    PrintedChange.of("Cash", "46.2%", "£68,413", "£99,999")))
            .withInputFrom("Cash", "Cash, projected");
    ReportAudit audit = ReportAudit.of(report);
    assertThat(audit.report()).isEqualTo(report);
    assertThat(audit.finding("Cash, projected").verdict()).isEqualTo(Verdict.UNEXPLAINED);
    Finding change = audit.finding("Cash");
    assertThat(change.restsOn()).containsExactly("Cash, projected");
    // £23,756 × 4 = £95,024; £68,413 → £95,024 is 2,661,100 / 68,413 %.
    assertThat(change.corrected()).contains(Exact.of(2_661_100, 68_413));
  }

  @Test
  void test_figureCheck_boundsOfScaleDigitsAndMode() {
    assertThat(FigureCheck.of(new BigDecimal("1E+15"), Exact.of(1_000_000_000_000_000L), RoundingMode.HALF_UP).isConsistent()).isTrue();
    assertThat(FigureCheck.of(new BigDecimal(BigInteger.ONE, 30), Exact.of(BigInteger.ONE, BigInteger.TEN.pow(30)), RoundingMode.HALF_UP).isConsistent())
        .isTrue();
    assertThatThrownBy(() -> FigureCheck.of(new BigDecimal("1E+16"), Exact.ONE, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("published must be printed to between 10^15 and 10^-30 but had scale -16");
    assertThatThrownBy(() -> FigureCheck.of(new BigDecimal(BigInteger.ONE, 31), Exact.ONE, RoundingMode.HALF_UP))
        .hasMessage("published must be printed to between 10^15 and 10^-30 but had scale 31");
    BigDecimal sixty = new BigDecimal("1".repeat(60));
    assertThat(FigureCheck.of(sixty, Exact.of(sixty), RoundingMode.HALF_UP).isConsistent()).isTrue();
    assertThatThrownBy(() -> FigureCheck.of(new BigDecimal("1".repeat(61)), Exact.ONE, RoundingMode.HALF_UP))
        .hasMessage("published must have at most 60 digits but had 61");
    assertThatThrownBy(() -> FigureCheck.of(new BigDecimal("0.3"), Exact.of(1, 3), RoundingMode.UNNECESSARY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mode must be a rounding mode but was UNNECESSARY");
    assertThatThrownBy(() -> new FigureCheck(new BigDecimal("7.4"), Exact.of(7, 1), RoundingMode.HALF_UP, new BigDecimal("7.4")))
        .hasMessage("expected must be exact 7 rounded HALF_UP to 1 decimals but was 7.4");
  }

  @Test
  void test_figureCheck_showsAnExactDecimalInFullUpToThreeMorePlaces() {
    assertThat(FigureCheck.of(new BigDecimal("7.4"), Exact.of(74_688, 10_000), RoundingMode.HALF_UP))
        .hasToString("printed 7.4 but 7.5 expected (7.4688 rounded HALF_UP); rounding DOWN or FLOOR prints 7.4");
    assertThat(FigureCheck.of(new BigDecimal("7.4"), Exact.of(746_881, 100_000), RoundingMode.HALF_UP))
        .hasToString("printed 7.4 but 7.5 expected (7.4688… rounded HALF_UP); rounding DOWN or FLOOR prints 7.4");
  }

  @Test
  void test_projectionCheck_unitsAndANegativeFigure() {
    RunRateProjection lines = Projections.runRate(Quantity.count(38), YEAR.quarter(1), YEAR, ElapsedBasis.QUARTERS);
    assertThatThrownBy(() -> ProjectionCheck.of(PrintedFigure.parse("£152"), lines, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("printed must be in ")
        .hasMessageEndingWith(" like the projection 152 but was '£152'");
    FigureCheck other = FigureCheck.of(new BigDecimal("150"), Exact.of(150), RoundingMode.HALF_UP);
    assertThatThrownBy(() -> new ProjectionCheck(lines, other))
        .hasMessage("figure must check the projection 152 but checked 150");
    // -152 implies an observed -38: no digits of 38 or 152 swapped, whatever the sign.
    assertThat(ProjectionCheck.of(PrintedFigure.parse("-152"), lines, RoundingMode.HALF_UP).slips()).isEmpty();
  }

  @Test
  void test_transpositions_refuseNegativesAndSwapEachAdjacentPair() {
    assertThatThrownBy(() -> Transpositions.isAdjacentTransposition(1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("written must be 0 or more but was -1");
    assertThat(Transpositions.adjacentSwaps(new BigDecimal("188"))).containsExactly(new BigDecimal("818"));
    assertThat(Transpositions.adjacentSwaps(new BigDecimal("123"))).containsExactly(new BigDecimal("213"), new BigDecimal("132"));
    assertThat(Transpositions.adjacentSwaps(new BigDecimal("105"))).containsExactly(new BigDecimal("150"));
    assertThat(Transpositions.adjacentSwaps(new BigDecimal("45.2"))).containsExactly(new BigDecimal("54.2"), new BigDecimal("42.5"));
    assertThat(Transpositions.adjacentSwaps(new BigDecimal("-12"))).containsExactly(new BigDecimal("-21"));
    assertThat(Transpositions.adjacentSwaps(new BigDecimal("11"))).isEmpty();
  }

  @Test
  void test_limits_labelOfTwoHundredAndRangesWithinTenToTheTwoHundred() {
    assertThat(PrintedChange.withoutInputs("x".repeat(200), "7%").label()).hasSize(200);
    assertThatThrownBy(() -> WholeRange.between(BigInteger.ZERO, BigInteger.TEN.pow(201)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("upper must be within ±10^200 but had 202 digits");
  }
}
