package org.combatingdrugs.outcomes.audit;

import static org.combatingdrugs.outcomes.audit.Printing.input;
import static org.combatingdrugs.outcomes.audit.Printing.isWhole;
import static org.combatingdrugs.outcomes.audit.Printing.shown;
import static org.combatingdrugs.outcomes.audit.Printing.signed;
import static org.combatingdrugs.outcomes.audit.Printing.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Function;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.measure.Quantity;

/** The audit of printed changes: a percentage, points, a "change (count)" pair. Stateless. */
final class ChangeAudits {

  private static final Exact HUNDRED = Exact.of(100);

  private ChangeAudits() {}

  /** A percentage change: against its two values, or working back to the one not printed. */
  static Finding change(PrintedChange item) {
    PrintedFigure printed = item.printed();
    if (item.base().isEmpty() && item.current().isEmpty()) {
      return Auditor.withoutInputs(item);
    }
    if (item.base().isEmpty()) {
      PrintedFigure current = item.current().get();
      Finding.Builder finding =
          Finding.of(
              item,
              "printed "
                  + shown(printed)
                  + " for a later value of "
                  + shown(current)
                  + ", with no base");
      return Auditor.missing(
          finding,
          printed,
          current,
          ImpliedRanges::basesOfChange,
          "base",
          NotCheckableReason.BASE_NOT_GIVEN,
          true);
    }
    PrintedFigure base = item.base().get();
    if (item.current().isEmpty()) {
      Finding.Builder finding =
          Finding.of(
              item,
              "printed "
                  + shown(printed)
                  + " from a base of "
                  + shown(base)
                  + ", with no later value");
      if (base.value().signum() == 0) {
        return finding.notCheckable(NotCheckableReason.ZERO_BASE);
      }
      return Auditor.missing(
          finding,
          printed,
          base,
          ImpliedRanges::currentsOfChange,
          "later value",
          NotCheckableReason.CURRENT_NOT_GIVEN,
          true);
    }
    PrintedFigure current = item.current().get();
    String subject = "printed " + shown(printed) + " for " + shown(base) + " → " + shown(current);
    if (base.value().signum() == 0) {
      return Finding.of(item, subject).notCheckable(NotCheckableReason.ZERO_BASE);
    }
    Change change = PercentageChange.between(base.quantity(), current.quantity());
    Exact exact = Auditor.percent(change);
    Finding.Builder finding =
        Finding.of(item, subject + ", which is " + signed(printed, exact)).exact(exact);
    Optional<ExactInterval> allowed =
        isWhole(base) && isWhole(current)
            ? Optional.empty()
            : Optional.of(
                input(current).dividedBy(input(base)).plus(Exact.ONE.negate()).times(HUNDRED));
    PointAudit audit = new PointAudit(printed, exact);
    Optional<Finding> settled = audit.settled(finding, allowed);
    if (settled.isPresent()) {
      return settled.get();
    }
    ChangeCheck check = ChangeCheck.of(printed, change, printed.rounding());
    for (ChangeSlip slip : check.slips()) {
      audit.add(Auditor.explain(Slip.of(slip), check.figure()));
    }
    audit.decimalPoint().figureTransposed();
    if (base.unit().isPercent()) {
      audit.candidate(Slip.POINTS_AS_PERCENT, change.absolute().amount(), "");
    }
    Exact from = value(base);
    Exact to = value(current);
    audit.inputTransposed(
        "base", base, swapped -> to.subtract(swapped).divide(swapped).multiply(HUNDRED));
    audit.inputTransposed(
        "later value", current, swapped -> swapped.subtract(from).divide(from).multiply(HUNDRED));
    return audit.explained(finding);
  }

  /** A change in percentage points against its two percentages. */
  static Finding points(PrintedPointsChange item) {
    PrintedFigure printed = item.printed();
    PrintedFigure base = item.base();
    PrintedFigure current = item.current();
    Change change = PercentageChange.between(base.quantity(), current.quantity());
    Exact exact = change.absolute().amount();
    String unit = printed.unit().isPercent() ? "" : " points";
    Finding.Builder finding =
        Finding.of(
                item,
                "printed "
                    + shown(printed)
                    + unit
                    + " for "
                    + shown(base)
                    + " → "
                    + shown(current)
                    + ", which is "
                    + signed(printed, exact)
                    + unit)
            .exact(exact);
    Optional<ExactInterval> allowed = Optional.of(input(current).plus(input(base).negate()));
    PointAudit audit = new PointAudit(printed, exact);
    Optional<Finding> settled = audit.settled(finding, allowed);
    if (settled.isPresent()) {
      return settled.get();
    }
    audit.standard();
    Exact from = value(base);
    Exact to = value(current);
    if (from.signum() != 0) {
      audit.candidate(Slip.PERCENT_AS_POINTS, Auditor.percent(change), "");
    }
    audit.inputTransposed("base", base, to::subtract);
    audit.inputTransposed("later value", current, swapped -> swapped.subtract(from));
    return audit.explained(finding);
  }

  /** A "change (count)" pair: the bases both allow, and a printed base against them. */
  static Finding pair(PrintedChangeCount item) {
    PrintedFigure printed = item.printed();
    Exact count = value(item.count());
    Function<ExactInterval, WholeRange> derive = i -> ImpliedRanges.basesOfChangeCount(i, count);
    ExactInterval values = ExactInterval.printing(printed);
    WholeRange bases = derive.apply(values);
    String subject = "printed " + shown(printed) + " " + shown(item.count());
    if (item.base().isEmpty()) {
      Finding.Builder finding = Finding.of(item, subject).range("base", bases);
      if (!bases.isEmpty()) {
        return finding.consistent(false);
      }
      return finding.explained(
          new RangeAudit(printed, derive, "base")
              .standard(true)
              .alternative(Slip.RATIO_FOR_CHANGE, values.plus(HUNDRED.negate()), "")
              .alternative(
                  Slip.DIVIDED_BY_LATER_VALUE,
                  ImpliedRanges.basesOfChangeCountOverLater(values, count),
                  "")
              .explanations());
    }
    PrintedFigure base = item.base().get();
    Exact from = value(base);
    subject += " on a base of " + shown(base);
    if (bases.contains(from)) {
      return Finding.of(item, subject).range("base", bases).consistent(false);
    }
    if (from.signum() == 0) {
      return Finding.of(item, subject)
          .range("base", bases)
          .notCheckable(NotCheckableReason.ZERO_BASE);
    }
    Change change =
        PercentageChange.between(base.quantity(), Quantity.of(from.add(count), base.unit()));
    Exact exact = Auditor.percent(change);
    Finding.Builder finding =
        Finding.of(item, subject + ", which is " + signed(printed, exact))
            .exact(exact)
            .range("base", bases);
    PointAudit audit = new PointAudit(printed, exact);
    ChangeCheck check = ChangeCheck.of(printed, change, printed.rounding());
    for (ChangeSlip slip : check.slips()) {
      audit.add(Auditor.explain(Slip.of(slip), check.figure()));
    }
    audit.decimalPoint().figureTransposed();
    for (BigDecimal swap : Transpositions.adjacentSwaps(base.value())) {
      if (bases.contains(Exact.of(swap))) {
        audit.add(
            new Explanation(Slip.INPUT_TRANSPOSED, Auditor.taken("base", base, Exact.of(swap))));
      }
    }
    return audit.explained(finding);
  }
}
