package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.RoundingMode;
import java.util.Optional;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/**
 * A percentage change as a report printed it, with whichever of its two values it printed beside
 * it. Dorset, July 2023: "Neighbourhood crimes, 6.9% increase; projected 202; last year 188".
 *
 * @param label what the change is of, as the report names it
 * @param printed the percentage change as printed, such as {@code 6.9%} or {@code -3.1%}
 * @param base the earlier value as printed, when it was: a count, pounds, a percentage or a rate, 0
 *     or more
 * @param current the later value as printed, when it was, in the base's unit, 0 or more
 */
public record PrintedChange(
    String label,
    PrintedFigure printed,
    Optional<PrintedFigure> base,
    Optional<PrintedFigure> current)
    implements ReportItem {

  /** Checks the figure is a percentage and the values are not negative and share a unit. */
  public PrintedChange {
    checkNotNull(label, "label");
    checkNotNull(printed, "printed");
    checkNotNull(base, "base");
    checkNotNull(current, "current");
    ItemChecks.check("label", label);
    ImpliedRanges.checkPercent("printed", printed);
    ItemChecks.checkNotNegative("base", base);
    ItemChecks.checkNotNegative("current", current);
    if (base.isPresent() && current.isPresent()) {
      ItemChecks.checkSameUnit("current", current.get(), "base", base.get());
    }
  }

  /**
   * A change printed with both its values.
   *
   * @param label what the change is of
   * @param printed the change as printed: {@code "6.9%"}
   * @param base the earlier value as printed: {@code "188"}
   * @param current the later value as printed: {@code "202"}
   * @return the item
   */
  public static PrintedChange of(
      String label, CharSequence printed, CharSequence base, CharSequence current) {
    return new PrintedChange(
        label,
        parse("printed", printed),
        ItemChecks.read("base", base),
        ItemChecks.read("current", current));
  }

  /**
   * A change printed with its later value only: "210 deaths, a 40 percent increase".
   *
   * @param label what the change is of
   * @param printed the change as printed
   * @param current the later value as printed
   * @return the item
   */
  public static PrintedChange withoutBase(
      String label, CharSequence printed, CharSequence current) {
    return new PrintedChange(
        label, parse("printed", printed), Optional.empty(), ItemChecks.read("current", current));
  }

  /**
   * A change printed with its earlier value only.
   *
   * @param label what the change is of
   * @param printed the change as printed
   * @param base the earlier value as printed
   * @return the item
   */
  public static PrintedChange withoutCurrent(
      String label, CharSequence printed, CharSequence base) {
    return new PrintedChange(
        label, parse("printed", printed), ItemChecks.read("base", base), Optional.empty());
  }

  /**
   * A change printed alone: "drug-related offences have been reduced by 7%".
   *
   * @param label what the change is of
   * @param printed the change as printed
   * @return the item
   */
  public static PrintedChange withoutInputs(String label, CharSequence printed) {
    return new PrintedChange(label, parse("printed", printed), Optional.empty(), Optional.empty());
  }

  static PrintedFigure parse(String name, CharSequence text) {
    checkNotNull(text, name);
    return PrintedFigure.parse(text);
  }

  /**
   * This item with every figure read as printed by another rounding ({@link
   * PrintedFigure#roundedBy}).
   *
   * @param rounding how the report rounded; never {@code UNNECESSARY}
   * @return the item
   */
  @Override
  public PrintedChange roundedBy(RoundingMode rounding) {
    return new PrintedChange(
        label,
        printed.roundedBy(rounding),
        base.map(f -> f.roundedBy(rounding)),
        current.map(f -> f.roundedBy(rounding)));
  }
}
