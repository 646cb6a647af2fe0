package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.measure.MeasureType;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/**
 * The gap between a value and its target as a report printed it: "45.2%, 29.8 percentage points
 * below the 75% ambition". The gap is {@code target − value} (in points for percentages): positive
 * when the value falls short of a target above it, so a shortfall printed as a negative figure is a
 * reversed sign.
 *
 * @param label what the gap is of, as the report names it
 * @param printed the gap as printed, in the value's unit; for percentages a number of points
 *     printed as {@code 29.8} or {@code 29.8%}
 * @param value the value as printed
 * @param target the target as printed, in the value's unit
 */
public record PrintedGap(
    String label, PrintedFigure printed, PrintedFigure value, PrintedFigure target)
    implements ReportItem {

  /** Checks the value and target share a unit and the gap is printed in it. */
  public PrintedGap {
    checkNotNull(label, "label");
    checkNotNull(printed, "printed");
    checkNotNull(value, "value");
    checkNotNull(target, "target");
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
   * A gap from the text of its figures.
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
}
