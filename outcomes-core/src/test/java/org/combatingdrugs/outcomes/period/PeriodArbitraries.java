package org.combatingdrugs.outcomes.period;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of every kind of reporting period, for properties. */
final class PeriodArbitraries {

  private PeriodArbitraries() {}

  static Arbitrary<FinancialYear> financialYears() {
    return Arbitraries.integers().between(1905, 2990).map(FinancialYear::of);
  }

  static Arbitrary<CalendarMonth> months() {
    return Combinators.combine(
            Arbitraries.integers().between(1905, 2990), Arbitraries.integers().between(1, 12))
        .as(CalendarMonth::of);
  }

  static Arbitrary<ReportingPeriod> anyPeriod() {
    Arbitrary<ReportingPeriod> quarters =
        Combinators.combine(
                Arbitraries.integers().between(1905, 2990), Arbitraries.integers().between(1, 4))
            .as(FinancialQuarter::of);
    Arbitrary<ReportingPeriod> ranges =
        Combinators.combine(
                Arbitraries.integers().between(0, 360_000), Arbitraries.integers().between(0, 800))
            .as(
                (offset, length) -> {
                  LocalDate start = LocalDate.of(1905, 1, 1).plusDays(offset);
                  return DateRange.of(start, start.plusDays(length));
                });
    Arbitrary<Integer> runLength = Arbitraries.integers().between(1, 30).edgeCases(e -> e.add(1));
    Arbitrary<ReportingPeriod> yearRuns =
        Combinators.combine(Arbitraries.integers().between(1935, 2900), runLength)
            .as((first, n) -> FinancialYears.of(FinancialYear.of(first), FinancialYear.of(first + n)));
    Arbitrary<ReportingPeriod> calendarRuns =
        Combinators.combine(Arbitraries.integers().between(1935, 2900), runLength)
            .as((first, n) -> CalendarYears.of(CalendarYear.of(first), CalendarYear.of(first + n)));
    Arbitrary<ReportingPeriod> monthRuns =
        Combinators.combine(
                Arbitraries.integers().between(1940, 2900),
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 400))
            .as((y, m, n) -> MonthRange.of(CalendarMonth.of(y, m), CalendarMonth.of(y, m).plusMonths(n)));
    Arbitrary<ReportingPeriod> quarterRuns =
        Combinators.combine(
                financialYears(), Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 3))
            .as((year, q, extra) -> FinancialQuarters.of(year.quarter(q), year.quarter(Math.min(4, q + extra))));
    Arbitrary<ReportingPeriod> calendarQuarters =
        Combinators.combine(
                Arbitraries.integers().between(1905, 2990), Arbitraries.integers().between(1, 4))
            .as(CalendarQuarter::of);
    return Arbitraries.oneOf(
        financialYears().map(p -> p),
        yearRuns,
        quarters,
        quarterRuns,
        months().map(p -> p),
        monthRuns,
        calendarQuarters,
        Arbitraries.integers().between(1905, 2990).map(CalendarYear::of),
        calendarRuns,
        months().map(YearToDate::through),
        months().map(Rolling12Months::endingWith),
        ranges);
  }
}
