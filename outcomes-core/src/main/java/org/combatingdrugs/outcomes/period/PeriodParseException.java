package org.combatingdrugs.outcomes.period;

/** A text that is not a reporting period label; the message quotes it and says what was expected. */
public final class PeriodParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String input;

  PeriodParseException(String input, String problem) {
    super("'" + input + "' is not a reporting period: " + problem);
    this.input = input;
  }

  /** The text that could not be read. */
  public String input() {
    return input;
  }
}
