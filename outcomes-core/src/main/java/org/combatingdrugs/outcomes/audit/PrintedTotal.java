package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.RoundingMode;
import java.util.List;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/**
 * A total as a report printed it, beside its printed parts: a budget table's "Total Chief
 * Constable" line, or "6% ... a further 30% ... a total of 36%".
 *
 * @param label what the total is of, as the report names it
 * @param printed the total as printed
 * @param parts the parts as printed, in the total's unit, as {@link TotalCheck} takes them
 */
public record PrintedTotal(String label, PrintedFigure printed, ImmutableList<PrintedFigure> parts)
    implements ReportItem {

  /** Checks the parts as {@link TotalCheck} does. */
  public PrintedTotal {
    checkNotNull(label, "label");
    checkNotNull(printed, "printed");
    checkNotNull(parts, "parts");
    ItemChecks.check("label", label);
    TotalCheck.validate(printed, parts);
  }

  /**
   * A total from its figures.
   *
   * @param label what the total is of
   * @param printed the total as printed
   * @param parts the parts as printed
   * @return the item
   */
  public static PrintedTotal of(String label, PrintedFigure printed, List<PrintedFigure> parts) {
    checkNotNull(label, "label");
    return new PrintedTotal(label, printed, TotalCheck.of(printed, parts).parts());
  }

  /**
   * A total from the text of its figures: {@code of("Men drinking at risk", "36%", "6%", "30%")}.
   *
   * @param label what the total is of
   * @param printed the total as printed
   * @param parts the parts as printed
   * @return the item
   */
  public static PrintedTotal of(String label, CharSequence printed, CharSequence... parts) {
    checkNotNull(label, "label");
    checkNotNull(printed, "printed");
    TotalCheck check = TotalCheck.of(printed, parts);
    return new PrintedTotal(label, check.total(), check.parts());
  }

  /** The check of the total against its parts. */
  public TotalCheck check() {
    return new TotalCheck(printed, parts);
  }

  /**
   * This item with every figure read as printed by another rounding ({@link
   * PrintedFigure#roundedBy}).
   *
   * @param rounding how the report rounded; never {@code UNNECESSARY}
   * @return the item
   */
  @Override
  public PrintedTotal roundedBy(RoundingMode rounding) {
    return new PrintedTotal(
        label,
        printed.roundedBy(rounding),
        parts.stream().map(f -> f.roundedBy(rounding)).collect(ImmutableList.toImmutableList()));
  }
}
