package org.combatingdrugs.outcomes.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2023/24|2023/24",
        "2023-24|2023/24",
        "2023/2024|2023/24",
        "2023-2024|2023/24",
        "FY 2023/24|2023/24",
        "fy2023/24|2023/24",
        "FY 2023-24|2023/24",
        "1999/00|1999/00",
        "2023/24 Q1|2023/24 Q1",
        "Q1 2023/24|2023/24 Q1",
        "q4 2023-24|2023/24 Q4",
        "2023-04|April 2023",
        "2023-12|December 2023",
        "2011/12|2011/12",
        "April 2023|April 2023",
        "apr 2023|April 2023",
        "Sept 2023|September 2023",
        "2022|2022",
        "2023/24 YTD to 2023-09|2023/24 to September",
        "12 months to 2024-03|year ending March 2024",
        "2023-04-01..2023-06-30|2023-04-01..2023-06-30",
        "  2023/24   Q2 |2023/24 Q2"
      })
  void test_parse_theLabelsPeopleWrite(String text, String canonical) {
    assertThat(ReportingPeriods.parse(text)).hasToString(canonical);
  }

  @org.junit.jupiter.api.Test
  void test_parse_givesTheRightKinds() {
    assertThat(ReportingPeriods.parse("2023-24")).isEqualTo(FinancialYear.of(2023));
    assertThat(ReportingPeriods.parse("2023-04")).isEqualTo(CalendarMonth.of(2023, 4));
    assertThat(ReportingPeriods.parse("2022")).isEqualTo(CalendarYear.of(2022));
    assertThat(ReportingPeriods.parse("2023-04-01..2023-06-30"))
        .isEqualTo(DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 30)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023/25",
        "Q5 2023/24",
        "2023/24 Q0",
        "2023/2025",
        "2023-13",
        "2023-00",
        "",
        "   ",
        "last year",
        "Smarch 2023",
        "2023/24 YTD to 2024-06",
        "2023-04-31..2023-06-30",
        "2023-06-30..2023-04-01",
        "1899"
      })
  void test_parse_refusesAnythingElseQuotingTheText(String text) {
    assertThatThrownBy(() -> ReportingPeriods.parse(text))
        .isInstanceOf(PeriodParseException.class)
        .hasMessageStartingWith("'" + text + "' is not a reporting period: ")
        .isInstanceOfSatisfying(PeriodParseException.class, e -> assertThat(e.input()).isEqualTo(text));
  }

  @org.junit.jupiter.api.Test
  void test_parse_explainsTheProblem() {
    assertThatThrownBy(() -> ReportingPeriods.parse("2023/25"))
        .hasMessage(
            "'2023/25' is not a reporting period: a financial year spans two consecutive years:"
                + " write 2023/24 for one year, or 2023/24 to 2024/25 for the 2 financial years"
                + " from April 2023 to March 2025");
    assertThatThrownBy(() -> ReportingPeriods.parse("Q5 2023/24"))
        .hasMessage("'Q5 2023/24' is not a reporting period: quarter must be within 1..4 but was 5");
    assertThatThrownBy(() -> ReportingPeriods.parse("2023-13"))
        .hasMessage("'2023-13' is not a reporting period: it is not a month (01 to 12) or a financial year (2023/24)");
  }

  @org.junit.jupiter.api.Test
  void test_typedParse_returnsTheTypeOrNamesTheKindFound() {
    FinancialYear year = FinancialYear.parse("2023/24");
    org.assertj.core.api.Assertions.assertThat(year).isEqualTo(FinancialYear.of(2023));
    org.assertj.core.api.Assertions.assertThat(FinancialQuarter.parse("Q1 2023/24")).isEqualTo(FinancialQuarter.of(2023, 1));
    org.assertj.core.api.Assertions.assertThat(CalendarMonth.parse("April 2023")).isEqualTo(CalendarMonth.of(2023, 4));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FinancialYear.parse("2023/24 Q1"))
        .isInstanceOf(PeriodParseException.class)
        .hasMessage("'2023/24 Q1' is a financial quarter (2023/24 Q1), not a financial year");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CalendarYear.parse("2023/25"))
        .isInstanceOf(PeriodParseException.class)
        .hasMessageStartingWith("'2023/25' is not a reporting period");
  }

  @org.junit.jupiter.api.Test
  void test_order_byStartThenEndThenKind() {
    java.util.List<ReportingPeriod> sorted =
        new java.util.ArrayList<>(
            java.util.List.of(
                FinancialYear.of(2023),
                FinancialQuarter.of(2023, 2),
                DateRange.of(java.time.LocalDate.of(2023, 4, 1), java.time.LocalDate.of(2024, 3, 31)),
                FinancialQuarter.of(2023, 1),
                CalendarMonth.of(2023, 4)));
    java.util.Collections.sort(sorted);
    org.assertj.core.api.Assertions.assertThat(sorted)
        .containsExactly(
            CalendarMonth.of(2023, 4),
            FinancialQuarter.of(2023, 1),
            FinancialYear.of(2023),
            DateRange.of(java.time.LocalDate.of(2023, 4, 1), java.time.LocalDate.of(2024, 3, 31)),
            FinancialQuarter.of(2023, 2));
  }
}
