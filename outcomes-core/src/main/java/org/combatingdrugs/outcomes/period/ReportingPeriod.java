package org.combatingdrugs.outcomes.period;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.combatingdrugs.outcomes.exact.Exact;

/**
 * A span of days that figures are reported for. Every kind has a start and an inclusive end, a
 * canonical label that {@link ReportingPeriods#parse} reads back, and neighbours of the same kind.
 *
 * <p>Periods are ordered by start, then end (a shorter period first), then kind in the order
 * financial year, run of financial years, financial quarter, run of quarters, calendar month, run
 * of months, calendar quarter, calendar year, run of calendar years, year to date, rolling 12
 * months, date range: an order consistent with {@code equals}, so 2023/24 Q1 comes before 2023/24
 * Q2 and 2023/24 Q1 before 2023/24 (same start, earlier end).
 */
public sealed interface ReportingPeriod extends Comparable<ReportingPeriod>
    permits FinancialYear,
        FinancialYears,
        FinancialQuarter,
        FinancialQuarters,
        CalendarMonth,
        MonthRange,
        CalendarQuarter,
        CalendarYear,
        CalendarYears,
        YearToDate,
        Rolling12Months,
        DateRange {

  /** The first day. */
  LocalDate start();

  /**
   * Compares by start, then end, then kind (see the type's description).
   *
   * @param other another period
   * @return negative, zero or positive as this period comes before, is equal to, or after
   *     {@code other}
   */
  @Override
  default int compareTo(ReportingPeriod other) {
    checkNotNull(other, "other");
    int byStart = start().compareTo(other.start());
    if (byStart != 0) {
      return byStart;
    }
    int byEnd = end().compareTo(other.end());
    return byEnd != 0 ? byEnd : Integer.compare(ReportingPeriods.rankOf(this), ReportingPeriods.rankOf(other));
  }

  /** The last day, inclusive. */
  LocalDate end();

  /** The canonical label, such as {@code 2023/24 Q1}; equal to {@code toString()}. */
  String label();

  /** The following period of the same kind. */
  ReportingPeriod next();

  /** The preceding period of the same kind. */
  ReportingPeriod previous();

  /** The same period one year earlier (2022/23 Q1 for 2023/24 Q1). */
  ReportingPeriod sameLastYear();

  /**
   * Whether a day falls in this period.
   *
   * @param day the day
   * @return {@code true} when start ≤ day ≤ end
   */
  default boolean contains(LocalDate day) {
    checkNotNull(day, "day");
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /**
   * Whether another period lies wholly within this one (a period encloses itself).
   *
   * @param other the other period
   * @return {@code true} when every day of {@code other} is in this period
   */
  default boolean encloses(ReportingPeriod other) {
    checkNotNull(other, "other");
    return contains(other.start()) && contains(other.end());
  }

  /**
   * The number of whole calendar months within the period: 12 for a financial year, 3 for a
   * quarter, 0 for a date range of 1 to 15 April.
   */
  default long wholeMonths() {
    LocalDate firstWhole = start().getDayOfMonth() == 1 ? start() : start().plusMonths(1).withDayOfMonth(1);
    LocalDate afterLastWhole =
        end().getDayOfMonth() == end().lengthOfMonth() ? end().plusDays(1) : end().withDayOfMonth(1);
    return Math.max(0, ChronoUnit.MONTHS.between(firstWhole, afterLastWhole));
  }

  /**
   * The financial years the period overlaps, in order: 2023/24 for 2023/24 Q1; 2022/23 and 2023/24
   * for calendar year 2023.
   */
  default ImmutableList<FinancialYear> financialYears() {
    int first = FinancialYear.containing(start()).startYear();
    int last = FinancialYear.containing(end()).startYear();
    ImmutableList.Builder<FinancialYear> years = ImmutableList.builder();
    for (int y = first; y <= last; y++) {
      years.add(FinancialYear.of(y));
    }
    return years.build();
  }

  /** The number of days, counting both ends. */
  default long days() {
    return ChronoUnit.DAYS.between(start(), end()) + 1;
  }

  /**
   * This period's length as a share of an enclosing period's: 2023/24 Q2 is 1/4 of 2023/24 by
   * quarters, 91/366 by days.
   *
   * @param enclosing a period that encloses this one
   * @param basis how lengths are measured
   * @return the exact share, in (0, 1]
   * @throws IllegalArgumentException when {@code enclosing} does not enclose this period, or a
   *     period is not whole months or quarters on that basis
   */
  default Exact shareOf(ReportingPeriod enclosing, ElapsedBasis basis) {
    return Lengths.share(start(), end(), this, enclosing, basis);
  }

  /**
   * The share of an enclosing period elapsed by the end of this one, counted from the enclosing
   * period's start: 2023/24 Q2 ends half-way through 2023/24 by quarters.
   *
   * @param enclosing a period that encloses this one
   * @param basis how lengths are measured
   * @return the exact fraction elapsed, in (0, 1]
   * @throws IllegalArgumentException when {@code enclosing} does not enclose this period, or a
   *     period is not whole months or quarters on that basis
   */
  default Exact elapsedFractionOf(ReportingPeriod enclosing, ElapsedBasis basis) {
    checkNotNull(enclosing, "enclosing");
    return Lengths.share(enclosing.start(), end(), this, enclosing, basis);
  }
}
