package org.combatingdrugs.outcomes.period;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * The twelve months ending with a month, labelled {@code year ending March 2024}
 * (the ONS form). Its neighbours move
 * by one month.
 *
 * @param last the last month included
 */
public record Rolling12Months(CalendarMonth last) implements ReportingPeriod {

  /** Checks the last month and that the first month is within range. */
  public Rolling12Months {
    checkNotNull(last, "last");
    checkArgument(
        last.year() > Years.MIN || last.month() == 12,
        "last must end twelve months from %s or later but was %s",
        Years.MIN,
        last);
  }

  /**
   * Reads a rolling 12 months label, as {@link ReportingPeriods#parse(CharSequence)} reads it:
   * {@code year ending March 2024}, {@code 12 months to
   * October 2020}, {@code the year to October 2020}, {@code YE Mar 24}.
   *
   * @param text the label
   * @return the period
   * @throws PeriodParseException quoting the text when it is no period, or naming the kind it is
   *     when that is another
   */
  public static Rolling12Months parse(CharSequence text) {
    return ReportingPeriods.parse(text, Rolling12Months.class);
  }
  /**
   * The twelve months ending with a month.
   *
   * @param last the last month included
   * @return the rolling year
   */
  public static Rolling12Months endingWith(CalendarMonth last) {
    return new Rolling12Months(last);
  }

  /** The first month included. */
  public CalendarMonth first() {
    return last.plusMonths(-11);
  }

  @Override
  public LocalDate start() {
    return first().start();
  }

  @Override
  public LocalDate end() {
    return last.end();
  }

  @Override
  public String label() {
    return "year ending " + last.label();
  }

  @Override
  public Rolling12Months next() {
    return endingWith(last.next());
  }

  @Override
  public Rolling12Months previous() {
    return endingWith(last.previous());
  }

  @Override
  public Rolling12Months sameLastYear() {
    return endingWith(last.plusMonths(-12));
  }

  @Override
  public String toString() {
    return label();
  }
}
