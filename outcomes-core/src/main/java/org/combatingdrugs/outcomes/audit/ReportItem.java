package org.combatingdrugs.outcomes.audit;

import java.math.RoundingMode;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/**
 * One derived figure of a printed report, with the printed inputs it was derived from: a change, a
 * "change (count)" pair, a projection, a gap to a target, a rate, a share or a total.
 */
public sealed interface ReportItem
    permits PrintedChange,
        PrintedPointsChange,
        PrintedChangeCount,
        PrintedProjection,
        PrintedGap,
        PrintedRate,
        PrintedShare,
        PrintedTotal {

  /**
   * What the figure is of, as the report names it: {@code "Neighbourhood crimes"}; unique in a
   * report.
   */
  String label();

  /** The derived figure as printed. */
  PrintedFigure printed();

  /**
   * This item with every figure read as printed by another rounding: a report that truncates, or
   * rounds half to even ({@link PrintedFigure#roundedBy}).
   *
   * @param rounding how the report rounded; never {@code UNNECESSARY}
   * @return the item
   * @throws IllegalArgumentException when the rounding is {@code UNNECESSARY}
   */
  ReportItem roundedBy(RoundingMode rounding);
}
