package org.combatingdrugs.outcomes.period;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading reporting periods from the labels people write. */
public final class ReportingPeriods {

  private static final String EXPECTED =
      "expected a financial year (2023/24, 2023-24, 2023/2024, FY 2023/24), a quarter (2023/24 Q1,"
          + " Q1 2023/24), a month (2023-04, April 2023), a calendar year (2022), a year to date"
          + " (2023/24 YTD to 2023-09), a rolling year (12 months to 2024-03) or a date range"
          + " (2023-04-01..2023-06-30)";

  private static final String FY = "(?:FY ?)?(\\d{4})([/-])(\\d{2}|\\d{4})";
  private static final Pattern DATE_RANGE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) ?\\.\\. ?(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern ROLLING = Pattern.compile("12 MONTHS (?:TO|ENDING) (\\d{4})-(\\d{2})");
  private static final Pattern YEAR_TO_DATE = Pattern.compile(FY + " YTD TO (\\d{4})-(\\d{2})");
  private static final Pattern QUARTER_AFTER = Pattern.compile(FY + " Q(\\d)");
  private static final Pattern QUARTER_BEFORE = Pattern.compile("Q(\\d) " + FY);
  private static final Pattern FINANCIAL_YEAR = Pattern.compile(FY);
  private static final Pattern NAMED_MONTH = Pattern.compile("([A-Z]+) (\\d{4})");
  private static final Pattern CALENDAR_YEAR = Pattern.compile("\\d{4}");
  private static final ImmutableMap<String, Integer> MONTHS = monthNames();

  private ReportingPeriods() {}

  /**
   * Reads a period from a label, ignoring case and surrounding or repeated spaces. {@code YYYY-NN}
   * is a month when NN is 01 to 12, as in ISO 8601 ({@code 2023-04}, and also {@code 2011-12},
   * which is December 2011: write {@code 2011/12} for that financial year); otherwise it is a
   * financial year when NN is the next year's last two digits ({@code 2023-24}).
   *
   * @param text the label
   * @return the period, whose {@code toString} is the canonical label
   * @throws PeriodParseException quoting the text when it is no period, such as {@code 2023/25} or
   *     {@code Q5 2023/24}
   */
  public static ReportingPeriod parse(CharSequence text) {
    checkNotNull(text, "text");
    String input = text.toString();
    String s =
        input
            .replace('\u00A0', ' ')
            .replace('\u202F', ' ')
            .replaceAll("(?U)\\s+", " ")
            .strip()
            .toUpperCase(Locale.ROOT);
    try {
      return parseNormalised(input, s);
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
          Map.entry(FinancialQuarter.class, "a financial quarter"),
          Map.entry(CalendarMonth.class, "a calendar month"),
          Map.entry(CalendarYear.class, "a calendar year"),
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

  private static ReportingPeriod parseNormalised(String input, String s) {
    Matcher m = DATE_RANGE.matcher(s);
    if (m.matches()) {
      return DateRange.of(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
    }
    m = ROLLING.matcher(s);
    if (m.matches()) {
      return Rolling12Months.endingWith(month(m.group(1), m.group(2)));
    }
    m = YEAR_TO_DATE.matcher(s);
    if (m.matches()) {
      FinancialYear year = financialYear(input, m.group(1), m.group(2), m.group(3));
      CalendarMonth last = month(m.group(4), m.group(5));
      if (!year.encloses(last)) {
        throw PeriodParseException.notAPeriod(input, "month " + last + " is not in " + year);
      }
      return YearToDate.through(last);
    }
    m = QUARTER_AFTER.matcher(s);
    if (m.matches()) {
      return financialYear(input, m.group(1), m.group(2), m.group(3))
          .quarter(Integer.parseInt(m.group(4)));
    }
    m = QUARTER_BEFORE.matcher(s);
    if (m.matches()) {
      return financialYear(input, m.group(2), m.group(3), m.group(4))
          .quarter(Integer.parseInt(m.group(1)));
    }
    m = FINANCIAL_YEAR.matcher(s);
    if (m.matches()) {
      boolean monthLike = !s.startsWith("FY") && m.group(2).equals("-") && m.group(3).length() == 2;
      int second = Integer.parseInt(m.group(3));
      boolean consecutive = second == (Integer.parseInt(m.group(1)) + 1) % 100;
      if (monthLike && ((second >= 1 && second <= 12) || !consecutive)) {
        return month(m.group(1), m.group(3));
      }
      return financialYear(input, m.group(1), m.group(2), m.group(3));
    }
    m = NAMED_MONTH.matcher(s);
    if (m.matches()) {
      Integer month = MONTHS.get(m.group(1));
      if (month == null) {
        throw PeriodParseException.notAPeriod(input, "'" + m.group(1) + "' is not a month name");
      }
      return CalendarMonth.of(Integer.parseInt(m.group(2)), month);
    }
    if (CALENDAR_YEAR.matcher(s).matches()) {
      return CalendarYear.of(Integer.parseInt(s));
    }
    throw PeriodParseException.notAPeriod(input, EXPECTED);
  }

  private static FinancialYear financialYear(
      String input, String startText, String separator, String endText) {
    int start = Integer.parseInt(startText);
    int end = Integer.parseInt(endText);
    boolean consecutive =
        endText.length() == 2 ? end == (start + 1) % 100 : end == start + 1;
    if (!consecutive) {
      throw PeriodParseException.notAPeriod(
          input,
          "a financial year must span consecutive years, like "
              + startText
              + separator
              + (endText.length() == 2
                  ? String.format("%02d", (start + 1) % 100)
                  : Integer.toString(start + 1)));
    }
    return FinancialYear.of(start);
  }

  private static CalendarMonth month(String year, String month) {
    return CalendarMonth.of(Integer.parseInt(year), Integer.parseInt(month));
  }

  private static ImmutableMap<String, Integer> monthNames() {
    ImmutableMap.Builder<String, Integer> names = ImmutableMap.builder();
    for (Month month : Month.values()) {
      String full = month.getDisplayName(TextStyle.FULL, Locale.UK).toUpperCase(Locale.ROOT);
      names.put(full, month.getValue());
      names.put(full.substring(0, 3), month.getValue());
    }
    names.put("SEPT", 9);
    return names.buildKeepingLast();
  }
}
