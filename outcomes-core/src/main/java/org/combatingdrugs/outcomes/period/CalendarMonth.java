package org.combatingdrugs.outcomes.period;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.time.YearMonth;

/**
 * A calendar month, labelled {@code April 2023}.
 *
 * @param year the calendar year, 1900 to 2999
 * @param month 1 (January) to 12 (December)
 */
public record CalendarMonth(int year, int month) implements ReportingPeriod {

  private static final long MAX_STEP = 12L * (Years.MAX - Years.MIN + 1);

  /** Checks the year's range and the month. */
  public CalendarMonth {
    Years.check("year", year, Years.MAX);
    checkArgument(month >= 1 && month <= 12, "month must be within 1..12 but was %s", month);
  }

  /**
   * Reads a calendar month label, as {@link ReportingPeriods#parse(CharSequence)} reads it:
   * {@code April 2023}, {@code Apr 2023}, {@code 2023-04}.
   *
   * @param text the label
   * @return the period
   * @throws PeriodParseException quoting the text when it is no period, or naming the kind it is
   *     when that is another
   */
  public static CalendarMonth parse(CharSequence text) {
    return ReportingPeriods.parse(text, CalendarMonth.class);
  }
  /**
   * A month.
   *
   * @param year the calendar year
   * @param month 1 to 12
   * @return the month
   */
  public static CalendarMonth of(int year, int month) {
    return new CalendarMonth(year, month);
  }

  /**
   * A month from {@code java.time}.
   *
   * @param yearMonth the month
   * @return the month
   */
  public static CalendarMonth of(YearMonth yearMonth) {
    checkNotNull(yearMonth, "yearMonth");
    return of(yearMonth.getYear(), yearMonth.getMonthValue());
  }

  /** The month as {@code java.time}. */
  public YearMonth yearMonth() {
    return YearMonth.of(year, month);
  }

  /**
   * The month a number of months later (earlier when negative).
   *
   * @param months how many months to move
   * @return the month
   */
  public CalendarMonth plusMonths(long months) {
    checkArgument(
        months >= -MAX_STEP && months <= MAX_STEP,
        "months must be within -%s..%s but was %s",
        MAX_STEP,
        MAX_STEP,
        months);
    long index = Math.addExact(Math.addExact(year * 12L, month - 1L), months);
    long newYear = Math.floorDiv(index, 12);
    checkArgument(
        newYear >= Years.MIN && newYear <= Years.MAX,
        "months must stay within years %s..%s but moved %s to %s",
        Years.MIN,
        Years.MAX,
        this,
        newYear);
    return of((int) newYear, Math.floorMod(index, 12) + 1);
  }

  /**
   * Orders as every period does (by start, then end); against another month it
   * compares years and months directly, without building dates.
   */
  @Override
  public int compareTo(ReportingPeriod other) {
    if (other instanceof CalendarMonth that) {
      int byYear = Integer.compare(year, that.year);
      return byYear != 0 ? byYear : Integer.compare(month, that.month);
    }
    return ReportingPeriod.super.compareTo(other);
  }

  @Override
  public LocalDate start() {
    return LocalDate.of(year, month, 1);
  }

  @Override
  public LocalDate end() {
    return yearMonth().atEndOfMonth();
  }

  @Override
  public String label() {
    return monthName() + " " + year;
  }

  /** The month's English name, such as {@code April}. */
  public String monthName() {
    return Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
  }

  @Override
  public CalendarMonth next() {
    return plusMonths(1);
  }

  @Override
  public CalendarMonth previous() {
    return plusMonths(-1);
  }

  @Override
  public CalendarMonth sameLastYear() {
    return plusMonths(-12);
  }

  @Override
  public String toString() {
    return label();
  }
}
