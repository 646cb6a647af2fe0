package org.combatingdrugs.outcomes.period;

/** A text that is not a reporting period label; the message quotes it and says what was expected. */
public final class PeriodParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String input;

  private PeriodParseException(String input, String message) {
    super(message);
    this.input = input;
  }

  /** A text that is no period at all, and what is wrong with it. */
  static PeriodParseException notAPeriod(String input, String problem) {
    return new PeriodParseException(input, "'" + input + "' is not a reporting period: " + problem);
  }

  /** A label that could mean two periods; both readings are named. */
  static PeriodParseException ambiguous(String input, String oneReading, String otherReading) {
    return new PeriodParseException(
        input,
        "'"
            + input
            + "' is ambiguous: it could be "
            + oneReading
            + " or "
            + otherReading
            + "; write the label of the one meant");
  }

  /** A label of one kind of period read where another kind was asked for. */
  static PeriodParseException wrongKind(String input, ReportingPeriod found, String expected) {
    return new PeriodParseException(
        input,
        "'" + input + "' is " + ReportingPeriods.kindOf(found) + " (" + found + "), not " + expected);
  }

  /** The text that could not be read. */
  public String input() {
    return input;
  }
}
