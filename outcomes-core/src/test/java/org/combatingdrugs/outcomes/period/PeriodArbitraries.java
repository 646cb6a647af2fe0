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
    return Arbitraries.oneOf(
        financialYears().map(p -> p),
        quarters,
        months().map(p -> p),
        Arbitraries.integers().between(1905, 2990).map(CalendarYear::of),
        months().map(YearToDate::through),
        months().map(Rolling12Months::endingWith),
        ranges);
  }
}
