package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.Collections;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.junit.jupiter.api.Test;

/** Every check each kind of printed item makes of its figures, each naming the figure it refuses. */
class ItemValidationTest {

  private static final String WHOLE = "a whole number or amount of pounds printed in full, such as 24 or (-24), but was";

  @Test
  void test_share_checksItsLabelPercentageCountAndTotal() {
    assertThat(PrintedShare.of("S", "12%", "5", "10").label()).isEqualTo("S");
    assertThatThrownBy(() -> PrintedShare.of(" ", "12%", "5", "10"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("label must not be blank but was ' '");
    assertThatThrownBy(() -> PrintedShare.of("S", "12", "5", "10"))
        .hasMessage("printed must be a percentage such as 7.4% but was '12'");
    assertThatThrownBy(() -> PrintedShare.of("S", "12%", "5%", "10"))
        .hasMessage("count must be a count or pounds but was '5%'");
    assertThatThrownBy(() -> PrintedShare.of("S", "12%", "-5", "10"))
        .hasMessage("count must be 0 or more but was '-5'");
    assertThatThrownBy(() -> PrintedShare.of("S", "12%", "5", "10 per 1,000"))
        .hasMessage("total must be a count or pounds but was '10 per 1,000'");
    assertThatThrownBy(() -> PrintedShare.of("S", "12%", "5", "-10"))
        .hasMessage("total must be 0 or more but was '-10'");
  }

  @Test
  void test_changeCount_checksItsLabelPercentageAndWholeFigures() {
    assertThatThrownBy(() -> PrintedChangeCount.of(" ", "-3.1%", "(-24)", "774"))
        .hasMessage("label must not be blank but was ' '");
    assertThatThrownBy(() -> PrintedChangeCount.of("B", "-3.1", "(-24)", "774"))
        .hasMessage("printed must be a percentage such as 7.4% but was '-3.1'");
    assertThatThrownBy(() -> PrintedChangeCount.of("B", "-3.1%", "2.5", "774"))
        .hasMessage("count must be " + WHOLE + " '2.5'");
    assertThatThrownBy(() -> PrintedChangeCount.of("B", "-3.1%", "(-24)", "774.5"))
        .hasMessage("base must be " + WHOLE + " '774.5'");
    assertThatThrownBy(() -> PrintedChangeCount.of("B", "-3.1%", "24", "-774"))
        .hasMessage("base must be 0 or more but was '-774'");
  }

  @Test
  void test_pointsChange_checksItsLabelPointsAndPercentages() {
    assertThat(PrintedPointsChange.of("C", "-15.4", "45.2%", "29.8%").label()).isEqualTo("C");
    assertThat(PrintedPointsChange.of("C", "-15.4%", "45.2%", "29.8%").label()).isEqualTo("C");
    assertThatThrownBy(() -> PrintedPointsChange.of(" ", "-15.4", "45.2%", "29.8%"))
        .hasMessage("label must not be blank but was ' '");
    assertThatThrownBy(() -> PrintedPointsChange.of("C", "-£15", "45.2%", "29.8%"))
        .hasMessage("printed must be a number of points such as -15.4 but was '-£15'");
    assertThatThrownBy(() -> PrintedPointsChange.of("C", "-15.4", "45.2%", "29.8"))
        .hasMessage("current must be a percentage such as 7.4% but was '29.8'");
    assertThatThrownBy(() -> PrintedPointsChange.of("C", "-15.4", "-45.2%", "29.8%"))
        .hasMessage("base must be 0 or more but was '-45.2%'");
    assertThatThrownBy(() -> PrintedPointsChange.of("C", "-15.4", "45.2%", "-29.8%"))
        .hasMessage("current must be 0 or more but was '-29.8%'");
  }

  @Test
  void test_gap_printedInTheValuesUnitOrInPoints() {
    assertThat(PrintedGap.of("G", "29.8", "45.2%", "75%").label()).isEqualTo("G");
    assertThat(PrintedGap.of("G", "29.8%", "45.2%", "75%").label()).isEqualTo("G");
    assertThat(PrintedGap.of("G", "110", "2,590", "2,700").label()).isEqualTo("G");
    assertThatThrownBy(() -> PrintedGap.of(" ", "29.8", "45.2%", "75%"))
        .hasMessage("label must not be blank but was ' '");
    assertThatThrownBy(() -> PrintedGap.of("G", "£29.8", "45.2%", "75%"))
        .hasMessage("printed must be in the unit of value '45.2%' (or a number of points) but was '£29.8'");
    assertThatThrownBy(() -> PrintedGap.of("G", "110%", "2,590", "2,700"))
        .hasMessage("printed must be in the unit of value '2,590' (or a number of points) but was '110%'");
  }

  @Test
  void test_totalProjectionChangeAndRate_checkTheirLabelsAndFigures() {
    assertThatThrownBy(() -> PrintedTotal.of(" ", "2", "1", "1")).hasMessage("label must not be blank but was ' '");
    assertThatThrownBy(() -> new PrintedTotal("T", PrintedFigure.parse("2"), ImmutableList.of()))
        .hasMessage("parts must number 1 to 1000 but were 0");
    FinancialYear year = FinancialYear.of(2023);
    assertThatThrownBy(() -> PrintedProjection.of(" ", "152", "38", year.quarter(1), year, ElapsedBasis.QUARTERS))
        .hasMessage("label must not be blank but was ' '");
    assertThatThrownBy(() -> PrintedProjection.of("P", "£152", "38", year.quarter(1), year, ElapsedBasis.QUARTERS))
        .hasMessage("printed must be in the unit of observedValue '38' but was '£152'");
    assertThatThrownBy(() -> PrintedChange.of("Arrests", "7%", "1", "-2"))
        .hasMessage("current must be 0 or more but was '-2'");
    assertThatThrownBy(() -> PrintedRate.of(" ", "7.8 per 1,000", "8,178", "1,048,462"))
        .hasMessage("label must not be blank but was ' '");
    assertThatThrownBy(() -> PrintedRate.of("R", "7.8 per 1,000", "8.5%", "1,048,462"))
        .hasMessage("count must be a count but was '8.5%'");
    assertThatThrownBy(() -> PrintedRate.of("R", "7.8 per 1,000", "-8", "1,048,462"))
        .hasMessage("count must be 0 or more but was '-8'");
    assertThatThrownBy(() -> PrintedRate.of("R", "7.8 per 1,000", "8", "-1,048,462"))
        .hasMessage("population must be 0 or more but was '-1,048,462'");
    PrintedRate alone = PrintedRate.withoutInputs("Admissions", "996.6 per 100,000");
    assertThat(alone.printed()).isEqualTo(PrintedFigure.parse("996.6 per 100,000"));
    assertThat(alone.count()).isEmpty();
    assertThat(alone.population()).isEmpty();
  }

  @Test
  void test_totalCheck_atMostAThousandPartsNamingEightAtMost() {
    PrintedFigure one = PrintedFigure.parse("1");
    assertThat(TotalCheck.of(PrintedFigure.parse("1,000"), Collections.nCopies(1000, one)).isConsistent()).isTrue();
    assertThatThrownBy(() -> TotalCheck.of(PrintedFigure.parse("1,001"), Collections.nCopies(1001, one)))
        .hasMessage("parts must number 1 to 1000 but were 1001");
    assertThat(TotalCheck.of("8", "1", "1", "1", "1", "1", "1", "1", "1"))
        .hasToString("'8' is consistent with its parts 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 = 8");
    assertThat(TotalCheck.of("9", "1", "1", "1", "1", "1", "1", "1", "1", "1"))
        .hasToString("'9' is consistent with its 9 parts = 9");
    assertThat(TotalCheck.of("1", "1", "0")).hasToString("'1' is consistent with its parts 1 + 0 = 1");
  }

  @Test
  void test_explanationAndReport_atTheirLimits() {
    assertThat(new Explanation(Slip.TRUNCATED, "x".repeat(300)).detail()).hasSize(300);
    assertThatThrownBy(() -> new Explanation(Slip.TRUNCATED, "x".repeat(301)))
        .hasMessage("detail must be at most 300 characters but had 301");
    assertThatThrownBy(() -> PrintedReport.of(" ", ImmutableList.of())).hasMessage("name must not be blank but was ' '");
    ImmutableList.Builder<ReportItem> many = ImmutableList.builder();
    for (int i = 0; i < 10_000; i++) {
      many.add(PrintedChange.withoutInputs("figure " + i, "7%"));
    }
    assertThat(PrintedReport.of("R", many.build()).items()).hasSize(10_000);
  }

  @Test
  void test_report_findsItsItemsAndChecksBothEndsOfALink() {
    PrintedChange arrests = PrintedChange.of("Arrests", "90%", "80", "152");
    PrintedReport report = PrintedReport.of("Test report", ImmutableList.of(arrests, PrintedChange.withoutInputs("B", "7%")));
    assertThat(report.item("Arrests")).isEqualTo(arrests);
    assertThat(report.item("B").label()).isEqualTo("B");
    assertThatThrownBy(() -> report.withInputFrom("Nowhere", "Arrests"))
        .hasMessage("inputsFrom names 'Nowhere', which is not an item of Test report");
  }
}
