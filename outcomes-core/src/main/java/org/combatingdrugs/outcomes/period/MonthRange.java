package org.combatingdrugs.outcomes.period;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A run of two or more whole calendar months, labelled {@code August 2017 to July 2019}. Its
 * neighbours are the runs of the same length before and after it.
 *
 * @param first the first month
 * @param last the last month, after {@code first} (one month is a {@link CalendarMonth})
 */
public record MonthRange(CalendarMonth first, CalendarMonth last) implements ReportingPeriod {

  /** Checks that the run holds at least two months. */
  public MonthRange {
    Runs.check(first, last, last.compareTo(first) > 0, "CalendarMonth");
  }

  /**
   * Reads a run of months, as {@link ReportingPeriods#parse(CharSequence)} reads it: {@code
   * August 2017 to July 2019}, {@code Aug 2017 - Jul 2019}.
   *
   * @param text the label
   * @return the period
   * @throws PeriodParseException quoting the text when it is no period, or naming the kind it is
   *     when that is another
   */
  public static MonthRange parse(CharSequence text) {
    return ReportingPeriods.parse(text, MonthRange.class);
  }

  /**
   * The run from one month to another, both included.
   *
   * @param first the first month
   * @param last the last month, after {@code first}
   * @return the run
   */
  public static MonthRange of(CalendarMonth first, CalendarMonth last) {
    return new MonthRange(first, last);
  }

  /** The number of months, 2 or more. */
  public int size() {
    return (int) ChronoUnit.MONTHS.between(first.yearMonth(), last.yearMonth()) + 1;
  }

  @Override
  public LocalDate start() {
    return first.start();
  }

  @Override
  public LocalDate end() {
    return last.end();
  }

  @Override
  public String label() {
    return Runs.label(first, last);
  }

  @Override
  public MonthRange next() {
    return of(first.plusMonths(size()), last.plusMonths(size()));
  }

  @Override
  public MonthRange previous() {
    return of(first.plusMonths(-size()), last.plusMonths(-size()));
  }

  /** The same months one year earlier. */
  @Override
  public MonthRange sameLastYear() {
    return of(first.plusMonths(-12), last.plusMonths(-12));
  }

  @Override
  public String toString() {
    return label();
  }
}
