package org.combatingdrugs.outcomes.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.combatingdrugs.outcomes.exact.Exact;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  private static final FinancialYear FY_2023 = FinancialYear.of(2023);

  @Test
  void test_financialYear_datesAndLabel() {
    assertThat(FY_2023.start()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(FY_2023.end()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(FY_2023).hasToString("2023/24");
    assertThat(FinancialYear.of(1999)).hasToString("1999/00");
    assertThat(FY_2023.days()).isEqualTo(366);
    assertThat(FinancialYear.containing(LocalDate.of(2024, 3, 31))).isEqualTo(FY_2023);
    assertThat(FinancialYear.containing(LocalDate.of(2024, 4, 1))).isEqualTo(FinancialYear.of(2024));
  }

  @Test
  void test_financialQuarter_datesAndLabel() {
    FinancialQuarter q4 = FY_2023.quarter(4);
    assertThat(q4.start()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(q4.end()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(FY_2023.quarter(1)).hasToString("2023/24 Q1");
    assertThat(FY_2023.quarter(1).end()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(q4.next()).isEqualTo(FinancialQuarter.of(2024, 1));
    assertThat(FinancialQuarter.of(2024, 1).previous()).isEqualTo(q4);
    assertThat(q4.sameLastYear()).isEqualTo(FinancialQuarter.of(2022, 4));
    assertThat(FinancialQuarter.containing(LocalDate.of(2024, 2, 29))).isEqualTo(q4);
    assertThat(FinancialQuarter.containing(LocalDate.of(2023, 9, 30))).isEqualTo(FY_2023.quarter(2));
  }

  @Test
  void test_monthsYearsAndRanges() {
    assertThat(CalendarMonth.of(2023, 4)).hasToString("April 2023");
    assertThat(CalendarMonth.of(2023, 12).next()).isEqualTo(CalendarMonth.of(2024, 1));
    assertThat(CalendarMonth.of(2024, 2).end()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(CalendarYear.of(2022)).hasToString("2022");
    assertThat(CalendarYear.of(2022).next()).isEqualTo(CalendarYear.of(2023));
    YearToDate halfYear = YearToDate.through(CalendarMonth.of(2023, 9));
    assertThat(halfYear).hasToString("2023/24 to September");
    assertThat(halfYear.start()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(halfYear.months()).isEqualTo(6);
    assertThat(halfYear.sameLastYear()).isEqualTo(YearToDate.through(CalendarMonth.of(2022, 9)));
    assertThat(YearToDate.through(FY_2023.quarter(2))).isEqualTo(halfYear);
    assertThat(YearToDate.through(CalendarMonth.of(2024, 2)).financialYear()).isEqualTo(FY_2023);
    Rolling12Months rolling = Rolling12Months.endingWith(CalendarMonth.of(2024, 3));
    assertThat(rolling).hasToString("year ending March 2024");
    assertThat(rolling.start()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(rolling.next().end()).isEqualTo(LocalDate.of(2024, 4, 30));
    DateRange range = DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 30));
    assertThat(range).hasToString("2023-04-01..2023-06-30");
    assertThat(range.next()).isEqualTo(DateRange.of(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 9, 29)));
    assertThat(range.days()).isEqualTo(91);
  }

  @Test
  void test_containsAndEncloses() {
    assertThat(FY_2023.contains(LocalDate.of(2024, 3, 31))).isTrue();
    assertThat(FY_2023.contains(LocalDate.of(2023, 3, 31))).isFalse();
    assertThat(FY_2023.encloses(FY_2023.quarter(3))).isTrue();
    assertThat(FY_2023.encloses(CalendarYear.of(2023))).isFalse();
    assertThat(FY_2023.quarter(1).encloses(FY_2023)).isFalse();
  }

  @Test
  void test_shareOf_byEachBasis() {
    FinancialQuarter q1 = FY_2023.quarter(1);
    assertThat(q1.shareOf(FY_2023, ElapsedBasis.QUARTERS)).isEqualTo(Exact.of(1, 4));
    assertThat(q1.shareOf(FY_2023, ElapsedBasis.MONTHS)).isEqualTo(Exact.of(1, 4));
    assertThat(q1.shareOf(FY_2023, ElapsedBasis.DAYS)).isEqualTo(Exact.of(91, 366));
    YearToDate sevenMonths = YearToDate.through(CalendarMonth.of(2023, 10));
    assertThat(sevenMonths.shareOf(FY_2023, ElapsedBasis.MONTHS)).isEqualTo(Exact.of(7, 12));
    assertThat(YearToDate.through(CalendarMonth.of(2023, 9)).shareOf(FY_2023, ElapsedBasis.MONTHS))
        .isEqualTo(Exact.of(1, 2));
  }

  @Test
  void test_elapsedFractionOf_countsFromTheEnclosingStart() {
    assertThat(FY_2023.quarter(2).elapsedFractionOf(FY_2023, ElapsedBasis.QUARTERS))
        .isEqualTo(Exact.of(1, 2));
    assertThat(FY_2023.quarter(2).shareOf(FY_2023, ElapsedBasis.QUARTERS))
        .isEqualTo(Exact.of(1, 4));
    assertThat(CalendarMonth.of(2023, 4).elapsedFractionOf(FY_2023, ElapsedBasis.DAYS))
        .isEqualTo(Exact.of(30, 366));
  }

  @Test
  void test_shareOf_refusesWhatItCannotMeasure() {
    assertThatThrownBy(() -> CalendarYear.of(2023).shareOf(FY_2023, ElapsedBasis.DAYS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("enclosing must enclose 2023 but was 2023/24");
    assertThatThrownBy(() -> CalendarMonth.of(2023, 4).shareOf(FY_2023, ElapsedBasis.QUARTERS))
        .hasMessage("April 2023 must be whole financial quarters for basis QUARTERS");
    DateRange days = DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 15));
    assertThatThrownBy(() -> days.shareOf(FY_2023, ElapsedBasis.MONTHS))
        .hasMessage("2023-04-01..2023-04-15 must be whole calendar months for basis MONTHS");
  }

  @Test
  void test_invalidParts_nameTheFieldAndValue() {
    assertThatThrownBy(() -> FinancialQuarter.of(2023, 5))
        .hasMessage("quarter must be within 1..4 but was 5");
    assertThatThrownBy(() -> CalendarMonth.of(2023, 13))
        .hasMessage("month must be within 1..12 but was 13");
    assertThatThrownBy(() -> FinancialYear.of(1899))
        .hasMessage("startYear must be within 1900..2998 but was 1899");
    assertThatThrownBy(() -> DateRange.of(LocalDate.of(2023, 4, 2), LocalDate.of(2023, 4, 1)))
        .hasMessage("end must not be before start 2023-04-02 but was 2023-04-01");
    assertThatThrownBy(() -> FinancialYear.of(2998).next())
        .hasMessage("startYear must be within 1900..2998 but was 2999");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(FinancialYear.of(2023), FinancialYear.containing(LocalDate.of(2023, 5, 1)))
        .addEqualityGroup(FinancialQuarter.of(2023, 1))
        .addEqualityGroup(CalendarMonth.of(2023, 4))
        .addEqualityGroup(CalendarYear.of(2023))
        .addEqualityGroup(YearToDate.through(CalendarMonth.of(2023, 6)))
        .addEqualityGroup(DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 30)))
        .testEquals();
  }

  @Test
  void test_nulls_areRefused() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(ReportingPeriod.class, FY_2023);
    tester.testAllPublicStaticMethods(ReportingPeriods.class);
    tester.testAllPublicStaticMethods(YearToDate.class);
    tester.testAllPublicInstanceMethods(FY_2023);
    tester.testAllPublicInstanceMethods(YearToDate.through(CalendarMonth.of(2023, 6)));
  }
}
