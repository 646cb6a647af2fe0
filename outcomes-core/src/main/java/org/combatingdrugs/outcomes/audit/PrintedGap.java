package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.RoundingMode;
import org.combatingdrugs.outcomes.measure.MeasureType;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/**
 * The gap between a value and its target as a report printed it: "45.2%, 29.8 percentage points
 * below the 75% ambition", or "78.0%, 3.0 percentage points above the 75% target". Below, the gap
 * is {@code target − value}; above, {@code value − target} (in points for percentages). Either way
 * it is positive when the value is on the side the words say, so a gap printed as a negative figure
 * is a reversed sign.
 *
 * @param label what the gap is of, as the report names it
 * @param printed the gap as printed, in the value's unit; for percentages a number of points
 *     printed as {@code 29.8} or {@code 29.8%}
 * @param value the value as printed
 * @param target the target as printed, in the value's unit
 * @param side which side of the target the words put the value
 */
public record PrintedGap(
    String label, PrintedFigure printed, PrintedFigure value, PrintedFigure target, Side side)
    implements ReportItem {

  /** Which side of its target a report says a value is. */
  public enum Side {
    /** Below the target: the gap is {@code target − value}. */
    BELOW,
    /** Above the target: the gap is {@code value − target}. */
    ABOVE
  }

  /** Checks the value and target share a unit and the gap is printed in it. */
  public PrintedGap {
    checkNotNull(label, "label");
    checkNotNull(printed, "printed");
    checkNotNull(value, "value");
    checkNotNull(target, "target");
    checkNotNull(side, "side");
    ItemChecks.check("label", label);
    ItemChecks.checkSameUnit("target", target, "value", value);
    checkArgument(
        printed.unit().equals(value.unit())
            || (value.unit().isPercent() && printed.unit().type() == MeasureType.COUNT),
        "printed must be in the unit of value '%s' (or a number of points) but was '%s'",
        value.text(),
        printed.text());
  }

  /**
   * A gap of a value below its target, the side most reports print.
   *
   * @param label what the gap is of, as the report names it
   * @param printed the gap as printed: {@code target − value}
   * @param value the value as printed
   * @param target the target as printed, in the value's unit
   */
  public PrintedGap(
      String label, PrintedFigure printed, PrintedFigure value, PrintedFigure target) {
    this(label, printed, value, target, Side.BELOW);
  }

  /**
   * A gap of a value above its target, from the text of its figures: {@code "3.0"} between {@code
   * "78.0%"} and {@code "75%"}.
   *
   * @param label what the gap is of
   * @param printed the gap as printed: {@code value − target}
   * @param value the value as printed
   * @param target the target as printed
   * @return the item
   */
  public static PrintedGap above(
      String label, CharSequence printed, CharSequence value, CharSequence target) {
    return new PrintedGap(
        label,
        PrintedChange.parse("printed", printed),
        PrintedChange.parse("value", value),
        PrintedChange.parse("target", target),
        Side.ABOVE);
  }

  /**
   * A gap of a value below its target, from the text of its figures.
   *
   * @param label what the gap is of
   * @param printed the gap as printed: {@code "29.8"}
   * @param value the value as printed: {@code "45.2%"}
   * @param target the target as printed: {@code "75%"}
   * @return the item
   */
  public static PrintedGap of(
      String label, CharSequence printed, CharSequence value, CharSequence target) {
    return new PrintedGap(
        label,
        PrintedChange.parse("printed", printed),
        PrintedChange.parse("value", value),
        PrintedChange.parse("target", target));
  }

  /**
   * This item with every figure read as printed by another rounding ({@link
   * PrintedFigure#roundedBy}).
   *
   * @param rounding how the report rounded; never {@code UNNECESSARY}
   * @return the item
   */
  @Override
  public PrintedGap roundedBy(RoundingMode rounding) {
    return new PrintedGap(
        label,
        printed.roundedBy(rounding),
        value.roundedBy(rounding),
        target.roundedBy(rounding),
        side);
  }
}
