package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.RoundingMode;
import java.util.Optional;
import org.combatingdrugs.outcomes.measure.MeasureType;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/**
 * A rate as a report printed it, with whichever of its count and population it printed: "8,178
 * people, 7.8 per 1,000".
 *
 * @param label what the rate is of, as the report names it
 * @param printed the rate as printed: {@code 7.8 per 1,000}
 * @param count the count the rate is of, when printed, 0 or more
 * @param population the population, when printed, 0 or more
 */
public record PrintedRate(
    String label,
    PrintedFigure printed,
    Optional<PrintedFigure> count,
    Optional<PrintedFigure> population)
    implements ReportItem {

  /** Checks the figure is a rate and the count and population are counts, not negative. */
  public PrintedRate {
    checkNotNull(label, "label");
    checkNotNull(printed, "printed");
    checkNotNull(count, "count");
    checkNotNull(population, "population");
    ItemChecks.check("label", label);
    ImpliedRanges.checkRate("printed", printed);
    count.ifPresent(c -> checkCount("count", c));
    population.ifPresent(p -> checkCount("population", p));
  }

  /**
   * A rate printed with its count and population.
   *
   * @param label what the rate is of
   * @param printed the rate as printed: {@code "7.8 per 1,000"}
   * @param count the count as printed: {@code "8,178"}
   * @param population the population as printed
   * @return the item
   */
  public static PrintedRate of(
      String label, CharSequence printed, CharSequence count, CharSequence population) {
    return new PrintedRate(
        label,
        PrintedChange.parse("printed", printed),
        ItemChecks.read("count", count),
        ItemChecks.read("population", population));
  }

  /**
   * A rate printed with its count only.
   *
   * @param label what the rate is of
   * @param printed the rate as printed
   * @param count the count as printed
   * @return the item
   */
  public static PrintedRate withoutPopulation(
      String label, CharSequence printed, CharSequence count) {
    return new PrintedRate(
        label,
        PrintedChange.parse("printed", printed),
        ItemChecks.read("count", count),
        Optional.empty());
  }

  /**
   * A rate printed with its population only.
   *
   * @param label what the rate is of
   * @param printed the rate as printed
   * @param population the population as printed
   * @return the item
   */
  public static PrintedRate withoutCount(
      String label, CharSequence printed, CharSequence population) {
    return new PrintedRate(
        label,
        PrintedChange.parse("printed", printed),
        Optional.empty(),
        ItemChecks.read("population", population));
  }

  /**
   * A rate printed alone: "hospital admissions ... at 996.6 per 100,000".
   *
   * @param label what the rate is of
   * @param printed the rate as printed
   * @return the item
   */
  public static PrintedRate withoutInputs(String label, CharSequence printed) {
    return new PrintedRate(
        label, PrintedChange.parse("printed", printed), Optional.empty(), Optional.empty());
  }

  private static void checkCount(String name, PrintedFigure figure) {
    checkNotNull(figure, name);
    checkArgument(
        figure.unit().type() == MeasureType.COUNT,
        "%s must be a count but was '%s'",
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
  public PrintedRate roundedBy(RoundingMode rounding) {
    return new PrintedRate(
        label,
        printed.roundedBy(rounding),
        count.map(f -> f.roundedBy(rounding)),
        population.map(f -> f.roundedBy(rounding)));
  }
}
