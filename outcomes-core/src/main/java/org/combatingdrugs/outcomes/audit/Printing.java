package org.combatingdrugs.outcomes.audit;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.MeasureType;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.measure.Unit;

/** How the audit reads and writes printed figures. */
final class Printing {

  private Printing() {}

  /**
   * Whether a figure is a whole count or amount of pounds printed in full (to the unit), and so
   * taken as exact: {@code 964}, {@code £23,756}; not {@code £78k} or {@code 45.2%}.
   */
  static boolean isWhole(PrintedFigure figure) {
    MeasureType type = figure.unit().type();
    return (type == MeasureType.COUNT || type == MeasureType.MONEY)
        && figure.step().compareTo(BigDecimal.ONE) == 0;
  }

  /** The printed value as an exact number. */
  static Exact value(PrintedFigure figure) {
    return Exact.of(figure.value());
  }

  /**
   * The values an input may have had: the value itself when printed in full, otherwise every value
   * that prints as it.
   */
  static ExactInterval input(PrintedFigure figure) {
    return isWhole(figure) ? ExactInterval.point(value(figure)) : ExactInterval.printing(figure);
  }

  /** The figure as printed, in a normal style: {@code 1,036} for {@code 1036}, {@code 6.9%}. */
  static String shown(PrintedFigure figure) {
    return figure.format(value(figure));
  }

  /** An exact value as the figure would print it, rounded to its step by its rounding. */
  static String as(PrintedFigure figure, Exact exact) {
    return figure.format(exact);
  }

  /** An exact value as the figure would print it, with a sign even when the figure had none. */
  static String signed(PrintedFigure figure, Exact exact) {
    String text = figure.format(exact);
    boolean positive = figure.round(exact).signum() > 0;
    return positive && !text.startsWith("+") && !text.startsWith("(") ? "+" + text : text;
  }

  /** A whole number grouped in thousands: {@code 1,000}. */
  static String grouped(BigInteger value) {
    return Unit.COUNT.format(new BigDecimal(value));
  }
}
