package org.combatingdrugs.outcomes.period;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of period labels: what {@link ReportingPeriods#parse(CharSequence)} reads. Works on
 * a normalised text (spaces collapsed, dashes unified, ASCII letters upper-cased); every refusal
 * quotes the caller's own text.
 */
final class PeriodLabels {

  static final String EXPECTED =
      "expected a financial year (2023/24, 23/24, FY 23/24, 2023-24), a run of financial years"
          + " (2022/23 to 2024/25, 2022-2025), a quarter (2023/24 Q1), a run of quarters (2023/24"
          + " Q1-Q3), a calendar quarter (2023 Q1), a month (April 2023, Apr 2023, 2023-04), a run"
          + " of months (August 2017 to July 2019), a calendar year (2022), a run of calendar years"
          + " (2006 to 2008, 2006 - 08), a year to date (2023/24 to September), a rolling year"
          + " (year ending March 2024, 12 months to October 2020) or a date range"
          + " (2023-04-01..2023-06-30)";

  /** A financial year written with a separator: 2023/24, 23/24, FY 2023/24, 2023/2024. */
  private static final String FY = "(?:FY ?)?(\\d{4}|\\d{2})[/-](\\d{4}|\\d{2})";

  /** A month written with its year: APRIL 2023, APR 23, 2023-04. */
  private static final String MONTH = "(?:[A-Z]+ ?(?:\\d{4}|\\d{2})|\\d{4}-\\d{2})";

  private static final Pattern DATE_RANGE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) ?\\.\\. ?(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern ROLLING =
      Pattern.compile("(?:THE )?(?:YEAR|12 MONTHS) (?:TO|ENDING|ENDED) (" + MONTH + ")|YE (" + MONTH + ")");
  private static final Pattern BARE_YTD = Pattern.compile("(.+?) ?(?:\\(YTD\\)|YTD)");
  private static final Pattern FY_RUN = Pattern.compile(FY + "(?: TO | - |-)" + FY);
  private static final Pattern YEAR_TO_DATE = Pattern.compile(FY + "(?: YTD)? TO (" + MONTH + "|[A-Z]+)");
  private static final Pattern QUARTER_RUN_AFTER = Pattern.compile(FY + " Q(\\d)(?:-| - )Q(\\d)");
  private static final Pattern QUARTER_RUN_BEFORE = Pattern.compile("Q(\\d)(?:-| - )Q(\\d) " + FY);
  private static final Pattern QUARTER_AFTER = Pattern.compile(FY + " Q(\\d)");
  private static final Pattern QUARTER_BEFORE = Pattern.compile("Q(\\d) " + FY);
  private static final Pattern CALENDAR_QUARTER_AFTER = Pattern.compile("(\\d{4}) Q(\\d)");
  private static final Pattern CALENDAR_QUARTER_BEFORE = Pattern.compile("Q(\\d) (\\d{4})");
  private static final Pattern MONTH_RUN = Pattern.compile("(" + MONTH + ") (?:TO|-) (" + MONTH + ")");
  private static final Pattern CALENDAR_RUN = Pattern.compile("(\\d{4}) TO (\\d{4})");
  private static final Pattern FULL_YEARS = Pattern.compile("(\\d{4})(?:-| - )(\\d{4})");
  private static final Pattern SLASHED = Pattern.compile("(?:FY ?)?(\\d{4}|\\d{2})/(\\d{4}|\\d{2})");
  private static final Pattern PREFIXED = Pattern.compile("FY ?(\\d{4}|\\d{2})-(\\d{4}|\\d{2})");
  private static final Pattern SPACED_SHORT = Pattern.compile("(\\d{4}) - (\\d{2})");
  private static final Pattern HYPHENED_SHORT = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern NAMED_MONTH = Pattern.compile("([A-Z]+) ?(\\d{4}|\\d{2})");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern CALENDAR_YEAR = Pattern.compile("\\d{4}");
  private static final Pattern WORD = Pattern.compile("[A-Z]+");
  private static final Pattern UNKNOWN_MONTH = Pattern.compile("([^ 0-9/-]+) (?:\\d{4}|\\d{2})");
  private static final ImmutableMap<String, Integer> MONTHS = monthNames();

  /** The longest run of years a refusal suggests; a longer one is more likely a slip. */
  private static final int MAX_SUGGESTED_RUN = 10;

  private final String input;

  private PeriodLabels(String input) {
    this.input = input;
  }

  /** Reads a label; the caller turns stray argument errors into a parse exception. */
  static ReportingPeriod read(String input) {
    return new PeriodLabels(input).readNormalised(normalise(input));
  }

  /**
   * Collapses spaces (also non-breaking and thin ones), makes every range dash (en, em, figure,
   * minus sign, or a hyphen with a space beside it) a spaced hyphen, and upper-cases ASCII letters
   * only: {@code 2021–2025} becomes {@code 2021 - 2025}; {@code aprıl} keeps its dotless i.
   */
  static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\u00A0', '\u202F', '\u2007', '\u2009', '\t', '\n', '\r', '\f' -> out.append(' ');
        case '\u2010', '\u2011' -> out.append('-');
        case '\u2012', '\u2013', '\u2014', '\u2212' -> out.append(" - ");
        default -> out.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
      }
    }
    return out.toString()
        .replaceAll(" +", " ")
        .replaceAll(" -|- ", " - ")
        .replaceAll(" +", " ")
        .replaceAll(" ?/ ?", "/")
        .strip();
  }

  private ReportingPeriod readNormalised(String s) {
    Matcher m = DATE_RANGE.matcher(s);
    if (m.matches()) {
      return DateRange.of(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
    }
    m = ROLLING.matcher(s);
    if (m.matches()) {
      return Rolling12Months.endingWith(month(m.group(1) != null ? m.group(1) : m.group(2)));
    }
    m = FY_RUN.matcher(s);
    if (m.matches()) {
      FinancialYear first = financialYear(m.group(1), m.group(2), Optional.empty());
      FinancialYear last = financialYear(m.group(3), m.group(4), Optional.of(first.startYear()));
      return financialYears(first, last);
    }
    m = YEAR_TO_DATE.matcher(s);
    if (m.matches()) {
      return yearToDate(financialYear(m.group(1), m.group(2), Optional.empty()), m.group(3));
    }
    m = QUARTER_RUN_AFTER.matcher(s);
    if (m.matches()) {
      return quarters(financialYear(m.group(1), m.group(2), Optional.empty()), m.group(3), m.group(4));
    }
    m = QUARTER_RUN_BEFORE.matcher(s);
    if (m.matches()) {
      return quarters(financialYear(m.group(3), m.group(4), Optional.empty()), m.group(1), m.group(2));
    }
    m = QUARTER_AFTER.matcher(s);
    if (m.matches()) {
      return financialYear(m.group(1), m.group(2), Optional.empty()).quarter(digit(m.group(3)));
    }
    m = QUARTER_BEFORE.matcher(s);
    if (m.matches()) {
      return financialYear(m.group(2), m.group(3), Optional.empty()).quarter(digit(m.group(1)));
    }
    m = CALENDAR_QUARTER_AFTER.matcher(s);
    if (m.matches()) {
      return CalendarQuarter.of(Integer.parseInt(m.group(1)), digit(m.group(2)));
    }
    m = CALENDAR_QUARTER_BEFORE.matcher(s);
    if (m.matches()) {
      return CalendarQuarter.of(Integer.parseInt(m.group(2)), digit(m.group(1)));
    }
    m = MONTH_RUN.matcher(s);
    if (m.matches()) {
      return months(month(m.group(1)), month(m.group(2)));
    }
    m = CALENDAR_RUN.matcher(s);
    if (m.matches()) {
      return calendarYears(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = FULL_YEARS.matcher(s);
    if (m.matches()) {
      return yearsWritten(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = SLASHED.matcher(s);
    if (m.matches()) {
      return financialYear(m.group(1), m.group(2), Optional.empty());
    }
    m = PREFIXED.matcher(s);
    if (m.matches()) {
      return financialYear(m.group(1), m.group(2), Optional.empty());
    }
    m = SPACED_SHORT.matcher(s);
    if (m.matches()) {
      return spacedShort(Integer.parseInt(m.group(1)), m.group(2));
    }
    m = HYPHENED_SHORT.matcher(s);
    if (m.matches()) {
      return hyphenedShort(Integer.parseInt(m.group(1)), m.group(2));
    }
    m = NAMED_MONTH.matcher(s);
    if (m.matches()) {
      return month(s);
    }
    if (CALENDAR_YEAR.matcher(s).matches()) {
      return CalendarYear.of(Integer.parseInt(s));
    }
    m = UNKNOWN_MONTH.matcher(s);
    if (m.matches() && !MONTHS.containsKey(m.group(1))) {
      throw refused("'" + m.group(1).toLowerCase(Locale.ROOT) + "' is not a month name");
    }
    m = BARE_YTD.matcher(s);
    if (m.matches()) {
      throw refused(
          "a year to date needs the month it runs to, such as '2023/24 to September' or '2023/24"
              + " YTD to 2023-09'");
    }
    if (WORD.matcher(s).matches() && MONTHS.containsKey(s)) {
      throw refused("a month needs its year, such as '" + capitalised(s) + " 2023'");
    }
    throw refused(EXPECTED);
  }

  /** 2022/23 to 2024/25; one year when both ends are the same year. */
  private ReportingPeriod financialYears(FinancialYear first, FinancialYear last) {
    if (first.equals(last)) {
      return first;
    }
    if (last.startYear() < first.startYear()) {
      throw refused("a run of financial years must end after it starts, like " + first + " to " + first.next());
    }
    return FinancialYears.of(first, last);
  }

  private ReportingPeriod yearToDate(FinancialYear year, String monthText) {
    CalendarMonth last;
    Integer named = MONTHS.get(monthText);
    if (named != null) {
      last = CalendarMonth.of(named >= 4 ? year.startYear() : year.startYear() + 1, named);
    } else if (WORD.matcher(monthText).matches()) {
      throw refused("'" + monthText.toLowerCase(Locale.ROOT) + "' is not a month name");
    } else {
      last = month(monthText);
    }
    if (!year.encloses(last)) {
      throw refused("month " + last + " is not in " + year);
    }
    return YearToDate.through(last);
  }

  private ReportingPeriod quarters(FinancialYear year, String firstText, String lastText) {
    FinancialQuarter first = year.quarter(digit(firstText));
    FinancialQuarter last = year.quarter(digit(lastText));
    if (first.equals(last)) {
      return first;
    }
    if (last.quarter() < first.quarter()) {
      throw refused(
          "a run of quarters must end after it starts within one financial year, like "
              + year
              + " Q"
              + first.quarter()
              + "-Q4");
    }
    return FinancialQuarters.of(first, last);
  }

  private ReportingPeriod months(CalendarMonth first, CalendarMonth last) {
    if (first.equals(last)) {
      return first;
    }
    if (last.compareTo(first) < 0) {
      throw refused("a run of months must end after it starts, like " + first + " to " + first.next());
    }
    return MonthRange.of(first, last);
  }

  private ReportingPeriod calendarYears(int first, int last) {
    if (first == last) {
      return CalendarYear.of(first);
    }
    if (last < first) {
      throw refused("a run of calendar years must end after it starts, like " + first + " to " + (first + 1));
    }
    return CalendarYears.of(CalendarYear.of(first), CalendarYear.of(last));
  }

  /**
   * Two four-digit years joined by a dash, as strategies print them: consecutive years are one
   * financial year (2023-2024 is 2023/24), a longer span the financial years it runs across
   * (2022-2025 is 2022/23 to 2024/25).
   */
  private ReportingPeriod yearsWritten(int start, int end) {
    if (end <= start) {
      throw refused(
          "the second year must come after the first: "
              + start
              + "-"
              + (start + 1)
              + " is the financial year "
              + FinancialYear.of(start));
    }
    return end == start + 1
        ? FinancialYear.of(start)
        : FinancialYears.of(FinancialYear.of(start), FinancialYear.of(end - 1));
  }

  /**
   * {@code 2019 - 20} or {@code 2019–20} (a range dash): the financial year when the years are
   * consecutive, otherwise Fingertips' pool of calendar years ({@code 2006 - 08}).
   */
  private ReportingPeriod spacedShort(int start, String endText) {
    int end = laterYear(start, endText);
    if (end == start + 1) {
      return FinancialYear.of(start);
    }
    if (end - start > MAX_SUGGESTED_RUN) {
      throw refused(
          "it would be the "
              + (end - start + 1)
              + " calendar years "
              + start
              + " to "
              + end
              + "; write the years in full, such as '"
              + start
              + " to "
              + (start + 2)
              + "'");
    }
    return calendarYears(start, end);
  }

  /**
   * {@code 2023-04} (an ISO month) or {@code 2023-24} (a financial year); {@code 2011-12} could be
   * either and is refused, naming both.
   */
  private ReportingPeriod hyphenedShort(int start, String endText) {
    int n = Integer.parseInt(endText);
    boolean consecutive = n == (start + 1) % 100;
    boolean monthLike = n >= 1 && n <= 12;
    if (consecutive && monthLike) {
      CalendarMonth month = CalendarMonth.of(start, n);
      FinancialYear year = FinancialYear.of(start);
      throw PeriodParseException.ambiguous(
          input, "a calendar month (" + month + ")", "a financial year (" + year + ")");
    }
    if (consecutive) {
      return FinancialYear.of(start);
    }
    int end = laterYear(start, endText);
    if (monthLike && end - start <= MAX_SUGGESTED_RUN) {
      throw PeriodParseException.ambiguous(
          input,
          "a calendar month (" + CalendarMonth.of(start, n) + ")",
          "the calendar years " + start + " to " + end);
    }
    if (monthLike) {
      return CalendarMonth.of(start, n);
    }
    String notEither = "it is not a month (01 to 12) or a financial year (" + FinancialYear.of(start) + ")";
    if (end - start > MAX_SUGGESTED_RUN) {
      throw refused(notEither);
    }
    throw refused(
        notEither
            + "; for the calendar years "
            + start
            + " to "
            + end
            + " write '"
            + start
            + " to "
            + end
            + "', for the financial years write '"
            + FinancialYear.of(start)
            + " to "
            + FinancialYear.of(end - 1)
            + "'");
  }

  /**
   * A financial year from its two written years; a two-digit start is read in the century of
   * {@code reference} (the start of a run) or as 1990 to 2089.
   */
  private FinancialYear financialYear(String startText, String endText, Optional<Integer> reference) {
    int start =
        startText.length() == 4
            ? Integer.parseInt(startText)
            : reference.map(r -> laterYear(r, startText)).orElseGet(() -> twoDigitYear(startText));
    int end = Integer.parseInt(endText);
    boolean consecutive = endText.length() == 2 ? end == (start + 1) % 100 : end == start + 1;
    if (consecutive) {
      return FinancialYear.of(start);
    }
    int endYear = endText.length() == 4 ? end : laterYear(start, endText);
    String one = FinancialYear.of(start).label();
    if (endYear > start + 1 && endYear - start <= MAX_SUGGESTED_RUN) {
      throw refused(
          "a financial year spans two consecutive years: write "
              + one
              + " for one year, or "
              + one
              + " to "
              + FinancialYear.of(endYear - 1)
              + " for the "
              + (endYear - start)
              + " financial years from April "
              + start
              + " to March "
              + endYear);
    }
    throw refused("a financial year spans two consecutive years, like " + one);
  }

  /** The first year at or after {@code reference} that ends in the two digits written. */
  private static int laterYear(int reference, String twoDigits) {
    int n = Integer.parseInt(twoDigits);
    int year = reference - Math.floorMod(reference, 100) + n;
    return year < reference ? year + 100 : year;
  }

  /** A two-digit year on its own, read as 1990 to 2089. */
  private static int twoDigitYear(String twoDigits) {
    int n = Integer.parseInt(twoDigits);
    return n >= 90 ? 1900 + n : 2000 + n;
  }

  private CalendarMonth month(String text) {
    Matcher iso = ISO_MONTH.matcher(text);
    if (iso.matches()) {
      return CalendarMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
    }
    Matcher named = NAMED_MONTH.matcher(text);
    if (!named.matches()) {
      throw refused(EXPECTED);
    }
    Integer month = MONTHS.get(named.group(1));
    if (month == null) {
      throw refused("'" + named.group(1).toLowerCase(Locale.ROOT) + "' is not a month name");
    }
    String yearText = named.group(2);
    int year = yearText.length() == 4 ? Integer.parseInt(yearText) : twoDigitYear(yearText);
    return CalendarMonth.of(year, month);
  }

  private static int digit(String text) {
    return Integer.parseInt(text);
  }

  private PeriodParseException refused(String problem) {
    return PeriodParseException.notAPeriod(input, problem);
  }

  private static String capitalised(String upper) {
    return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
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
