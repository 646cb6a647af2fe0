package org.combatingdrugs.outcomes.period;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.DateTimeException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reading reporting periods from the labels people write. */
public final class ReportingPeriods {

  /** The longest label read; longer text is refused at once. */
  public static final int MAX_LENGTH = 100;

  /**
   * How many labels read are remembered: a dataset names a few dozen periods hundreds of thousands
   * of times, and looking a label up is far quicker than reading it. Only labels that read are kept,
   * and reading does not depend on anything but the text.
   */
  private static final int REMEMBERED = 4_096;

  private static final ConcurrentHashMap<String, ReportingPeriod> READ = new ConcurrentHashMap<>();

  private ReportingPeriods() {}

  /**
   * Reads a period from a label as reports, data files and people write it, ignoring ASCII case,
   * repeated and non-breaking spaces, and reading en and em dashes as range dashes:
   *
   * <ul>
   *   <li>financial years: {@code 2023/24}, {@code 23/24}, {@code FY 23/24}, {@code 2023-24},
   *       {@code 2023/2024}; runs of them: {@code 2022/23 to 2024/25}, {@code 2006/07 - 08/09},
   *       and strategies' {@code 2022-2025} (the years from April 2022 to March 2025);
   *   <li>quarters: {@code 2023/24 Q1}, {@code Q1 2023/24}; runs within a year: {@code 2006/07
   *       Q1-Q3}; calendar quarters: {@code 2006 Q1};
   *   <li>months: {@code April 2023}, {@code Apr 2023}, {@code 2023-04}; runs: {@code August 2017
   *       to July 2019}, {@code Aug 2017 - Jul 2019};
   *   <li>calendar years: {@code 2022}; runs: {@code 2006 to 2008} and Fingertips' {@code 2006 -
   *       08};
   *   <li>years to date: {@code 2023/24 to September}, {@code 2023/24 YTD to 2023-09};
   *   <li>rolling years: {@code year ending March 2024}, {@code 12 months to October 2020}, {@code
   *       the year to October 2020}, {@code YE Mar 24};
   *   <li>date ranges: {@code 2023-04-01..2023-06-30}.
   * </ul>
   *
   * <p>A two-digit year on its own is read as 1990 to 2089. {@code YYYY-NN} with a hyphen is an
   * ISO month when NN is 01 to 12 and a financial year when NN is the next year's last two digits;
   * when it is both ({@code 2011-12}: December 2011, or 2011/12) it is refused, naming both. A run
   * whose ends are the same period is that period ({@code 2023/24 Q2-Q2} is 2023/24 Q2).
   *
   * @param text the label, at most {@value #MAX_LENGTH} characters
   * @return the period, whose {@code toString} is the canonical label that reads back to it
   * @throws PeriodParseException quoting the text when it is no period, such as {@code 2023/25} or
   *     {@code Q5 2023/24}, with a suggestion that fits what was written where there is one
   * @throws IllegalArgumentException when the text is longer than {@value #MAX_LENGTH} characters
   */
  public static ReportingPeriod parse(CharSequence text) {
    checkNotNull(text, "text");
    String input = text.toString();
    checkArgument(
        input.length() <= MAX_LENGTH,
        "text must be at most %s characters but had %s",
        (Integer) MAX_LENGTH,
        (Integer) input.length());
    ReportingPeriod known = READ.get(input);
    if (known != null) {
      return known;
    }
    try {
      ReportingPeriod period = PeriodLabels.read(input);
      if (READ.size() < REMEMBERED) {
        READ.putIfAbsent(input, period);
      }
      return period;
    } catch (PeriodParseException e) {
      throw e;
    } catch (IllegalArgumentException | DateTimeException e) {
      throw PeriodParseException.notAPeriod(input, String.valueOf(e.getMessage()));
    }
  }

  /**
   * Reads a period of one kind: what {@link #parse(CharSequence)} reads, refused unless it is of
   * the kind asked for. Each period type offers this as its own {@code parse}.
   *
   * @param text the label
   * @param kind the period type wanted
   * @param <T> the period type
   * @return the period
   * @throws PeriodParseException quoting the text when it is no period, or naming the kind it is
   *     when that is another ({@code '2023/24 Q1' is a financial quarter (2023/24 Q1), not a
   *     financial year})
   */
  public static <T extends ReportingPeriod> T parse(CharSequence text, Class<T> kind) {
    checkNotNull(kind, "kind");
    ReportingPeriod period = parse(text);
    if (!kind.isInstance(period)) {
      throw PeriodParseException.wrongKind(text.toString(), period, describe(kind));
    }
    return kind.cast(period);
  }

  /** Each kind of period with its name for messages, in the order periods of one span sort. */
  private static final ImmutableList<Map.Entry<Class<? extends ReportingPeriod>, String>> KINDS =
      ImmutableList.of(
          Map.entry(FinancialYear.class, "a financial year"),
          Map.entry(FinancialYears.class, "a run of financial years"),
          Map.entry(FinancialQuarter.class, "a financial quarter"),
          Map.entry(FinancialQuarters.class, "a run of financial quarters"),
          Map.entry(CalendarMonth.class, "a calendar month"),
          Map.entry(MonthRange.class, "a run of months"),
          Map.entry(CalendarQuarter.class, "a calendar quarter"),
          Map.entry(CalendarYear.class, "a calendar year"),
          Map.entry(CalendarYears.class, "a run of calendar years"),
          Map.entry(YearToDate.class, "a year to date"),
          Map.entry(Rolling12Months.class, "a rolling 12 months"),
          Map.entry(DateRange.class, "a date range"));

  /** "a financial year", "a calendar month", ...: the kind of a period, for messages. */
  static String kindOf(ReportingPeriod period) {
    return describe(period.getClass());
  }

  /** The position of a period's kind in {@link #KINDS}: the tie-break of the period order. */
  static int rankOf(ReportingPeriod period) {
    for (int i = 0; i < KINDS.size(); i++) {
      if (KINDS.get(i).getKey() == period.getClass()) {
        return i;
      }
    }
    throw new IllegalStateException("every kind of period is listed, but not " + period.getClass());
  }

  private static String describe(Class<?> kind) {
    for (Map.Entry<Class<? extends ReportingPeriod>, String> entry : KINDS) {
      if (entry.getKey() == kind) {
        return entry.getValue();
      }
    }
    throw new IllegalStateException("every kind of period is listed, but not " + kind);
  }
}
