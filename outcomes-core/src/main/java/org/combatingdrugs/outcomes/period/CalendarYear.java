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
   * Reads a calendar year label, as {@link ReportingPeriods#parse(CharSequence)} reads it:
   * {@code 2022}.
   *
   * @param text the label
   * @return the period
   * @throws PeriodParseException quoting the text when it is no period, or naming the kind it is
   *     when that is another
   */
  public static CalendarYear parse(CharSequence text) {
    return ReportingPeriods.parse(text, CalendarYear.class);
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

  /**
   * Orders as every period does (by start, then end); against another calendar year it
   * compares years directly, without building dates.
   */
  @Override
  public int compareTo(ReportingPeriod other) {
    if (other instanceof CalendarYear that) {
      return Integer.compare(year, that.year);
    }
    return ReportingPeriod.super.compareTo(other);
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
