package org.combatingdrugs.outcomes.period;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/**
 * A run of two or more quarters of one financial year, as Fingertips labels them: {@code 2006/07
 * Q1-Q3} is April to December 2006. Like a year to date, its neighbours are the same quarters of
 * the next and previous financial years.
 *
 * @param first the first quarter
 * @param last the last quarter, later in the same financial year (one quarter is a {@link
 *     FinancialQuarter})
 */
public record FinancialQuarters(FinancialQuarter first, FinancialQuarter last) implements ReportingPeriod {

  /** Checks that both quarters are of one financial year and the run holds two or more. */
  public FinancialQuarters {
    Runs.check(first, last, last.compareTo(first) > 0, "FinancialQuarter");
    checkArgument(
        first.startYear() == last.startYear(),
        "last must be in the financial year of first %s but was %s",
        first,
        last);
  }

  /**
   * Reads a run of quarters, as {@link ReportingPeriods#parse(CharSequence)} reads it: {@code
   * 2006/07 Q1-Q3}, {@code Q1-Q3 2006/07}.
   *
   * @param text the label
   * @return the period
   * @throws PeriodParseException quoting the text when it is no period, or naming the kind it is
   *     when that is another
   */
  public static FinancialQuarters parse(CharSequence text) {
    return ReportingPeriods.parse(text, FinancialQuarters.class);
  }

  /**
   * The run from one quarter to a later one of the same financial year.
   *
   * @param first the first quarter
   * @param last the last quarter
   * @return the run
   */
  public static FinancialQuarters of(FinancialQuarter first, FinancialQuarter last) {
    return new FinancialQuarters(first, last);
  }

  /** The financial year the quarters belong to. */
  public FinancialYear financialYear() {
    return first.financialYear();
  }

  /** The quarters of the run, in order. */
  public ImmutableList<FinancialQuarter> quarters() {
    return financialYear().quarters().subList(first.quarter() - 1, last.quarter());
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
    return first.label() + "-Q" + last.quarter();
  }

  @Override
  public FinancialQuarters next() {
    return of(first.plusQuarters(4), last.plusQuarters(4));
  }

  @Override
  public FinancialQuarters previous() {
    return of(first.plusQuarters(-4), last.plusQuarters(-4));
  }

  @Override
  public FinancialQuarters sameLastYear() {
    return previous();
  }

  @Override
  public String toString() {
    return label();
  }
}
