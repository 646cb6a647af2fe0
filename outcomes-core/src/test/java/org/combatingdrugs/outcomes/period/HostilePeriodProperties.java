package org.combatingdrugs.outcomes.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.combatingdrugs.outcomes.HostileInput.validOrRefused;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.combatingdrugs.outcomes.HostileInput;

/**
 * Issue 14's rule for reporting periods: any text (Unicode look-alikes of letters, digits and
 * dashes, huge years, text far beyond the length limit), any year and any step give a period whose
 * label reads back to it, or a refusal naming the caller's text or field, promptly.
 */
class HostilePeriodProperties {

  @Property(tries = 300)
  void anyPeriodText_parsesOrIsRefusedNamingIt(@ForAll("labels") String text) {
    validOrRefused(
        () -> ReportingPeriods.parse(text),
        HostilePeriodProperties::aPeriodThatReadsBack,
        "'" + text + "'",
        "text must be at most");
  }

  @Property(tries = 150)
  void anyYearQuarterOrMonth_isAPeriodOrIsRefusedNamingIt(
      @ForAll("years") int year, @ForAll("parts") int part) {
    validOrRefused(() -> FinancialYear.of(year), HostilePeriodProperties::aPeriodThatReadsBack, "startYear");
    validOrRefused(() -> FinancialQuarter.of(year, part), HostilePeriodProperties::aPeriodThatReadsBack, "startYear", "quarter");
    validOrRefused(() -> CalendarQuarter.of(year, part), HostilePeriodProperties::aPeriodThatReadsBack, "year", "quarter");
    validOrRefused(() -> CalendarMonth.of(year, part), HostilePeriodProperties::aPeriodThatReadsBack, "year", "month");
    validOrRefused(() -> CalendarYear.of(year), HostilePeriodProperties::aPeriodThatReadsBack, "year");
  }

  @Property(tries = 150)
  void anyStepFromAnyPeriod_landsOnAPeriodOrIsRefusedNamingIt(
      @ForAll("periods") ReportingPeriod period, @ForAll("steps") long steps) {
    LocalDate day = period.start();
    FinancialQuarter quarter =
        day.isBefore(LocalDate.of(1900, 4, 1))
            ? FinancialQuarter.of(1900, 1)
            : day.isAfter(LocalDate.of(2999, 3, 31)) ? FinancialQuarter.of(2998, 4) : FinancialQuarter.containing(day);
    CalendarMonth month = CalendarMonth.of(period.start().getYear(), period.start().getMonthValue());
    validOrRefused(() -> quarter.plusQuarters(steps), HostilePeriodProperties::aPeriodThatReadsBack, "quarters");
    validOrRefused(() -> month.plusMonths(steps), HostilePeriodProperties::aPeriodThatReadsBack, "months");
    validOrRefused(period::next, HostilePeriodProperties::aPeriodThatReadsBack, "year", "Year", "last", "start", "end", "months", "quarters");
    validOrRefused(period::previous, HostilePeriodProperties::aPeriodThatReadsBack, "year", "Year", "last", "start", "end", "months", "quarters");
    validOrRefused(period::sameLastYear, HostilePeriodProperties::aPeriodThatReadsBack, "year", "Year", "last", "start", "end", "months", "quarters");
    for (ElapsedBasis basis : ElapsedBasis.values()) {
      validOrRefused(
          () -> quarter.elapsedFractionOf(period, basis),
          fraction -> assertThat(fraction.signum()).isPositive(),
          "enclosing",
          String.valueOf(period),
          String.valueOf(quarter));
    }
  }

  @Property(tries = 100)
  void anyDays_makeADateRangeOrAreRefusedNamingThem(@ForAll("days") LocalDate start, @ForAll("days") LocalDate end) {
    validOrRefused(() -> DateRange.of(start, end), HostilePeriodProperties::aPeriodThatReadsBack, "start", "end");
    validOrRefused(() -> FinancialYear.containing(start), HostilePeriodProperties::aPeriodThatReadsBack, "day");
  }

  private static void aPeriodThatReadsBack(ReportingPeriod period) {
    assertThat(period.start()).isBeforeOrEqualTo(period.end());
    assertThat(period.label()).isEqualTo(period.toString());
    assertThat(ReportingPeriods.parse(period.label())).isEqualTo(period);
    assertThat(period.days()).isPositive();
    assertThat(period.encloses(period)).isTrue();
  }

