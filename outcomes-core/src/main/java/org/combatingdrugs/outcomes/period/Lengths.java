package org.combatingdrugs.outcomes.period;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.combatingdrugs.outcomes.exact.Exact;

/** Lengths of spans of days on an {@link ElapsedBasis}, and shares of one span in another. */
final class Lengths {

  private Lengths() {}

  static Exact share(
      LocalDate start,
      LocalDate end,
      ReportingPeriod part,
      ReportingPeriod enclosing,
      ElapsedBasis basis) {
    checkNotNull(enclosing, "enclosing");
    checkNotNull(basis, "basis");
    checkArgument(
        enclosing.encloses(part), "enclosing must enclose %s but was %s", part, enclosing);
    return Exact.of(
        length(start, end, part, basis), length(enclosing.start(), enclosing.end(), enclosing, basis));
  }

  static long length(LocalDate start, LocalDate end, ReportingPeriod named, ElapsedBasis basis) {
    return switch (basis) {
      case DAYS -> ChronoUnit.DAYS.between(start, end) + 1;
      case MONTHS -> {
        checkArgument(
            isWholeMonths(start, end), "%s must be whole calendar months for basis MONTHS", named);
        yield months(start, end);
      }
      case QUARTERS -> {
        long months = isWholeMonths(start, end) ? months(start, end) : -1;
        checkArgument(
            months > 0 && (start.getMonthValue() - 1) % 3 == 0 && months % 3 == 0,
            "%s must be whole financial quarters for basis QUARTERS",
            named);
        yield months / 3;
      }
    };
  }

  private static boolean isWholeMonths(LocalDate start, LocalDate end) {
    return start.getDayOfMonth() == 1 && end.getDayOfMonth() == end.lengthOfMonth();
  }

  /** The calendar months from the first of one month to the last day of another, inclusive. */
  private static long months(LocalDate start, LocalDate end) {
    return 12L * (end.getYear() - start.getYear()) + end.getMonthValue() - start.getMonthValue() + 1;
  }
}
