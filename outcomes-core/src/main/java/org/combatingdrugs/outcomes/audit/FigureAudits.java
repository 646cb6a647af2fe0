package org.combatingdrugs.outcomes.audit;

import static org.combatingdrugs.outcomes.audit.Printing.as;
import static org.combatingdrugs.outcomes.audit.Printing.input;
import static org.combatingdrugs.outcomes.audit.Printing.isWhole;
import static org.combatingdrugs.outcomes.audit.Printing.shown;
import static org.combatingdrugs.outcomes.audit.Printing.value;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.combatingdrugs.outcomes.calc.RunRateProjection;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/** The audit of printed projections, gaps, rates, shares and totals. Stateless. */
final class FigureAudits {

  private static final Exact HUNDRED = Exact.of(100);

  private FigureAudits() {}

  /** A run-rate projection against the value so far. */
  static Finding projection(PrintedProjection item) {
    PrintedFigure printed = item.printed();
    PrintedFigure observed = item.observedValue();
    RunRateProjection projection = item.projection();
    Exact exact = projection.value().amount();
    Exact multiplier = projection.share().reciprocal();
    Finding.Builder finding =
        Finding.of(
                item,
                "printed "
                    + shown(printed)
                    + " for "
                    + item.period().label()
                    + " from "
                    + shown(observed)
                    + " in "
                    + item.observed().label()
                    + " × "
                    + multiplier.toExactString()
                    + ", which is "
                    + as(printed, exact))
            .exact(exact);
    Optional<ExactInterval> allowed =
        isWhole(observed) ? Optional.empty() : Optional.of(input(observed).times(multiplier));
    PointAudit audit = new PointAudit(printed, exact);
    Optional<Finding> settled = audit.settled(finding, allowed);
    if (settled.isPresent()) {
      return settled.get();
    }
    ProjectionCheck check = ProjectionCheck.of(printed, projection, printed.rounding());
    for (ProjectionSlip slip : check.slips()) {
      audit.add(
          switch (slip) {
            case OBSERVED_VALUE_TRANSPOSED ->
                new Explanation(
                    Slip.INPUT_TRANSPOSED,
                    Auditor.taken("observed value", observed, check.impliedObservedValue()));
            case PROJECTION_TRANSPOSED ->
                new Explanation(Slip.FIGURE_TRANSPOSED, "it should print " + as(printed, exact));
            case TRUNCATED, OTHER_ROUNDING -> Auditor.explain(Slip.of(slip), check.figure());
          });
    }
    audit.decimalPoint();
    return audit.explained(finding);
  }

  /** A gap against its value and target. */
  static Finding gap(PrintedGap item) {
    PrintedFigure printed = item.printed();
    PrintedFigure level = item.value();
    PrintedFigure target = item.target();
    boolean below = item.side() == PrintedGap.Side.BELOW;
    BinaryOperator<Exact> gap = (v, t) -> below ? t.subtract(v) : v.subtract(t);
    Exact exact = gap.apply(value(level), value(target));
    Finding.Builder finding =
        Finding.of(
                item,
                "printed "
                    + shown(printed)
                    + " between "
                    + shown(level)
                    + " and the target "
                    + shown(target)
                    + (below ? "" : ", above it")
                    + ", which is "
                    + as(printed, exact))
            .exact(exact);
    ExactInterval shortfall = input(target).plus(input(level).negate());
    Optional<ExactInterval> allowed =
        isWhole(level) && isWhole(target)
            ? Optional.empty()
            : Optional.of(below ? shortfall : shortfall.negate());
    PointAudit audit = new PointAudit(printed, exact);
    Optional<Finding> settled = audit.settled(finding, allowed);
    if (settled.isPresent()) {
      return settled.get();
    }
    audit.standard();
    audit.inputTransposed("value", level, swapped -> gap.apply(swapped, value(target)));
    audit.inputTransposed("target", target, swapped -> gap.apply(value(level), swapped));
    return audit.explained(finding);
  }

  /** A rate against its count and population, or working back to the one not printed. */
  static Finding rate(PrintedRate item) {
    PrintedFigure printed = item.printed();
    long multiplier = printed.unit().multiplier();
    if (item.count().isEmpty() && item.population().isEmpty()) {
      return Auditor.withoutInputs(item);
    }
    if (item.count().isEmpty()) {
      PrintedFigure population = item.population().get();
      Finding.Builder finding =
          Finding.of(
              item,
              "printed "
                  + shown(printed)
                  + " in a population of "
                  + shown(population)
                  + ", with no count");
      if (population.value().signum() == 0) {
        return finding.notCheckable(NotCheckableReason.ZERO_BASE);
      }
      return Auditor.missing(
          finding,
          printed,
          population,
          (i, people) -> ImpliedRanges.countsOfRate(i, people, multiplier),
          "count",
          NotCheckableReason.COUNT_NOT_GIVEN,
          false);
    }
    PrintedFigure count = item.count().get();
    if (item.population().isEmpty()) {
      Finding.Builder finding =
          Finding.of(
              item, "printed " + shown(printed) + " for " + shown(count) + ", with no population");
      return Auditor.missing(
          finding,
          printed,
          count,
          (i, events) -> ImpliedRanges.populationsOfRate(i, events, multiplier),
          "population",
          NotCheckableReason.POPULATION_NOT_GIVEN,
          false);
    }
    PrintedFigure population = item.population().get();
    String subject =
        "printed "
            + shown(printed)
            + " for "
            + shown(count)
            + " in a population of "
            + shown(population);
    return countPer(item, subject, count, population, "population", Exact.of(multiplier));
  }

