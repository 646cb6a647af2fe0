package org.combatingdrugs.outcomes.period;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Any span of days, labelled {@code 2023-04-01..2023-06-30}. Its neighbours are the adjacent spans
 * of the same number of days.
 *
 * @param start the first day
 * @param end the last day, inclusive, not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) implements ReportingPeriod {

  /** Checks the order of the days and their years. */
  public DateRange {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkArgument(!end.isBefore(start), "end must not be before start %s but was %s", start, end);
    Years.check("start year", start.getYear(), Years.MAX);
    Years.check("end year", end.getYear(), Years.MAX);
  }

  /**
   * Reads a date range label, as {@link ReportingPeriods#parse(CharSequence)} reads it:
   * {@code 2023-04-01..2023-04-15}.
   *
   * @param text the label
   * @return the period
   * @throws PeriodParseException quoting the text when it is no period, or naming the kind it is
   *     when that is another
   */
  public static DateRange parse(CharSequence text) {
    return ReportingPeriods.parse(text, DateRange.class);
  }
  /**
   * A span of days.
   *
   * @param start the first day
   * @param end the last day, inclusive
   * @return the range
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return new DateRange(start, end);
  }

  @Override
  public String label() {
    return start + ".." + end;
  }

  @Override
  public DateRange next() {
    long days = days();
    return of(end.plusDays(1), end.plusDays(days));
  }

  @Override
  public DateRange previous() {
    long days = days();
    return of(start.minusDays(days), start.minusDays(1));
  }

  /** The same days one year earlier (29 February becomes 28 February). */
  @Override
  public DateRange sameLastYear() {
    return of(start.minusYears(1), end.minusYears(1));
  }

  @Override
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  @Override
  public String toString() {
    return label();
  }
}
