package org.combatingdrugs.outcomes.period;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;

/**
 * A quarter of a calendar year, as Fingertips labels them: {@code 2006 Q1} is January to March
 * 2006 (a financial quarter is {@link FinancialQuarter}, {@code 2006/07 Q1} April to June 2006).
 *
 * @param year the calendar year
 * @param quarter 1 (January–March) to 4 (October–December)
 */
public record CalendarQuarter(int year, int quarter) implements ReportingPeriod {

  /** Checks the year and quarter. */
  public CalendarQuarter {
    Years.check("year", year, Years.MAX);
    checkArgument(quarter >= 1 && quarter <= 4, "quarter must be within 1..4 but was %s", quarter);
  }

  /**
   * Reads a calendar quarter, as {@link ReportingPeriods#parse(CharSequence)} reads it: {@code
   * 2006 Q1}, {@code Q1 2006}.
   *
   * @param text the label
   * @return the period
   * @throws PeriodParseException quoting the text when it is no period, or naming the kind it is
   *     when that is another
   */
  public static CalendarQuarter parse(CharSequence text) {
    return ReportingPeriods.parse(text, CalendarQuarter.class);
  }

  /**
   * A calendar quarter.
   *
   * @param year the calendar year
   * @param quarter 1 to 4
   * @return the quarter
   */
  public static CalendarQuarter of(int year, int quarter) {
    return new CalendarQuarter(year, quarter);
  }

  /** The first month of the quarter. */
  public CalendarMonth firstMonth() {
    return CalendarMonth.of(year, 3 * quarter - 2);
  }

  /**
   * Orders as every period does (by start, then end); against another calendar quarter it
   * compares years and quarters directly, without building dates.
   */
  @Override
  public int compareTo(ReportingPeriod other) {
    if (other instanceof CalendarQuarter that) {
      int byYear = Integer.compare(year, that.year);
      return byYear != 0 ? byYear : Integer.compare(quarter, that.quarter);
    }
    return ReportingPeriod.super.compareTo(other);
  }

  @Override
  public LocalDate start() {
    return firstMonth().start();
  }

  @Override
  public LocalDate end() {
    return firstMonth().plusMonths(2).end();
  }

  @Override
  public String label() {
    return year + " Q" + quarter;
  }

  @Override
  public CalendarQuarter next() {
    return quarter == 4 ? of(year + 1, 1) : of(year, quarter + 1);
  }

  @Override
  public CalendarQuarter previous() {
    return quarter == 1 ? of(year - 1, 4) : of(year, quarter - 1);
  }

  @Override
  public CalendarQuarter sameLastYear() {
    return of(year - 1, quarter);
  }

  @Override
  public String toString() {
    return label();
  }
}
