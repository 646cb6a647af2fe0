package org.combatingdrugs.outcomes.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Each kind of period read back from its own label by its typed {@code parse}, and the same period
 * a year earlier (worked by hand from the calendar).
 */
class TypedPeriodsTest {

  @Test
  void test_calendarQuarter_parseAndSameLastYear() {
    CalendarQuarter q2 = CalendarQuarter.parse("2023 Q2");
    assertThat(q2).isEqualTo(CalendarQuarter.of(2023, 2));
    assertThat(q2.sameLastYear()).isEqualTo(CalendarQuarter.of(2022, 2));
    assertThat(q2.sameLastYear().start()).isEqualTo(LocalDate.of(2022, 4, 1));
  }

  @Test
  void test_calendarYear_parse() {
    assertThat(CalendarYear.parse("2022")).isEqualTo(CalendarYear.of(2022));
    assertThat(CalendarYear.parse("2022").sameLastYear()).isEqualTo(CalendarYear.of(2021));
  }

  @Test
  void test_calendarYears_parseYearsAndSameLastYear() {
    CalendarYears pool = CalendarYears.parse("2006 to 2008");
    assertThat(pool).isEqualTo(CalendarYears.of(CalendarYear.of(2006), CalendarYear.of(2008)));
    assertThat(pool.years()).containsExactly(CalendarYear.of(2006), CalendarYear.of(2007), CalendarYear.of(2008));
    assertThat(pool.sameLastYear()).isEqualTo(CalendarYears.of(CalendarYear.of(2005), CalendarYear.of(2007)));
    assertThat(pool.sameLastYear()).hasToString("2005 to 2007");
  }

  @Test
  void test_dateRange_parseAndSameLastYear() {
    DateRange range = DateRange.parse("2023-04-01..2023-06-30");
    assertThat(range).isEqualTo(DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 30)));
    assertThat(range.sameLastYear()).hasToString("2022-04-01..2022-06-30");
  }

  @Test
  void test_financialQuarters_parseYearQuartersAndSameLastYear() {
    FinancialQuarters run = FinancialQuarters.parse("2006/07 Q2-Q3");
    assertThat(run).isEqualTo(FinancialQuarters.of(FinancialQuarter.of(2006, 2), FinancialQuarter.of(2006, 3)));
    assertThat(run.financialYear()).isEqualTo(FinancialYear.of(2006));
    assertThat(run.quarters()).containsExactly(FinancialQuarter.of(2006, 2), FinancialQuarter.of(2006, 3));
    assertThat(FinancialQuarters.parse("2006/07 Q1-Q4").quarters())
        .containsExactlyElementsOf(FinancialYear.of(2006).quarters());
    assertThat(run.sameLastYear()).hasToString("2005/06 Q2-Q3");
  }

  @Test
  void test_financialYear_toDateThroughOneOfItsMonths() {
    FinancialYear year = FinancialYear.of(2023);
    assertThat(year.toDateThrough(CalendarMonth.of(2023, 9))).isEqualTo(YearToDate.through(CalendarMonth.of(2023, 9)));
    assertThat(year.toDateThrough(CalendarMonth.of(2024, 3))).hasToString("2023/24 to March");
    assertThatThrownBy(() -> year.toDateThrough(CalendarMonth.of(2024, 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("last must be a month of 2023/24 but was April 2024");
  }

  @Test
  void test_monthRange_parseAndSameLastYear() {
    MonthRange run = MonthRange.parse("August 2017 to July 2019");
    assertThat(run).isEqualTo(MonthRange.of(CalendarMonth.of(2017, 8), CalendarMonth.of(2019, 7)));
    assertThat(run.sameLastYear()).hasToString("August 2016 to July 2018");
  }

  @Test
  void test_rolling12Months_parseSameLastYearAndTheEarliestEnd() {
    Rolling12Months year = Rolling12Months.parse("year ending March 2024");
    assertThat(year).isEqualTo(Rolling12Months.endingWith(CalendarMonth.of(2024, 3)));
    assertThat(year.sameLastYear()).isEqualTo(Rolling12Months.endingWith(CalendarMonth.of(2023, 3)));
    Rolling12Months earliest = Rolling12Months.endingWith(CalendarMonth.of(1900, 12));
    assertThat(earliest.first()).isEqualTo(CalendarMonth.of(1900, 1));
    assertThatThrownBy(() -> Rolling12Months.endingWith(CalendarMonth.of(1900, 11)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("last must end twelve months from 1900 or later but was November 1900");
    assertThat(Rolling12Months.endingWith(CalendarMonth.of(1901, 1)).first()).isEqualTo(CalendarMonth.of(1900, 2));
  }

  @Test
  void test_yearToDate_parse() {
    assertThat(YearToDate.parse("2023/24 to September")).isEqualTo(YearToDate.through(CalendarMonth.of(2023, 9)));
  }
}
