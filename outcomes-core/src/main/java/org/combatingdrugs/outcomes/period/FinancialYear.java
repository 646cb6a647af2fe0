package org.combatingdrugs.outcomes.period;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Month;

/**
 * A UK financial year, 1 April to 31 March, labelled {@code 2023/24}.
 *
 * @param startYear the calendar year in which it starts, 1900 to 2998
 */
public record FinancialYear(int startYear) implements ReportingPeriod {

  private static final LocalDate FIRST_DAY = LocalDate.of(Years.MIN, Month.APRIL, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(Years.MAX, Month.MARCH, 31);

  /** Checks the year's range. */
  public FinancialYear {
    Years.check("startYear", startYear, Years.MAX - 1);
  }

  /**
   * Reads a financial year label, as {@link ReportingPeriods#parse(CharSequence)} reads it:
   * {@code 2023/24}.
   *
   * @param text the label
   * @return the period
   * @throws PeriodParseException quoting the text when it is no period, or naming the kind it is
   *     when that is another
   */
  public static FinancialYear parse(CharSequence text) {
    return ReportingPeriods.parse(text, FinancialYear.class);
  }
  /**
   * The financial year starting in April of a calendar year.
   *
   * @param startYear the calendar year in which it starts, 1900 to 2998
   * @return the year, labelled {@code startYear/(startYear+1)}
   */
  public static FinancialYear of(int startYear) {
    return new FinancialYear(startYear);
  }

  /**
   * The financial year a day falls in (January–March belong to the year begun the April before).
   *
   * @param day the day
   * @return the financial year
   */
  public static FinancialYear containing(LocalDate day) {
    checkNotNull(day, "day");
    checkArgument(
        !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY),
        "day must be within %s..%s but was %s",
        FIRST_DAY,
        LAST_DAY,
        day);
    return of(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
  }

  /**
   * One of its quarters.
   *
   * @param quarter 1 (April–June) to 4 (January–March)
   * @return the quarter
   */
  public FinancialQuarter quarter(int quarter) {
    return FinancialQuarter.of(startYear, quarter);
  }

  /** Its four quarters, Q1 first. */
  public ImmutableList<FinancialQuarter> quarters() {
    return ImmutableList.of(quarter(1), quarter(2), quarter(3), quarter(4));
  }

  /** Its twelve months, April first. */
  public ImmutableList<CalendarMonth> months() {
    ImmutableList.Builder<CalendarMonth> months = ImmutableList.builder();
    CalendarMonth month = CalendarMonth.of(startYear, 4);
    for (int i = 0; i < 12; i++) {
      months.add(month);
      month = month.plusMonths(1);
    }
    return months.build();
  }

  /**
   * The year to date through one of its months.
   *
   * @param last the last month included, within this year
   * @return the year to date
   */
  public YearToDate toDateThrough(CalendarMonth last) {
    checkArgument(encloses(last), "last must be a month of %s but was %s", this, last);
    return YearToDate.through(last);
  }

  /**
   * Orders as every period does (by start, then end); against another financial year it
   * compares start years directly, without building dates.
   */
  @Override
  public int compareTo(ReportingPeriod other) {
    if (other instanceof FinancialYear that) {
      return Integer.compare(startYear, that.startYear);
    }
    return ReportingPeriod.super.compareTo(other);
  }

  @Override
  public LocalDate start() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  @Override
  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  @Override
  public String label() {
    int end = (startYear + 1) % 100;
    return startYear + (end < 10 ? "/0" : "/") + end;
  }

  @Override
  public FinancialYear next() {
    return of(startYear + 1);
  }

  @Override
  public FinancialYear previous() {
    return of(startYear - 1);
  }

  @Override
  public FinancialYear sameLastYear() {
    return previous();
  }

  @Override
  public String toString() {
    return label();
  }
}
