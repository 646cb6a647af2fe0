package org.combatingdrugs.outcomes.period;

import java.time.LocalDate;

/**
 * A calendar year, labelled {@code 2022}: ONS registers deaths by calendar year.
 *
 * @param year the year, 1900 to 2999
 */
public record CalendarYear(int year) implements ReportingPeriod {

  /** Checks the year's range. */
  public CalendarYear {
    Years.check("year", year, Years.MAX);
  }

  /**
   * A calendar year.
   *
   * @param year the year
   * @return the calendar year
   */
  public static CalendarYear of(int year) {
    return new CalendarYear(year);
  }

  @Override
  public LocalDate start() {
    return LocalDate.of(year, 1, 1);
  }

  @Override
  public LocalDate end() {
    return LocalDate.of(year, 12, 31);
  }

  @Override
  public String label() {
    return Integer.toString(year);
  }

  @Override
  public CalendarYear next() {
    return of(year + 1);
  }

  @Override
  public CalendarYear previous() {
    return of(year - 1);
  }

  @Override
  public CalendarYear sameLastYear() {
    return previous();
  }

  @Override
  public String toString() {
    return label();
  }
}
