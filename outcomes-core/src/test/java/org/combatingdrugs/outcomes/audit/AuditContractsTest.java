package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

/**
 * The audit's contracts at its boundary (issue 14): null is refused at once, bad input is refused
 * with an IllegalArgumentException naming the field and value, promptly, and the largest inputs
 * allowed give an answer.
 */
class AuditContractsTest {

  private static final PrintedReport REPORT =
      PrintedReport.of(
          "Test report",
          List.of(
              PrintedChange.of("Arrests", "90%", "80", "152"),
              PrintedShare.withoutInputs("Satisfied", "57.7%")));

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(String.class, "label")
        .setDefault(CharSequence.class, "7.4%")
        .setDefault(PrintedFigure.class, PrintedFigure.parse("7.4%"))
        .setDefault(ReportingPeriod.class, FinancialYear.of(2023))
        .setDefault(Exact.class, Exact.ONE)
        .setDefault(BigInteger.class, BigInteger.ONE)
        .setDefault(RoundingMode.class, RoundingMode.HALF_UP)
        .setDefault(ReportItem.class, PrintedChange.withoutInputs("label", "7.4%"))
        .setDefault(PrintedReport.class, REPORT)
        .setDefault(WholeRange.class, WholeRange.of(1))
        .setDefault(ExactInterval.class, ExactInterval.point(Exact.ONE));
  }

  @Test
  void test_publicEntryPoints_refuseNull() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            WholeRange.class,
            ExactInterval.class,
            ImpliedRanges.class,
            TotalCheck.class,
            Explanation.class,
            PrintedChange.class,
            PrintedPointsChange.class,
            PrintedChangeCount.class,
            PrintedProjection.class,
            PrintedGap.class,
            PrintedRate.class,
            PrintedShare.class,
            PrintedTotal.class,
            PrintedReport.class,
            AuditSummary.class,
            ReportAudit.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
  }

  @Test
  void test_instances_refuseNull() {
    NullPointerTester tester = tester();
    ReportAudit audit = ReportAudit.of(REPORT);
    tester.testAllPublicInstanceMethods(WholeRange.between(762, 786));
    tester.testAllPublicInstanceMethods(ExactInterval.point(Exact.ONE));
    tester.testAllPublicInstanceMethods(REPORT);
    tester.testAllPublicInstanceMethods(audit);
    tester.testAllPublicInstanceMethods(audit.summary());
    tester.testAllPublicInstanceMethods(audit.finding("Arrests"));
    tester.testAllPublicInstanceMethods(TotalCheck.of("36%", "6%", "30%"));
  }

  @Test
  void test_findings_areEqualWhenTheirAuditsAre() {
    new EqualsTester()
        .addEqualityGroup(
            ReportAudit.of(REPORT).finding("Arrests"), ReportAudit.of(REPORT).finding("Arrests"))
        .addEqualityGroup(ReportAudit.of(REPORT).finding("Satisfied"))
        .addEqualityGroup(new Explanation(Slip.TRUNCATED, ""), Explanation.of(Slip.TRUNCATED))
        .testEquals();
    assertThat(ReportAudit.of(REPORT).findings()).isEqualTo(ReportAudit.of(REPORT).findings());
  }

  @Test
  void test_items_refuseBadInputNamingIt() {
    assertThatThrownBy(() -> PrintedChange.withoutInputs(" ", "7%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("label must not be blank but was ' '");
    assertThatThrownBy(() -> PrintedChange.of("Arrests", "7.4", "1", "2"))
        .hasMessage("printed must be a percentage such as 7.4% but was '7.4'");
    assertThatThrownBy(() -> PrintedChange.of("Arrests", "7%", "-1", "2"))
        .hasMessage("base must be 0 or more but was '-1'");
    assertThatThrownBy(() -> PrintedChange.of("Arrests", "7%", "1", "£2"))
        .hasMessage("current must be in the unit of base '1' but was '£2'");
    assertThatThrownBy(() -> PrintedChangeCount.of("Burglary", "-3.1%", "(-24)", "10"))
        .hasMessage(
            "count must not take the base below zero, but base '10' and count '(-24)' would");
    assertThatThrownBy(() -> PrintedChangeCount.of("Burglary", "-3.1%", "(-24)", "£774"))
        .hasMessage("base must be in the unit of count '(-24)' but was '£774'");
    assertThatThrownBy(() -> PrintedPointsChange.of("Care", "-15.4", "45.2", "29.8%"))
        .hasMessage("base must be a percentage such as 7.4% but was '45.2'");
    assertThatThrownBy(() -> PrintedRate.withoutPopulation("Rate", "7.8%", "8,178"))
        .hasMessage("printed must be a rate such as 7.8 per 1,000 but was '7.8%'");
    assertThatThrownBy(() -> PrintedRate.of("Rate", "7.8 per 1,000", "8,178", "£1m"))
        .hasMessage("population must be a count but was '£1m'");
    assertThatThrownBy(() -> PrintedShare.of("Share", "57.7%", "150", "£260"))
        .hasMessage("total must be in the unit of count '150' but was '£260'");
    assertThatThrownBy(() -> PrintedGap.of("Gap", "29.8", "45.2%", "75"))
        .hasMessage("target must be in the unit of value '45.2%' but was '75'");
    FinancialYear year = FinancialYear.of(2023);
    assertThatThrownBy(
            () ->
                PrintedProjection.of(
                    "Rate",
                    "152",
                    "38",
                    year.quarter(1),
                    FinancialYear.of(2022),
                    ElapsedBasis.QUARTERS))
        .hasMessage("observed must lie within 2022/23 but was 2023/24 Q1");
  }

  @Test
  void test_report_refusesDuplicatesAndUnknownLinks() {
    assertThatThrownBy(
            () ->
                PrintedReport.of(
                    "R",
                    List.of(
                        PrintedChange.withoutInputs("A", "7%"),
                        PrintedChange.withoutInputs("A", "8%"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("items must have distinct labels but 'A' came twice");
    assertThatThrownBy(() -> REPORT.withInputFrom("Arrests", "Nowhere"))
        .hasMessage("inputsFrom names 'Nowhere', which is not an item of Test report");
    assertThatThrownBy(() -> REPORT.withInputFrom("Arrests", "Arrests"))
        .hasMessage("inputsFrom must not make 'Arrests' an input of itself");
    assertThatThrownBy(() -> REPORT.item("Nowhere"))
        .hasMessage("label must be an item of Test report but was 'Nowhere'");
    assertThatThrownBy(() -> ReportAudit.of(REPORT).finding("Nowhere"))
        .hasMessage("label must be an item of Test report but was 'Nowhere'");
    assertThat(REPORT).hasToString("Test report (2 figures)");
  }

  @Test
  void test_hostileSizes_areRefusedPromptly() {
    String huge = "x".repeat(1_000_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          assertThatThrownBy(() -> PrintedChange.withoutInputs(huge, "7%"))
              .hasMessage("label must be at most 200 characters but had 1000000");
          assertThatThrownBy(() -> PrintedReport.of(huge, List.of()))
              .hasMessage("name must be at most 200 characters but had 1000000");
          assertThatThrownBy(
                  () ->
                      PrintedReport.of(
                          "R", Collections.nCopies(20_000, PrintedChange.withoutInputs("A", "7%"))))
              .hasMessage("items must number at most 10000 but were 20000");
          CharSequence[] parts = Collections.nCopies(1_000_000, "1").toArray(new CharSequence[0]);
          assertThatThrownBy(() -> PrintedTotal.of("T", "1", parts))
              .hasMessage("parts must number 1 to 1000 but were 1000000");
          assertThatThrownBy(() -> new Explanation(Slip.TRUNCATED, huge))
              .hasMessage("detail must be at most 300 characters but had 1000000");
        });
  }

  @Test
  void test_largestFigures_areAuditedPromptly() {
    String digits = "9".repeat(30);
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          PrintedReport report =
              PrintedReport.of(
                  "Extremes",
                  List.of(
                      PrintedChangeCount.of(
                          "Tiny change", "0.00000000000000000000000000001%", "(+" + digits + ")"),
                      PrintedChange.of("Huge change", "1%", digits, digits),
                      PrintedShare.withoutTotal(
                          "Huge share", "0.00000000000000000000000000001%", digits),
                      PrintedRate.withoutPopulation(
                          "Huge rate",
                          "0.00000000000000000000000000001 per 999,999,999,999,999,999",
                          digits),
                      PrintedTotal.of(
                          "Huge total",
                          digits,
                          ImmutableList.copyOf(Collections.nCopies(1000, digits))
                              .toArray(new String[0]))));
          ReportAudit audit = ReportAudit.of(report);
          assertThat(audit.findings()).hasSize(5);
          assertThat(audit.finding("Huge change").verdict()).isEqualTo(Verdict.UNEXPLAINED);
          assertThat(audit.finding("Tiny change").range().orElseThrow().isEmpty()).isFalse();
          assertThat(audit.toString()).contains("Huge rate");
        });
  }
}
