package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.measure.Quantity;

/**
 * The check of a figure as printed, at the precision it was printed at, against the exact value it
 * should show. {@code £78k} is consistent with £77,800, which lies in [£77,500, £78,500); {@code
 * £94,304} is not consistent with £95,024 and should have printed {@code £95,024}.
 *
 * <p>Consistent means the exact value lies in the figure's interval ({@link
 * PrintedFigure#contains(Exact)}): rounding it to the figure's step by the figure's rounding gives
 * the printed value. Half up (the default), the lower end is included for a positive figure, the
 * upper end for a negative one, neither for zero. Unlike {@link FigureCheck}, the precision comes from the printed
 * text, so a suffix counts: the step of {@code £78k} is £1,000.
 *
 * @param printed the figure as printed
 * @param exact the exact value it should show, in the figure's unit
 */
public record PrintedFigureCheck(PrintedFigure printed, Exact exact) {

  /** Checks that both parts are present. */
  public PrintedFigureCheck {
    checkNotNull(printed, "printed");
    checkNotNull(exact, "exact");
  }

  /**
   * Checks a printed figure against an exact value whose unit is taken to be the figure's.
   *
   * @param printed the figure as printed
   * @param exact the exact value it should show
   * @return the check, consistent or not
   */
  public static PrintedFigureCheck of(PrintedFigure printed, Exact exact) {
    return new PrintedFigureCheck(printed, exact);
  }

  /**
   * Checks a printed figure against an exact quantity in the same unit.
   *
   * @param printed the figure as printed
   * @param exact the exact quantity it should show
   * @return the check, consistent or not
   * @throws IllegalArgumentException when the quantity is in another unit
   */
  public static PrintedFigureCheck of(PrintedFigure printed, Quantity exact) {
    checkNotNull(printed, "printed");
    checkNotNull(exact, "exact");
    checkArgument(
        exact.unit().equals(printed.unit()),
        "exact must be in %s like '%s' but was %s (%s)",
        printed.unit(),
        printed.text(),
        exact,
        exact.unit());
    return new PrintedFigureCheck(printed, exact.amount());
  }

  /**
   * Checks the text of a printed figure against an exact quantity in the same unit.
   *
   * @param printed the figure as printed, such as {@code "£78k"}; read by {@link
   *     PrintedFigure#parse}
   * @param exact the exact quantity it should show
   * @return the check, consistent or not
   * @throws IllegalArgumentException when the text is not a printed figure or the quantity is in
   *     another unit
   */
  public static PrintedFigureCheck of(CharSequence printed, Quantity exact) {
    checkNotNull(printed, "printed");
    checkNotNull(exact, "exact");
    return of(PrintedFigure.parse(printed), exact);
  }

  /** Whether the exact value prints as the figure: it lies in the figure's interval. */
  public boolean isConsistent() {
    return printed.contains(exact);
  }

  /** The exact value rounded half up to the figure's step: what should have been printed. */
  public BigDecimal expected() {
    return printed.round(exact);
  }

  /** What the figure should have printed, in its own style: {@code £95,024} for {@code £94,304}. */
  public String expectedText() {
    return printed.format(exact);
  }

  /** The printed value minus the expected one, in the figure's unit; zero when consistent. */
  public BigDecimal discrepancy() {
    return printed.value().subtract(expected());
  }

  /**
   * The verdict for readers, the exact value in the printed figure's unit to three more places
   * than it was printed (rounded half-up, trailing zeros dropped): {@code '£78k' is
   * consistent with £77,800}, or {@code '£94,304' is not consistent with £95,024: it should print
   * £95,024 (discrepancy -£720)}.
   */
  @Override
  public String toString() {
    String figure = "'" + printed.text() + "'";
    int places = Math.max(0, printed.step().stripTrailingZeros().scale()) + 3;
    BigDecimal shown = exact.toDecimal(places, RoundingMode.HALF_UP).stripTrailingZeros();
    String value = printed.unit().format(shown.scale() < 0 ? shown.setScale(0) : shown);
    if (isConsistent()) {
      return figure + " is consistent with " + value;
    }
    return figure
        + " is not consistent with "
        + value
        + ": it should print "
        + expectedText()
        + " (discrepancy "
        + Quantity.of(discrepancy(), printed.unit()).toDifferenceString()
        + ")";
  }
}
