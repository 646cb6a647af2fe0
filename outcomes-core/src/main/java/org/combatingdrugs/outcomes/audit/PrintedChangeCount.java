package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.RoundingMode;
import java.util.Optional;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/**
 * A "change (count)" pair as a report printed it: {@code -3.1% (-24)}, the percentage change and
 * the change in number from one base, which the report may not print. The two figures are checked
 * against each other through the bases they allow ({@link #bases()}), and a printed base against
 * those.
 *
 * @param label what the change is of, as the report names it
 * @param printed the percentage change as printed: {@code -3.1%}
 * @param count the change in number as printed, in full: {@code (-24)}
 * @param base the base, when printed: a whole number 0 or more, in the count's unit
 */
public record PrintedChangeCount(
    String label, PrintedFigure printed, PrintedFigure count, Optional<PrintedFigure> base)
    implements ReportItem {

  /** Checks the percentage, that the count and any base are whole, and the base not negative. */
  public PrintedChangeCount {
    checkNotNull(label, "label");
    checkNotNull(printed, "printed");
    checkNotNull(count, "count");
    checkNotNull(base, "base");
    ItemChecks.check("label", label);
    ImpliedRanges.checkPercent("printed", printed);
    ImpliedRanges.checkWhole("count", count);
    if (base.isPresent()) {
      ImpliedRanges.checkWhole("base", base.get());
      ItemChecks.checkNotNegative("base", base.get());
      ItemChecks.checkSameUnit("base", base.get(), "count", count);
      checkArgument(
          base.get().value().add(count.value()).signum() >= 0,
          "count must not take the base below zero, but base '%s' and count '%s' would",
          base.get().text(),
          count.text());
    }
  }

  /**
   * A pair printed without its base.
   *
   * @param label what the change is of
   * @param printed the percentage as printed: {@code "-3.1%"}
   * @param count the count as printed: {@code "(-24)"}
   * @return the item
   */
  public static PrintedChangeCount of(String label, CharSequence printed, CharSequence count) {
    return new PrintedChangeCount(
        label,
        PrintedChange.parse("printed", printed),
        PrintedChange.parse("count", count),
        Optional.empty());
  }

  /**
   * A pair printed with its base.
   *
   * @param label what the change is of
   * @param printed the percentage as printed
   * @param count the count as printed
   * @param base the base as printed: {@code "774"}
   * @return the item
   */
  public static PrintedChangeCount of(
      String label, CharSequence printed, CharSequence count, CharSequence base) {
    return new PrintedChangeCount(
        label,
        PrintedChange.parse("printed", printed),
        PrintedChange.parse("count", count),
        ItemChecks.read("base", base));
  }

  /**
   * The whole bases both printed figures allow, as {@link ImpliedRanges#basesOfChangeCount}: 762 to
   * 786 for {@code -3.1% (-24)}.
   */
  public WholeRange bases() {
    return ImpliedRanges.basesOfChangeCount(printed, count);
  }

  /**
   * This item with every figure read as printed by another rounding ({@link
   * PrintedFigure#roundedBy}).
   *
   * @param rounding how the report rounded; never {@code UNNECESSARY}
   * @return the item
   */
  @Override
  public PrintedChangeCount roundedBy(RoundingMode rounding) {
    return new PrintedChangeCount(
        label,
        printed.roundedBy(rounding),
        count.roundedBy(rounding),
        base.map(f -> f.roundedBy(rounding)));
  }
}
