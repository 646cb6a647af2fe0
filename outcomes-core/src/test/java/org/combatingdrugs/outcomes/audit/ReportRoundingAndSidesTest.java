package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.junit.jupiter.api.Test;

/**
 * A report audited by the rounding it used, a gap on either side of its target, and a share's count
 * that cannot exceed its total: worked by hand.
 */
class ReportRoundingAndSidesTest {

  private static Finding audit(PrintedReport report) {
    return ReportAudit.of(report).findings().get(0);
  }

  private static PrintedReport report(ReportItem item) {
    return PrintedReport.of("Test report", List.of(item));
  }

  @Test
  void test_halfEvenReport_tieToTheEvenDigitIsConsistent() {
    // 8 → 9 is +12.5% exactly: half up prints 13%, half even prints 12%.
    PrintedReport report = report(PrintedChange.of("Tie", "+12%", "8", "9"));
    assertThat(audit(report).slips()).containsExactly(Slip.OTHER_ROUNDING);
    Finding halfEven = audit(report.roundedBy(RoundingMode.HALF_EVEN));
    assertThat(halfEven.verdict()).isEqualTo(Verdict.CONSISTENT);
    // Printed half up in a half-even report: +13% is then the other rounding.
    Finding up =
        audit(report(PrintedChange.of("Tie", "+13%", "8", "9")).roundedBy(RoundingMode.HALF_EVEN));
    assertThat(up.explanations())
        .containsExactly(new Explanation(Slip.OTHER_ROUNDING, "UP, CEILING or HALF_UP"));
  }

  @Test
  void test_truncatingReport_truncatedFigureIsConsistent_roundedOneIsNot() {
    // 964 → 1,036 is +7.4689%: truncation prints 7.4%, half up 7.5%.
    PrintedReport truncated = report(PrintedChange.of("SOC", "7.4%", "964", "1036"));
    assertThat(audit(truncated).slips()).containsExactly(Slip.TRUNCATED);
    assertThat(audit(truncated.roundedBy(RoundingMode.DOWN)).verdict())
        .isEqualTo(Verdict.CONSISTENT);
    PrintedReport rounded = report(PrintedChange.of("SOC", "7.5%", "964", "1036"));
    assertThat(audit(rounded.roundedBy(RoundingMode.DOWN)).slips())
        .containsExactly(Slip.OTHER_ROUNDING);
  }

