package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.RoundingMode;
import org.combatingdrugs.outcomes.measure.MeasureType;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/**
 * A change of two percentages printed in percentage points: 45.2% → 67.7% is "+22.5 points".
 *
 * @param label what the change is of, as the report names it
 * @param printed the number of points as printed, without the word: {@code -15.4} or {@code -15.4%}
 *     ({@link PrintedFigure} does not read {@code pp})
 * @param base the earlier percentage as printed
 * @param current the later percentage as printed
 */
public record PrintedPointsChange(
    String label, PrintedFigure printed, PrintedFigure base, PrintedFigure current)
    implements ReportItem {

  /** Checks the figure is a number or percentage and both values are percentages. */
  public PrintedPointsChange {
    checkNotNull(label, "label");
    checkNotNull(printed, "printed");
    checkNotNull(base, "base");
    checkNotNull(current, "current");
    ItemChecks.check("label", label);
    checkArgument(
        printed.unit().isPercent() || printed.unit().type() == MeasureType.COUNT,
        "printed must be a number of points such as -15.4 but was '%s'",
        printed.text());
    ImpliedRanges.checkPercent("base", base);
    ImpliedRanges.checkPercent("current", current);
    ItemChecks.checkNotNegative("base", base);
    ItemChecks.checkNotNegative("current", current);
  }

  /**
   * A change in points printed with both its percentages.
   *
   * @param label what the change is of
   * @param printed the points as printed: {@code "-15.4"}
   * @param base the earlier percentage: {@code "45.2%"}
   * @param current the later percentage: {@code "29.8%"}
   * @return the item
   */
  public static PrintedPointsChange of(
      String label, CharSequence printed, CharSequence base, CharSequence current) {
    return new PrintedPointsChange(
        label,
        PrintedChange.parse("printed", printed),
        PrintedChange.parse("base", base),
        PrintedChange.parse("current", current));
  }

  /**
   * This item with every figure read as printed by another rounding ({@link
   * PrintedFigure#roundedBy}).
   *
   * @param rounding how the report rounded; never {@code UNNECESSARY}
   * @return the item
   */
  @Override
  public PrintedPointsChange roundedBy(RoundingMode rounding) {
    return new PrintedPointsChange(
        label, printed.roundedBy(rounding), base.roundedBy(rounding), current.roundedBy(rounding));
  }
}
