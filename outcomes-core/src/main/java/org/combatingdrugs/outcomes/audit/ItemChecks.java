package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/** The checks every printed item shares: labels, and inputs that are present and not negative. */
final class ItemChecks {

  /** The longest label or report name read. */
  static final int MAX_LENGTH = 200;

  private ItemChecks() {}

  /** Checks a label or name is present, not blank and at most 200 characters. */
  static void check(String name, String label) {
    checkNotNull(label, name);
    checkArgument(
        label.length() <= MAX_LENGTH,
        "%s must be at most %s characters but had %s",
        name,
        (Integer) MAX_LENGTH,
        (Integer) label.length());
    checkArgument(!label.isBlank(), "%s must not be blank but was '%s'", name, label);
  }

  /** Checks an optional input is present as an optional, and not negative when there. */
  static void checkNotNegative(String name, Optional<PrintedFigure> figure) {
    checkNotNull(figure, name);
    figure.ifPresent(f -> checkNotNegative(name, f));
  }

  /** Checks a printed input is present and not negative. */
  static void checkNotNegative(String name, PrintedFigure figure) {
    checkNotNull(figure, name);
    checkArgument(
        figure.value().signum() >= 0, "%s must be 0 or more but was '%s'", name, figure.text());
  }

  /** Checks a printed input is present and above 0. */
  static void checkPositive(String name, PrintedFigure figure) {
    checkNotNull(figure, name);
    checkArgument(
        figure.value().signum() > 0, "%s must be above 0 but was '%s'", name, figure.text());
  }

  /** Checks two printed inputs share a unit. */
  static void checkSameUnit(
      String name, PrintedFigure figure, String otherName, PrintedFigure other) {
    checkArgument(
        figure.unit().equals(other.unit()),
        "%s must be in the unit of %s '%s' but was '%s'",
        name,
        otherName,
        other.text(),
        figure.text());
  }

  /** Reads an optional printed figure. */
  static Optional<PrintedFigure> read(String name, CharSequence text) {
    checkNotNull(text, name);
    return Optional.of(PrintedFigure.parse(text));
  }
}
