package org.combatingdrugs.outcomes.audit;

import static org.combatingdrugs.outcomes.audit.Printing.as;
import static org.combatingdrugs.outcomes.audit.Printing.isWhole;
import static org.combatingdrugs.outcomes.audit.Printing.shown;
import static org.combatingdrugs.outcomes.audit.Printing.value;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.measure.Quantity;

/**
 * Sends each printed item to the audit of its kind, and holds what those audits share. Stateless.
 */
final class Auditor {

  private static final Exact HUNDRED = Exact.of(100);

  private Auditor() {}

  /** The finding for one item, judged on its own inputs. */
  static Finding audit(ReportItem item) {
    if (item instanceof PrintedChange change) {
      return ChangeAudits.change(change);
    }
    if (item instanceof PrintedPointsChange points) {
      return ChangeAudits.points(points);
    }
    if (item instanceof PrintedChangeCount pair) {
      return ChangeAudits.pair(pair);
    }
    if (item instanceof PrintedProjection projection) {
      return FigureAudits.projection(projection);
    }
    if (item instanceof PrintedGap gap) {
      return FigureAudits.gap(gap);
    }
    if (item instanceof PrintedRate rate) {
      return FigureAudits.rate(rate);
    }
    if (item instanceof PrintedShare share) {
      return FigureAudits.share(share);
    }
    if (item instanceof PrintedTotal total) {
      return FigureAudits.total(total);
    }
    throw new IllegalArgumentException("item must be one of the printed items but was " + item);
  }

  /**
   * The value a change would show had some of its inputs been printed as the figures they came from
   * should be; empty for other items, or when no input is one of those figures.
   */
  static Optional<Exact> corrected(ReportItem item, Map<PrintedFigure, Exact> right) {
    if (!(item instanceof PrintedChange change)
        || change.base().isEmpty()
        || change.current().isEmpty()) {
      return Optional.empty();
    }
    PrintedFigure base = change.base().get();
    PrintedFigure current = change.current().get();
    if (!right.containsKey(base) && !right.containsKey(current)) {
      return Optional.empty();
    }
    Exact from = right.getOrDefault(base, value(base));
    Exact to = right.getOrDefault(current, value(current));
    if (from.signum() <= 0 || to.signum() < 0) {
      return Optional.empty();
    }
    return Optional.of(
        percent(
            PercentageChange.between(
                Quantity.of(from, base.unit()), Quantity.of(to, base.unit()))));
  }

  /**
   * A figure printed with one of its two inputs: the whole values of the other that fit, or the
   * slips when none does; not checkable when the input printed is not a whole number in full.
   *
   * @param finding the finding, with its subject
   * @param printed the printed figure
   * @param given the input printed
   * @param derive the whole values of the other input, for an interval of the figure's values and
   *     the exact value of the given one
   * @param noun what the other input is, for the range and details: {@code "base"}
   * @param reason why the figure cannot be checked without the other input
   * @param signed whether a reversed sign is looked for among the slips
   * @return the finding
   */
  static Finding missing(
      Finding.Builder finding,
      PrintedFigure printed,
      PrintedFigure given,
      BiFunction<ExactInterval, Exact, WholeRange> derive,
      String noun,
      NotCheckableReason reason,
      boolean signed) {
    if (!isWhole(given)) {
      return finding.notCheckable(reason);
    }
    Exact known = value(given);
    Function<ExactInterval, WholeRange> other = i -> derive.apply(i, known);
    WholeRange fits = other.apply(ExactInterval.printing(printed));
    finding.range(noun, fits);
    if (!fits.isEmpty()) {
      return finding.notCheckable(reason);
    }
    return finding.explained(new RangeAudit(printed, other, noun).standard(signed).explanations());
  }

  /** A figure printed with none of its inputs: not checkable. */
  static Finding withoutInputs(ReportItem item) {
    return Finding.of(item, "printed " + shown(item.printed()) + ", with no inputs")
        .notCheckable(NotCheckableReason.NO_INPUTS);
  }

  /** A slip a single check found, with the rounding modes when it is another rounding. */
  static Explanation explain(Slip slip, FigureCheck figure) {
    return slip == Slip.OTHER_ROUNDING
        ? new Explanation(slip, Sentences.or(figure.modesThatReproduce().asList()))
        : Explanation.of(slip);
  }

  /** {@code the base 188 taken as 818}. */
  static String taken(String role, PrintedFigure input, Exact used) {
    return "the " + role + " " + shown(input) + " taken as " + as(input, used);
  }

  /** The relative change of a change whose base is not zero, in percent. */
  static Exact percent(Change change) {
    return change.relative().orElseThrow().ratio().multiply(HUNDRED);
  }
}