  /** A share against its count and total, or working back to the one not printed. */
  static Finding share(PrintedShare item) {
    PrintedFigure printed = item.printed();
    if (item.count().isEmpty() && item.total().isEmpty()) {
      return Auditor.withoutInputs(item);
    }
    if (item.total().isEmpty()) {
      PrintedFigure count = item.count().get();
      Finding.Builder finding =
          Finding.of(
              item,
              "printed " + shown(printed) + " for a count of " + shown(count) + ", with no total");
      return Auditor.missing(
          finding,
          printed,
          count,
          ImpliedRanges::totalsOfShare,
          "total",
          NotCheckableReason.TOTAL_NOT_GIVEN,
          false);
    }
    PrintedFigure total = item.total().get();
    if (item.count().isEmpty()) {
      Finding.Builder finding =
          Finding.of(
              item,
              "printed " + shown(printed) + " of a total of " + shown(total) + ", with no count");
      if (total.value().signum() == 0) {
        return finding.notCheckable(NotCheckableReason.ZERO_BASE);
      }
      return Auditor.missing(
          finding,
          printed,
          total,
          ImpliedRanges::countsOfShare,
          "count",
          NotCheckableReason.COUNT_NOT_GIVEN,
          false);
    }
    PrintedFigure count = item.count().get();
    String subject = "printed " + shown(printed) + " for " + shown(count) + " of " + shown(total);
    return countPer(item, subject, count, total, "total", HUNDRED);
  }

  /**
   * A figure that is a count per so many of a base, with both printed: a rate per its multiplier of
   * a population, a share per hundred of a total. Against the two, as printed or within their own
   * rounding; else the standard slips, and the count or the base with two digits swapped.
   *
   * @param item the rate or share
   * @param subject what was printed and from what, for the finding
   * @param count the count, as printed
   * @param base the population or total, as printed
   * @param baseRole what the base is, for the details: {@code "total"}
   * @param per how many of the base the figure is given per: 1,000 for a rate per 1,000
   */
  private static Finding countPer(
      ReportItem item,
      String subject,
      PrintedFigure count,
      PrintedFigure base,
      String baseRole,
      Exact per) {
    if (base.value().signum() == 0) {
      return Finding.of(item, subject).notCheckable(NotCheckableReason.ZERO_BASE);
    }
    PrintedFigure printed = item.printed();
    Exact part = value(count);
    Exact whole = value(base);
    Exact exact = part.multiply(per).divide(whole);
    Finding.Builder finding =
        Finding.of(item, subject + ", which is " + as(printed, exact)).exact(exact);
    Optional<ExactInterval> allowed =
        isWhole(count) && isWhole(base)
            ? Optional.empty()
            : Optional.of(input(count).times(per).dividedBy(input(base)));
    PointAudit audit = new PointAudit(printed, exact);
    Optional<Finding> settled = audit.settled(finding, allowed);
    if (settled.isPresent()) {
      return settled.get();
    }
    audit.standard();
    audit.inputTransposed("count", count, swapped -> swapped.multiply(per).divide(whole));
    audit.inputTransposed(baseRole, base, swapped -> part.multiply(per).divide(swapped));
    return audit.explained(finding);
  }

  /** A total against its parts, each at its own precision. */
  static Finding total(PrintedTotal item) {
    PrintedFigure printed = item.printed();
    TotalCheck check = item.check();
    Exact exact = check.printedSum();
    ExactInterval sum = check.sum();
    String subject =
        "printed "
            + shown(printed)
            + " for "
            + TotalCheck.partsText(item.parts())
            + " = "
            + as(printed, exact);
    if (!check.addsUp() && !sum.isPoint()) {
      subject += " (" + TotalCheck.between(sum, printed.unit(), "true sum") + ")";
    }
    Finding.Builder finding = Finding.of(item, subject).exact(exact);
    PointAudit audit = new PointAudit(printed, exact);
    Optional<Finding> settled = audit.settled(finding, Optional.of(sum));
    if (settled.isPresent()) {
      return settled.get();
    }
    audit.standard();
    for (PrintedFigure part : item.parts()) {
      Exact partValue = value(part);
      for (BigDecimal swap : Transpositions.adjacentSwaps(part.value())) {
        audit.candidate(
            Slip.INPUT_TRANSPOSED,
            sum.plus(Exact.of(swap).subtract(partValue)),
            Auditor.taken("part", part, Exact.of(swap)));
      }
      if (partValue.signum() != 0) {
        audit.candidate(
            Slip.SIGN_REVERSED,
            sum.plus(partValue.multiply(-2)),
            Auditor.taken("part", part, partValue.negate()));
      }
    }
    return audit.explained(finding);
  }
}
