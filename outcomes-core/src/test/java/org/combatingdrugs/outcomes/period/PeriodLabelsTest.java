package org.combatingdrugs.outcomes.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labels as reports, strategies, Fingertips and the ONS print them, each read into its type. */
class PeriodLabelsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // short financial years, as the Dorset scorecard prints them
        "23/24 | 2023/24 | FinancialYear",
        "FY23/24 | 2023/24 | FinancialYear",
        "FY 23/24 | 2023/24 | FinancialYear",
        "fy 2023/24 | 2023/24 | FinancialYear",
        "99/00 | 1999/00 | FinancialYear",
        "2023-24 | 2023/24 | FinancialYear",
        "2023–24 | 2023/24 | FinancialYear",
        "2023 - 24 | 2023/24 | FinancialYear",
        "2023-2024 | 2023/24 | FinancialYear",
        // runs of financial years, as strategies and plans print them
        "2022-2025 | 2022/23 to 2024/25 | FinancialYears",
        "2021–2025 | 2021/22 to 2024/25 | FinancialYears",
        "2022/23 to 2024/25 | 2022/23 to 2024/25 | FinancialYears",
        "2006/07 - 08/09 | 2006/07 to 2008/09 | FinancialYears",
        "2006/07-08/09 | 2006/07 to 2008/09 | FinancialYears",
        "2022/23-2024/25 | 2022/23 to 2024/25 | FinancialYears",
        "23 / 24 | 2023/24 | FinancialYear",
        "2023 / 24 | 2023/24 | FinancialYear",
        "YE Mar24 | year ending March 2024 | Rolling12Months",
        "2098/99 - 00/01 | 2098/99 to 2100/01 | FinancialYears",
        "2023/24 to 2023/24 | 2023/24 | FinancialYear",
        // rolling years, as people and the ONS write them
        "the year to October 2020 | year ending October 2020 | Rolling12Months",
        "12 months to October 2020 | year ending October 2020 | Rolling12Months",
        "year ending March 2024 | year ending March 2024 | Rolling12Months",
        "YE Mar 24 | year ending March 2024 | Rolling12Months",
        "12 months to 2024-03 | year ending March 2024 | Rolling12Months",
        // runs of months
        "August 2017 to July 2019 | August 2017 to July 2019 | MonthRange",
        "Aug 2017 - Jul 2019 | August 2017 to July 2019 | MonthRange",
        "Apr 2009 - Mar 2010 | April 2009 to March 2010 | MonthRange",
        "Apr 2009 – Mar 2010 | April 2009 to March 2010 | MonthRange",
        // Fingertips' labels
        "2006 - 08 | 2006 to 2008 | CalendarYears",
        "2006 to 2008 | 2006 to 2008 | CalendarYears",
        "1999 - 01 | 1999 to 2001 | CalendarYears",
        "2006 Q1 | 2006 Q1 | CalendarQuarter",
        "Q4 2006 | 2006 Q4 | CalendarQuarter",
        "2006/07 Q1-Q3 | 2006/07 Q1-Q3 | FinancialQuarters",
        "2006/07 Q1 - Q3 | 2006/07 Q1-Q3 | FinancialQuarters",
        "Q2-Q4 2006/07 | 2006/07 Q2-Q4 | FinancialQuarters",
        "2006/07 Q2-Q2 | 2006/07 Q2 | FinancialQuarter",
        "Apr 2009 | April 2009 | CalendarMonth",
        // months and years to date
        "April 2023 | April 2023 | CalendarMonth",
        "sept 2023 | September 2023 | CalendarMonth",
        "2023-04 | April 2023 | CalendarMonth",
        "2023/24 to September | 2023/24 to September | YearToDate",
        "2023/24 YTD to 2023-09 | 2023/24 to September | YearToDate",
        "2023/24 YTD to September 2023 | 2023/24 to September | YearToDate",
        "2023/24 to Feb | 2023/24 to February | YearToDate",
        "2023/24 Q1 | 2023/24 Q1 | FinancialQuarter",
        "Q1 2023/24 | 2023/24 Q1 | FinancialQuarter",
        "2022 | 2022 | CalendarYear",
        "2023-04-01..2023-06-30 | 2023-04-01..2023-06-30 | DateRange",
      })
  void test_parse_readsEachFormIntoItsType(String text, String label, String kind) {
    ReportingPeriod period = ReportingPeriods.parse(text);
    assertThat(period).hasToString(label);
    assertThat(period.getClass().getSimpleName()).isEqualTo(kind);
    assertThat(ReportingPeriods.parse(period.toString())).isEqualTo(period);
  }

  @Test
  void test_parse_toleratesSpacesDashesAndCaseAsPeopleTypeThem() {
    FinancialYears strategy = FinancialYears.of(FinancialYear.of(2022), FinancialYear.of(2024));
    for (String typed :
        new String[] {
          "2022-2025", "2022 - 2025", "2022–2025", "2022 — 2025", "2022\u00A0-\u00A02025", " 2022-2025 ",
          "2022/23 TO 2024/25", "2022/23\u202Fto\u202F2024/25", "2022/23  to  2024/25"
        }) {
      assertThat(ReportingPeriods.parse(typed)).as(typed).isEqualTo(strategy);
    }
  }

  @Test
  void test_runOfFinancialYears_knowsTheYearsItHolds() {
    FinancialYears strategy = FinancialYears.parse("2022-2025");
    assertThat(strategy.years())
        .containsExactly(FinancialYear.of(2022), FinancialYear.of(2023), FinancialYear.of(2024));
    assertThat(strategy.size()).isEqualTo(3);
    assertThat(strategy.wholeMonths()).isEqualTo(36);
    assertThat(strategy.financialYears()).isEqualTo(strategy.years());
    assertThat(strategy.next()).hasToString("2025/26 to 2027/28");
    assertThat(strategy.sameLastYear()).hasToString("2021/22 to 2023/24");
  }

  @Test
  void test_everyPeriod_countsItsMonthsAndDaysAndNamesTheFinancialYearsItOverlaps() {
    assertThat(ReportingPeriods.parse("2023").financialYears()).hasToString("[2022/23, 2023/24]");
    assertThat(ReportingPeriods.parse("2023").wholeMonths()).isEqualTo(12);
    assertThat(ReportingPeriods.parse("2023/24 Q1").financialYears()).hasToString("[2023/24]");
    assertThat(ReportingPeriods.parse("2023/24 Q1").wholeMonths()).isEqualTo(3);
    assertThat(ReportingPeriods.parse("2023/24 Q1").days()).isEqualTo(91);
    assertThat(ReportingPeriods.parse("2024/25").days()).isEqualTo(365);
    assertThat(ReportingPeriods.parse("2023/24").days()).isEqualTo(366);
    assertThat(ReportingPeriods.parse("2023-04-10..2023-04-20").wholeMonths()).isZero();
    assertThat(ReportingPeriods.parse("2023-04-10..2023-06-30").wholeMonths()).isEqualTo(2);
    assertThat(ReportingPeriods.parse("2006 - 08").financialYears()).hasSize(4);
    assertThat(ReportingPeriods.parse("year ending March 2024").financialYears()).hasToString("[2023/24]");
    assertThat(ReportingPeriods.parse("year ending October 2020").financialYears())
        .hasToString("[2019/20, 2020/21]");
    assertThat(ReportingPeriods.parse("Aug 2017 - Jul 2019").wholeMonths()).isEqualTo(24);
    assertThat(ReportingPeriods.parse("2006/07 Q1-Q3").wholeMonths()).isEqualTo(9);
  }

  @Test
  void test_ambiguousLabel_isRefusedNamingBothReadings() {
    assertThatThrownBy(() -> ReportingPeriods.parse("2011-12"))
        .isInstanceOf(PeriodParseException.class)
        .hasMessage(
            "'2011-12' is ambiguous: it could be a calendar month (December 2011) or a financial"
                + " year (2011/12); write the label of the one meant");
    assertThatThrownBy(() -> ReportingPeriods.parse("2007-08"))
        .hasMessageContaining("a calendar month (August 2007) or a financial year (2007/08)");
    assertThatThrownBy(() -> ReportingPeriods.parse("2006-08"))
        .hasMessage(
            "'2006-08' is ambiguous: it could be a calendar month (August 2006) or the calendar years 2006"
                + " to 2008; write the label of the one meant");
    assertThatThrownBy(() -> ReportingPeriods.parse("2006 - 05"))
        .hasMessage(
            "'2006 - 05' is not a reporting period: it would be the 100 calendar years 2006 to 2105; write"
                + " the years in full, such as '2006 to 2008'");
  }

  @Test
  void test_almostRightLabel_getsASuggestionThatFitsWhatWasWritten() {
    assertThatThrownBy(() -> ReportingPeriods.parse("2022/2025"))
        .hasMessage(
            "'2022/2025' is not a reporting period: a financial year spans two consecutive years:"
                + " write 2022/23 for one year, or 2022/23 to 2024/25 for the 3 financial years"
                + " from April 2022 to March 2025");
    assertThatThrownBy(() -> ReportingPeriods.parse("2023/25"))
        .hasMessageContaining("write 2023/24 for one year, or 2023/24 to 2024/25");
    assertThatThrownBy(() -> ReportingPeriods.parse("2023/22"))
        .hasMessage("'2023/22' is not a reporting period: a financial year spans two consecutive years, like 2023/24");
    assertThatThrownBy(() -> ReportingPeriods.parse("2019-21"))
        .hasMessage(
            "'2019-21' is not a reporting period: it is not a month (01 to 12) or a financial year"
                + " (2019/20); for the calendar years 2019 to 2021 write '2019 to 2021', for the"
                + " financial years write '2019/20 to 2020/21'");
    assertThatThrownBy(() -> ReportingPeriods.parse("2025-2022"))
        .hasMessageContaining("the second year must come after the first");
    assertThatThrownBy(() -> ReportingPeriods.parse("23/24 (YTD)"))
        .hasMessage(
            "'23/24 (YTD)' is not a reporting period: a year to date needs the month it runs to,"
                + " such as '2023/24 to September' or '2023/24 YTD to 2023-09'");
    assertThatThrownBy(() -> ReportingPeriods.parse("September"))
        .hasMessage("'September' is not a reporting period: a month needs its year, such as 'September 2023'");
    assertThatThrownBy(() -> ReportingPeriods.parse("2023/24 to Smarch"))
        .hasMessage("'2023/24 to Smarch' is not a reporting period: 'smarch' is not a month name");
    assertThatThrownBy(() -> ReportingPeriods.parse("2023/24 to 2022/23"))
        .hasMessageContaining("a run of financial years must end after it starts");
    assertThatThrownBy(() -> ReportingPeriods.parse("Jul 2019 - Aug 2017"))
        .hasMessageContaining("a run of months must end after it starts");
    assertThatThrownBy(() -> ReportingPeriods.parse("2006/07 Q3-Q1"))
        .hasMessageContaining("a run of quarters must end after it starts");
  }

  @Test
  void test_monthNames_matchAsciiLettersOnly() {
    assertThatThrownBy(() -> ReportingPeriods.parse("aprıl 2023"))
        .isInstanceOf(PeriodParseException.class)
        .hasMessageContaining("is not a month name");
    assertThatThrownBy(() -> ReportingPeriods.parse("ſeptember 2023"))
        .hasMessage("'ſeptember 2023' is not a reporting period: 'ſeptember' is not a month name");
  }

  @Test
  void test_tooLongText_isRefusedAtOnce() {
    assertThatThrownBy(() -> ReportingPeriods.parse("2".repeat(1_000_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must be at most 100 characters but had 1000000");
  }
}
