package org.combatingdrugs.outcomes.period;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/**
 * A run of two or more calendar years, such as the three-year pools Fingertips prints as {@code
 * 2006 - 08}; labelled {@code 2006 to 2008}. Its neighbours are the runs of the same length before
 * and after it (Fingertips' pools do not overlap).
 *
 * @param first the first year
 * @param last the last year, after {@code first} (one year is a {@link CalendarYear})
 */
public record CalendarYears(CalendarYear first, CalendarYear last) implements ReportingPeriod {

  /** Checks that the run holds at least two years. */
  public CalendarYears {
    Runs.check(first, last, last.year() > first.year(), "CalendarYear");
  }

  /**
   * Reads a run of calendar years, as {@link ReportingPeriods#parse(CharSequence)} reads it:
   * {@code 2006 to 2008}, {@code 2006 - 08}.
   *
   * @param text the label
   * @return the period
   * @throws PeriodParseException quoting the text when it is no period, or naming the kind it is
   *     when that is another
   */
  public static CalendarYears parse(CharSequence text) {
    return ReportingPeriods.parse(text, CalendarYears.class);
  }

  /**
   * The run from one calendar year to another, both included.
   *
   * @param first the first year
   * @param last the last year, after {@code first}
   * @return the run
   */
  public static CalendarYears of(CalendarYear first, CalendarYear last) {
    return new CalendarYears(first, last);
  }

  /** The years of the run, in order. */
  public ImmutableList<CalendarYear> years() {
    return Runs.consecutive(first.year(), last.year(), CalendarYear::of);
  }

  /** The number of years, 2 or more. */
  public int size() {
    return last.year() - first.year() + 1;
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
  public CalendarYears next() {
    return shifted(size());
  }

  @Override
  public CalendarYears previous() {
    return shifted(-size());
  }

  /** The run one year earlier. */
  @Override
  public CalendarYears sameLastYear() {
    return shifted(-1);
  }

  private CalendarYears shifted(int years) {
    return of(CalendarYear.of(first.year() + years), CalendarYear.of(last.year() + years));
  }

  @Override
  public String toString() {
    return label();
  }
}