  @Provide
  Arbitrary<String> labels() {
    Arbitrary<String> weird =
        Arbitraries.of(
            "aprıl 2023", "ſeptember 2023", "ＡＰＲＩＬ 2023", "April ２０２３", "Αpril 2023", "Apr\u200B 2023",
            "2023/24 Ｑ1", "2023⁄24", "2023／24", "2023–24", "2023—2025", "2023‐24", "2023\u00A0Q1",
            "Q1\u2009 2023/24", "٢٠٢٣/٢٤", "2023/24 Q١", "FY 23/24", "year ending March 2024",
            "12 months to October 2020", "YE Mar 24", "2023/24 YTD to 2023-09", "2023-04-01..2023-06-30",
            "2011-12", "2023/25", "Q5 2023/24", "Q0 2023/24", "1899/00", "2999/00", "2998/99", "9999/00",
            "99999999999999999999/00", "2023/24 Q1-Q9", "2147483648 Q1", "2023-13", "2023-00",
            "0000-01-01..9999-12-31", "2023-02-29..2023-03-01", "2999-12-01..+1000000000-01-01",
            "year ending December 1900", "year ending January 1900", "1900/01 to April", "2998/99 to March",
            "August 2017 to July 2019", "August 2019 to July 2017", "2006 - 08", "2006 to 1999",
            "1900 to 2999", "2022-2025", "2025-2022", "", " ", "\t", "\n2023/24", "2023/24\u0000");
    Arbitrary<String> built =
        Combinators.combine(
                Arbitraries.of("", "FY ", "Q1 ", "year ending ", "April "),
                Arbitraries.oneOf(
                    Arbitraries.integers().between(1890, 3010).map(String::valueOf),
                    Arbitraries.of("2147483647", "-2023", "0", "99", "00", "1" + "0".repeat(30))),
                Arbitraries.of("", "/24", "-24", "/2024", " Q4", " to March", " - 08", "..2023-01-01"))
            .as((a, b, c) -> a + b + c);
    return Arbitraries.oneOf(
        weird,
        built,
        Arbitraries.strings().withChars("0123456789/-–— QqFYAPRILaprilto.").ofMaxLength(25),
        Arbitraries.strings().ofMaxLength(20),
        Arbitraries.of("2023/24 ".repeat(12), "2023/24" + " ".repeat(200), "9".repeat(100_000)),
        HostileInput.numberText().filter(s -> s.length() < 200));
  }

  @Provide
  Arbitrary<Integer> years() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            1899, 1900, 1901, 2998, 2999, 3000, 0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 999_999_999),
        Arbitraries.integers().between(1890, 3010));
  }

  @Provide
  Arbitrary<Integer> parts() {
    return Arbitraries.of(0, 1, 2, 3, 4, 5, 12, 13, -1, Integer.MAX_VALUE, Integer.MIN_VALUE);
  }

  @Provide
  Arbitrary<Long> steps() {
    return Arbitraries.oneOf(
        Arbitraries.of(0L, 1L, -1L, 4L, -4L, 12L, 4400L, 4401L, 13_200L, 13_201L, -13_201L),
        HostileInput.longs());
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            LocalDate.MIN, LocalDate.MAX, LocalDate.of(1900, 1, 1), LocalDate.of(1900, 3, 31),
            LocalDate.of(1900, 4, 1), LocalDate.of(2999, 3, 31), LocalDate.of(2999, 4, 1),
            LocalDate.of(2999, 12, 31), LocalDate.of(2024, 2, 29)),
        Arbitraries.longs().between(LocalDate.of(1890, 1, 1).toEpochDay(), LocalDate.of(3010, 1, 1).toEpochDay())
            .map(LocalDate::ofEpochDay));
  }

  @Provide
  Arbitrary<ReportingPeriod> periods() {
    return Arbitraries.oneOf(
        PeriodArbitraries.anyPeriod(),
        Arbitraries.of(
            List.<ReportingPeriod>of(
                FinancialYear.of(1900), FinancialYear.of(2998), FinancialQuarter.of(2998, 4),
                FinancialQuarter.of(1900, 1), CalendarMonth.of(1900, 1), CalendarMonth.of(2999, 12),
                CalendarYear.of(2999), CalendarYear.of(1900), YearToDate.through(CalendarMonth.of(2999, 3)),
                YearToDate.through(CalendarMonth.of(1900, 4)), Rolling12Months.endingWith(CalendarMonth.of(1900, 12)),
                Rolling12Months.endingWith(CalendarMonth.of(2999, 12)),
                DateRange.of(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31)),
                FinancialYears.of(FinancialYear.of(1900), FinancialYear.of(2998)),
                CalendarYears.of(CalendarYear.of(1900), CalendarYear.of(2999)),
                MonthRange.of(CalendarMonth.of(1900, 1), CalendarMonth.of(2999, 12)))));
  }
}
