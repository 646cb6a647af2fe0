package org.combatingdrugs.outcomes.period;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/**
 * A run of two or more whole financial years, as strategies and plans print them: {@code
 * 2022-2025} is the three years 2022/23, 2023/24 and 2024/25, labelled {@code 2022/23 to 2024/25}.
 * Its neighbours are the runs of the same length before and after it.
 *
 * @param first the first year
 * @param last the last year, after {@code first} (one year is a {@link FinancialYear})
 */
public record FinancialYears(FinancialYear first, FinancialYear last) implements ReportingPeriod {

  /** Checks that the run holds at least two years. */
  public FinancialYears {
    Runs.check(first, last, last.startYear() > first.startYear(), "FinancialYear");
  }

  /**
   * Reads a run of financial years, as {@link ReportingPeriods#parse(CharSequence)} reads it:
   * {@code 2022/23 to 2024/25}, {@code 2022-2025}, {@code 2006/07 - 08/09}.
   *
   * @param text the label
   * @return the period
   * @throws PeriodParseException quoting the text when it is no period, or naming the kind it is
   *     when that is another
   */
  public static FinancialYears parse(CharSequence text) {
    return ReportingPeriods.parse(text, FinancialYears.class);
  }

  /**
   * The run from one financial year to another, both included.
   *
   * @param first the first year
   * @param last the last year, after {@code first}
   * @return the run
   */
  public static FinancialYears of(FinancialYear first, FinancialYear last) {
    return new FinancialYears(first, last);
  }

  /** The years of the run, in order. */
  public ImmutableList<FinancialYear> years() {
    return Runs.consecutive(first.startYear(), last.startYear(), FinancialYear::of);
  }

  /** The number of years, 2 or more. */
  public int size() {
    return last.startYear() - first.startYear() + 1;
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
  public FinancialYears next() {
    return shifted(size());
  }

  @Override
  public FinancialYears previous() {
    return shifted(-size());
  }

  /** The run one year earlier (2021/22 to 2023/24 for 2022/23 to 2024/25). */
  @Override
  public FinancialYears sameLastYear() {
    return shifted(-1);
  }

  private FinancialYears shifted(int years) {
    return of(FinancialYear.of(first.startYear() + years), FinancialYear.of(last.startYear() + years));
  }

  @Override
  public String toString() {
    return label();
  }
}