  @Test
  void test_roundedBy_keepsLabelsAndLinks_refusesUnnecessary() {
    PrintedReport report = DorsetJuly2023AuditTest.REPORT;
    PrintedReport halfEven = report.roundedBy(RoundingMode.HALF_EVEN);
    assertThat(halfEven.inputsFrom()).isEqualTo(report.inputsFrom());
    assertThat(halfEven.items())
        .extracting(ReportItem::label)
        .isEqualTo(report.items().stream().map(ReportItem::label).toList());
    assertThat(halfEven.items())
        .allSatisfy(i -> assertThat(i.printed().rounding()).isEqualTo(RoundingMode.HALF_EVEN));
    assertThatThrownBy(() -> report.roundedBy(RoundingMode.UNNECESSARY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rounding must be a rounding mode but was UNNECESSARY");
  }

  @Test
  void test_printedFigure_intervalOfEachRounding() {
    assertThat(PrintedFigure.parse("7.4%", RoundingMode.DOWN))
        .hasToString("7.4%: 7.4% ≤ value < 7.5%, rounded DOWN");
    assertThat(PrintedFigure.parse("-7.4%", RoundingMode.DOWN))
        .hasToString("-7.4%: -7.5% < value ≤ -7.4%, rounded DOWN");
    assertThat(PrintedFigure.parse("0", RoundingMode.DOWN))
        .hasToString("0: -1 < value < 1, rounded DOWN");
    assertThat(PrintedFigure.parse("7.4%", RoundingMode.UP))
        .hasToString("7.4%: 7.3% < value ≤ 7.4%, rounded UP");
    assertThat(PrintedFigure.parse("0", RoundingMode.UP))
        .hasToString("0: 0 ≤ value ≤ 0, rounded UP");
    assertThat(PrintedFigure.parse("-7.4%", RoundingMode.CEILING))
        .hasToString("-7.4%: -7.5% < value ≤ -7.4%, rounded CEILING");
    assertThat(PrintedFigure.parse("-7.4%", RoundingMode.FLOOR))
        .hasToString("-7.4%: -7.4% ≤ value < -7.3%, rounded FLOOR");
    assertThat(PrintedFigure.parse("12", RoundingMode.HALF_EVEN))
        .hasToString("12: 11.5 ≤ value ≤ 12.5, rounded HALF_EVEN");
    assertThat(PrintedFigure.parse("13", RoundingMode.HALF_EVEN))
        .hasToString("13: 12.5 < value < 13.5, rounded HALF_EVEN");
    assertThat(PrintedFigure.parse("-13", RoundingMode.HALF_DOWN))
        .hasToString("-13: -13.5 ≤ value < -12.5, rounded HALF_DOWN");
    assertThat(PrintedFigure.parse("13")).hasToString("13: 12.5 ≤ value < 13.5");
  }

  @Test
  void test_printedFigure_roundsAndContainsByItsRounding_equalityCountsIt() {
    PrintedFigure truncated = PrintedFigure.parse("7.4%", RoundingMode.DOWN);
    Exact value = Exact.of(new BigDecimal("7.4689"));
    assertThat(truncated.contains(value)).isTrue();
    assertThat(PrintedFigure.parse("7.4%").contains(value)).isFalse();
    assertThat(truncated.round(value)).isEqualByComparingTo("7.4");
    assertThat(truncated.format(Exact.of(new BigDecimal("7.99")))).isEqualTo("7.9%");
    assertThat(truncated).isNotEqualTo(PrintedFigure.parse("7.4%"));
    assertThat(truncated.roundedBy(RoundingMode.HALF_UP)).isEqualTo(PrintedFigure.parse("7.4%"));
    assertThat(truncated.roundedBy(RoundingMode.DOWN)).isSameAs(truncated);
  }

  @Test
  void test_gapAbove_isConsistent_andTheSameFiguresBelowAreASignReversed() {
    // 78.0% is 3.0 points above 75%.
    Finding above = audit(report(PrintedGap.above("Continuity", "3.0", "78.0%", "75%")));
    assertThat(above.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(above)
        .hasToString(
            "Continuity: printed 3.0 between 78.0% and the target 75%, above it, which is 3.0:"
                + " consistent");
    Finding below = audit(report(PrintedGap.of("Continuity", "3.0", "78.0%", "75%")));
    assertThat(below.slips()).contains(Slip.SIGN_REVERSED);
    Finding short3 = audit(report(PrintedGap.above("Continuity", "3.0", "72.0%", "75%")));
    assertThat(short3.slips()).contains(Slip.SIGN_REVERSED);
  }

  @Test
  void test_gapAbove_transposedInput() {
    // 87 is 12 above 75; printed 3 above 75 as if the value were 78 (digits of 87 swapped).
    Finding finding = audit(report(PrintedGap.above("Arrests", "3", "87", "75")));
    assertThat(finding.explanations())
        .contains(new Explanation(Slip.INPUT_TRANSPOSED, "the value 87 taken as 78"));
  }

  @Test
  void test_share_countAboveItsTotalIsRefused_roundedOverlapIsNot() {
    assertThatThrownBy(() -> PrintedShare.of("Share", "70.3%", "944", "943"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be at most its total '943' but was '944'");
    // 1.2k may be 1,150, below a total of 1,180.
    assertThat(PrintedShare.of("Share", "97.5%", "1.2k", "1,180").count()).isPresent();
    assertThat(PrintedShare.of("Share", "100%", "943", "943").count()).isPresent();
    assertThatThrownBy(() -> PrintedShare.of("Share", "100%", "1.3k", "1,180"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be at most its total '1,180' but was '1.3k'");
  }
}
