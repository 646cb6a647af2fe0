package org.combatingdrugs.outcomes.period;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * A quarter of a UK financial year, labelled {@code 2023/24 Q1}: Q1 is April–June, Q2 July–September,
 * Q3 October–December and Q4 January–March of the following calendar year.
 *
 * @param startYear the calendar year in which its financial year starts
 * @param quarter 1 to 4
 */
public record FinancialQuarter(int startYear, int quarter) implements ReportingPeriod {

  private static final long MAX_STEP = 4L * (Years.MAX - Years.MIN + 1);

  /** Checks the year's range and the quarter. */
  public FinancialQuarter {
    Years.check("startYear", startYear, Years.MAX - 1);
    checkArgument(quarter >= 1 && quarter <= 4, "quarter must be within 1..4 but was %s", quarter);
  }

  /**
   * Reads a financial quarter label, as {@link ReportingPeriods#parse(CharSequence)} reads it:
   * {@code 2023/24 Q1}.
   *
   * @param text the label
   * @return the period
   * @throws PeriodParseException quoting the text when it is no period, or naming the kind it is
   *     when that is another
   */
  public static FinancialQuarter parse(CharSequence text) {
    return ReportingPeriods.parse(text, FinancialQuarter.class);
  }
  /**
   * A quarter.
   *
   * @param startYear the calendar year in which its financial year starts
   * @param quarter 1 (April–June) to 4 (January–March)
   * @return the quarter
   */
  public static FinancialQuarter of(int startYear, int quarter) {
    return new FinancialQuarter(startYear, quarter);
  }

  /**
   * The quarter a day falls in.
   *
   * @param day the day
   * @return the quarter
   */
  public static FinancialQuarter containing(LocalDate day) {
    return of(FinancialYear.containing(day).startYear(), ((day.getMonthValue() + 8) % 12) / 3 + 1);
  }

  /** The financial year it belongs to. */
  public FinancialYear financialYear() {
    return FinancialYear.of(startYear);
  }

  /**
   * The quarter a number of quarters later (earlier when negative).
   *
   * @param quarters how many quarters to move
   * @return the quarter
   */
  public FinancialQuarter plusQuarters(long quarters) {
    checkArgument(
        quarters >= -MAX_STEP && quarters <= MAX_STEP,
        "quarters must be within -%s..%s but was %s",
        MAX_STEP,
        MAX_STEP,
        quarters);
    long index = Math.addExact(Math.addExact(startYear * 4L, quarter - 1L), quarters);
    long year = Math.floorDiv(index, 4);
    checkArgument(
        year >= Years.MIN && year <= Years.MAX - 1,
        "quarters must stay within financial years %s..%s but moved %s to %s",
        Years.MIN,
        Years.MAX - 1,
        this,
        year);
    return of((int) year, Math.floorMod(index, 4) + 1);
  }

  /**
   * Orders as every period does (by start, then end); against another financial quarter it
   * compares years and quarters directly, without building dates.
   */
  @Override
  public int compareTo(ReportingPeriod other) {
    if (other instanceof FinancialQuarter that) {
      int byYear = Integer.compare(startYear, that.startYear);
      return byYear != 0 ? byYear : Integer.compare(quarter, that.quarter);
    }
    return ReportingPeriod.super.compareTo(other);
  }

  @Override
  public LocalDate start() {
    return quarter == 4 ? LocalDate.of(startYear + 1, 1, 1) : LocalDate.of(startYear, 3 * quarter + 1, 1);
  }

  @Override
  public LocalDate end() {
    return quarter == 4
        ? LocalDate.of(startYear + 1, 3, 31)
        : LocalDate.of(startYear, 3 * quarter + 3, quarter == 3 ? 31 : 30);
  }

  @Override
  public String label() {
    return financialYear().label() + " Q" + quarter;
  }

  @Override
  public FinancialQuarter next() {
    return plusQuarters(1);
  }

  @Override
  public FinancialQuarter previous() {
    return plusQuarters(-1);
  }

  @Override
  public FinancialQuarter sameLastYear() {
    return plusQuarters(-4);
  }

  @Override
  public String toString() {
    return label();
  }
}
