package org.combatingdrugs.outcomes.period;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A financial year to date: from 1 April through the end of a month, labelled {@code 2023/24 to
 * September}. Its neighbours are the same span of the next and previous financial years, so that a
 * year to date compares with the same months of last year.
 *
 * @param last the last month included
 */
public record YearToDate(CalendarMonth last) implements ReportingPeriod {

  /** Checks that the last month is present. */
  public YearToDate {
    checkNotNull(last, "last");
    checkArgument(
        (last.year() > Years.MIN || last.month() >= 4) && (last.year() < Years.MAX || last.month() <= 3),
        "last must be within April %s..March %s but was %s",
        Years.MIN,
        Years.MAX,
        last);
  }

  /**
   * Reads a year-to-date label, as {@link ReportingPeriods#parse(CharSequence)} reads it:
   * {@code 2023/24 to September}, {@code 2023/24 YTD to 2023-09}.
   *
   * @param text the label
   * @return the period
   * @throws PeriodParseException quoting the text when it is no period, or naming the kind it is
   *     when that is another
   */
  public static YearToDate parse(CharSequence text) {
    return ReportingPeriods.parse(text, YearToDate.class);
  }
  /**
   * The financial year to date through a month.
   *
   * @param last the last month included
   * @return the year to date
   */
  public static YearToDate through(CalendarMonth last) {
    return new YearToDate(last);
  }

  /**
   * The financial year to date through the end of a quarter.
   *
   * @param last the last quarter included
   * @return the year to date
   */
  public static YearToDate through(FinancialQuarter last) {
    checkNotNull(last, "last");
    return through(CalendarMonth.of(YearMonth.from(last.end())));
  }

  /** The financial year it belongs to. */
  public FinancialYear financialYear() {
    return FinancialYear.containing(last.start());
  }

  /** The number of months included, 1 to 12. */
  public int months() {
    return (int) Lengths.length(start(), end(), this, ElapsedBasis.MONTHS);
  }

  @Override
  public LocalDate start() {
    return financialYear().start();
  }

  @Override
  public LocalDate end() {
    return last.end();
  }

  @Override
  public String label() {
    return financialYear().label() + " to " + last.monthName();
  }

  @Override
  public YearToDate next() {
    return through(last.plusMonths(12));
  }

  @Override
  public YearToDate previous() {
    return through(last.plusMonths(-12));
  }

  @Override
  public YearToDate sameLastYear() {
    return previous();
  }

  @Override
  public String toString() {
    return label();
  }
}
