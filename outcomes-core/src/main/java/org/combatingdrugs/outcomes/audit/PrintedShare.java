package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.RoundingMode;
import java.util.Optional;
import org.combatingdrugs.outcomes.measure.MeasureType;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/**
 * A share of a total as a report printed it, with whichever of its count and total it printed: "943
 * referrals, 663 assessments (70.3%)".
 *
 * @param label what the share is of, as the report names it
 * @param printed the percentage as printed
 * @param count the count it is a share of the total, when printed: a count or pounds, 0 or more
 * @param total the total, when printed, in the count's unit, 0 or more
 */
public record PrintedShare(
    String label,
    PrintedFigure printed,
    Optional<PrintedFigure> count,
    Optional<PrintedFigure> total)
    implements ReportItem {

  /**
   * Checks the figure is a percentage and the count and total are amounts in one unit, the count
   * no more than the total (allowing for their rounding).
   */
  public PrintedShare {
    checkNotNull(label, "label");
    checkNotNull(printed, "printed");
    checkNotNull(count, "count");
    checkNotNull(total, "total");
    ItemChecks.check("label", label);
    ImpliedRanges.checkPercent("printed", printed);
    count.ifPresent(c -> checkAmount("count", c));
    total.ifPresent(t -> checkAmount("total", t));
    if (count.isPresent() && total.isPresent()) {
      ItemChecks.checkSameUnit("total", total.get(), "count", count.get());
      ExactInterval room = Printing.input(total.get()).plus(Printing.input(count.get()).negate());
      int sign = room.upper().signum();
      checkArgument(
          sign > 0 || (sign == 0 && room.includesUpper()),
          "count must be at most its total '%s' but was '%s'",
          total.get().text(),
          count.get().text());
    }
  }

  /**
   * A share printed with its count and total.
   *
   * @param label what the share is of
   * @param printed the share as printed: {@code "70.3%"}
   * @param count the count as printed: {@code "663"}
   * @param total the total as printed: {@code "943"}
   * @return the item
   */
  public static PrintedShare of(
      String label, CharSequence printed, CharSequence count, CharSequence total) {
    return new PrintedShare(
        label,
        PrintedChange.parse("printed", printed),
        ItemChecks.read("count", count),
        ItemChecks.read("total", total));
  }

  /**
   * A share printed with its count only.
   *
   * @param label what the share is of
   * @param printed the share as printed: {@code "57.7%"}
   * @param count the count as printed: {@code "150"}
   * @return the item
   */
  public static PrintedShare withoutTotal(String label, CharSequence printed, CharSequence count) {
    return new PrintedShare(
        label,
        PrintedChange.parse("printed", printed),
        ItemChecks.read("count", count),
        Optional.empty());
  }

  /**
   * A share printed with its total only: "114 complaint review requests ..., 73.9% ...".
   *
   * @param label what the share is of
   * @param printed the share as printed
   * @param total the total as printed
   * @return the item
   */
  public static PrintedShare withoutCount(String label, CharSequence printed, CharSequence total) {
    return new PrintedShare(
        label,
        PrintedChange.parse("printed", printed),
        Optional.empty(),
        ItemChecks.read("total", total));
  }

  /**
   * A share printed alone: "57.7%".
   *
   * @param label what the share is of
   * @param printed the share as printed
   * @return the item
   */
  public static PrintedShare withoutInputs(String label, CharSequence printed) {
    return new PrintedShare(
        label, PrintedChange.parse("printed", printed), Optional.empty(), Optional.empty());
  }

  private static void checkAmount(String name, PrintedFigure figure) {
    MeasureType type = figure.unit().type();
    checkArgument(
        type == MeasureType.COUNT || type == MeasureType.MONEY,
        "%s must be a count or pounds but was '%s'",
        name,
        figure.text());
    ItemChecks.checkNotNegative(name, figure);
  }

  /**
   * This item with every figure read as printed by another rounding ({@link
   * PrintedFigure#roundedBy}).
   *
   * @param rounding how the report rounded; never {@code UNNECESSARY}
   * @return the item
   */
  @Override
  public PrintedShare roundedBy(RoundingMode rounding) {
    return new PrintedShare(
        label,
        printed.roundedBy(rounding),
        count.map(f -> f.roundedBy(rounding)),
        total.map(f -> f.roundedBy(rounding)));
  }
}
