package org.combatingdrugs.outcomes.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The edges of the label grammar, each on both sides: the ASCII letters upper-cased, a run whose
 * two ends are one period, runs of exactly ten years (the longest a refusal suggests), the first
 * and last month numbers, and the century of a two-digit year (90 is 1990, 89 is 2089).
 */
class PeriodLabelBoundariesTest {

  @Test
  void test_normalise_upperCasesExactlyTheAsciiLetters() {
    assertThat(PeriodLabels.normalise("abyz")).isEqualTo("ABYZ");
    assertThat(PeriodLabels.normalise("`a{z")).isEqualTo("`A{Z");
    assertThat(PeriodLabels.normalise("ABYZ")).isEqualTo("ABYZ");
  }

  @Test
  void test_aRunWhoseEndsAreOnePeriod_isThatPeriod() {
    assertThat(ReportingPeriods.parse("April 2023 to April 2023")).isEqualTo(CalendarMonth.of(2023, 4));
    assertThat(ReportingPeriods.parse("2023 to 2023")).isEqualTo(CalendarYear.of(2023));
    assertThat(ReportingPeriods.parse("2022/23 to 22/23")).isEqualTo(FinancialYear.of(2022));
  }

  @Test
  void test_aBackwardRunOfCalendarYears_suggestsTheNextYear() {
    assertThatThrownBy(() -> ReportingPeriods.parse("2025 to 2021"))
        .isInstanceOf(PeriodParseException.class)
        .hasMessage(
            "'2025 to 2021' is not a reporting period: a run of calendar years must end after it starts, like"
                + " 2025 to 2026");
  }

  @Test
  void test_twoFullYearsTheSame_suggestTheFinancialYearTheyStart() {
    assertThatThrownBy(() -> ReportingPeriods.parse("2023-2023"))
        .isInstanceOf(PeriodParseException.class)
        .hasMessage(
            "'2023-2023' is not a reporting period: the second year must come after the first: 2023-2024 is"
                + " the financial year 2023/24");
  }

  @Test
  void test_spacedShortYears_tenYearsApartAreCalendarYears_elevenAreRefused() {
    assertThat(ReportingPeriods.parse("2010 - 20")).isEqualTo(CalendarYears.of(CalendarYear.of(2010), CalendarYear.of(2020)));
    assertThatThrownBy(() -> ReportingPeriods.parse("2010 - 21"))
        .isInstanceOf(PeriodParseException.class)
        .hasMessage(
            "'2010 - 21' is not a reporting period: it would be the 12 calendar years 2010 to 2021; write the"
                + " years in full, such as '2010 to 2012'");
  }

  @Test
  void test_hyphenedShort_theFirstAndLastMonthNumbers() {
    assertThat(ReportingPeriods.parse("2023-01")).isEqualTo(CalendarMonth.of(2023, 1));
    assertThat(ReportingPeriods.parse("2023-12")).isEqualTo(CalendarMonth.of(2023, 12));
    assertThatThrownBy(() -> ReportingPeriods.parse("2023-00"))
        .isInstanceOf(PeriodParseException.class)
        .hasMessageStartingWith("'2023-00' is not a reporting period: it is not a month (01 to 12) or a financial year (2023/24)");
  }

  @Test
  void test_hyphenedShort_tenYearsApartIsAmbiguousOrSuggestsBothRuns() {
    assertThatThrownBy(() -> ReportingPeriods.parse("2002-12"))
        .isInstanceOf(PeriodParseException.class)
        .hasMessage(
            "'2002-12' is ambiguous: it could be a calendar month (December 2002) or the calendar years 2002"
                + " to 2012; write the label of the one meant");
    assertThatThrownBy(() -> ReportingPeriods.parse("2003-13"))
        .isInstanceOf(PeriodParseException.class)
        .hasMessage(
            "'2003-13' is not a reporting period: it is not a month (01 to 12) or a financial year (2003/04);"
                + " for the calendar years 2003 to 2013 write '2003 to 2013', for the financial years write"
                + " '2003/04 to 2012/13'");
    assertThatThrownBy(() -> ReportingPeriods.parse("2003-14"))
        .isInstanceOf(PeriodParseException.class)
        .hasMessage("'2003-14' is not a reporting period: it is not a month (01 to 12) or a financial year (2003/04)");
  }

  @Test
  void test_slashedYears_tenApartSuggestTheRun_theSameYearDoesNot() {
    assertThatThrownBy(() -> ReportingPeriods.parse("2010/20"))
        .isInstanceOf(PeriodParseException.class)
        .hasMessage(
            "'2010/20' is not a reporting period: a financial year spans two consecutive years: write 2010/11"
                + " for one year, or 2010/11 to 2019/20 for the 10 financial years from April 2010 to March 2020");
    assertThatThrownBy(() -> ReportingPeriods.parse("2010/21"))
        .isInstanceOf(PeriodParseException.class)
        .hasMessage("'2010/21' is not a reporting period: a financial year spans two consecutive years, like 2010/11");
    assertThatThrownBy(() -> ReportingPeriods.parse("2010/10"))
        .isInstanceOf(PeriodParseException.class)
        .hasMessage("'2010/10' is not a reporting period: a financial year spans two consecutive years, like 2010/11");
  }

  @Test
  void test_twoDigitYears_readFrom1990To2089() {
    assertThat(ReportingPeriods.parse("90/91")).isEqualTo(FinancialYear.of(1990));
    assertThat(ReportingPeriods.parse("89/90")).isEqualTo(FinancialYear.of(2089));
    assertThat(ReportingPeriods.parse("April 90")).isEqualTo(CalendarMonth.of(1990, 4));
    assertThat(ReportingPeriods.parse("April 89")).isEqualTo(CalendarMonth.of(2089, 4));
  }
}
