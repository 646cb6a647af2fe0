package org.combatingdrugs.outcomes.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/**
 * The slips that explain a printed figure which does not show the one exact value its inputs give.
 * Used once, by one audit, then dropped.
 */
final class PointAudit {

  /** How far a misplaced decimal point is looked for: up to a factor of 1,000 either way. */
  private static final int MAX_SHIFT = 3;

  private final PrintedFigure printed;
  private final Exact exact;
  private final List<Explanation> found = new ArrayList<>();

  PointAudit(PrintedFigure printed, Exact exact) {
    this.printed = printed;
    this.exact = exact;
  }

  /** Whether the figure shows the exact value, rounded half up to its step. */
  boolean isConsistent() {
    return printed.contains(exact);
  }

  /** Whether some value the inputs allow, given their own rounding, prints as the figure. */
  boolean isConsistentWithin(Optional<ExactInterval> allowed) {
    return allowed.map(a -> ExactInterval.printing(printed).intersects(a)).orElse(false);
  }

  /** Adds slips another check found. */
  @CanIgnoreReturnValue
  PointAudit add(Explanation explanation) {
    found.add(explanation);
    return this;
  }

  /** Looks for the slips any figure can have: rounding, sign, decimal point, swapped digits. */
  @CanIgnoreReturnValue
  PointAudit standard() {
    return rounding().sign().decimalPoint().figureTransposed();
  }

  /** Truncated (only truncation gives the figure) or rounded another way. */
  @CanIgnoreReturnValue
  PointAudit rounding() {
    FigureCheck check = FigureCheck.of(printed, exact, printed.rounding());
    ImmutableSet<RoundingMode> modes = check.modesThatReproduce();
    if (check.isTruncation()) {
      found.add(Explanation.of(Slip.TRUNCATED));
    } else if (!modes.isEmpty()) {
      found.add(new Explanation(Slip.OTHER_ROUNDING, Sentences.or(modes.asList())));
    }
    return this;
  }

  /** The value with its sign reversed. */
  @CanIgnoreReturnValue
  PointAudit sign() {
    if (exact.signum() != 0 && printed.contains(exact.negate())) {
      found.add(Explanation.of(Slip.SIGN_REVERSED));
    }
    return this;
  }

  /** The value times a power of ten, from 1/1,000 to 1,000. */
  @CanIgnoreReturnValue
  PointAudit decimalPoint() {
    if (exact.signum() == 0 || printed.value().signum() == 0) {
      return this;
    }
    for (int shift = -MAX_SHIFT; shift <= MAX_SHIFT; shift++) {
      if (shift != 0 && printed.contains(exact.multiply(Wholes.powerOfTen(shift)))) {
        found.add(new Explanation(Slip.DECIMAL_POINT_MISPLACED, factor(shift)));
      }
    }
    return this;
  }

  /** The right figure, at the printed step, printed with two adjacent digits swapped. */
  @CanIgnoreReturnValue
  PointAudit figureTransposed() {
    Exact step = Exact.of(printed.step());
    Exact right = Exact.of(printed.round(exact)).divide(step);
    Exact shown = Printing.value(printed).divide(step);
    if (right.signum() == shown.signum()
        && right.signum() != 0
        && fitsLong(right.numerator())
        && fitsLong(shown.numerator())
        && Transpositions.isAdjacentTransposition(
            right.numerator().abs().longValueExact(), shown.numerator().abs().longValueExact())) {
      found.add(
          new Explanation(
              Slip.FIGURE_TRANSPOSED, "it should print " + Printing.as(printed, exact)));
    }
    return this;
  }

  /** A slip that gives one value, with what it took. */
  @CanIgnoreReturnValue
  PointAudit candidate(Slip slip, Exact value, String detail) {
    if (printed.contains(value)) {
      found.add(new Explanation(slip, detail));
    }
    return this;
  }

  /** A slip that gives a value anywhere in an interval (inputs that are themselves rounded). */
  @CanIgnoreReturnValue
  PointAudit candidate(Slip slip, ExactInterval values, String detail) {
    if (ExactInterval.printing(printed).intersects(values)) {
      found.add(new Explanation(slip, detail));
    }
    return this;
  }

  /**
   * {@link Slip#INPUT_TRANSPOSED} for each way of swapping two adjacent digits of one input: the
   * figure the inputs give with that input so taken, with what it was taken as.
   *
   * @param role what the input is, for the detail: {@code "base"}
   * @param input the input as printed
   * @param valueWith the exact value of the figure with the input taken as the value given
   */
  @CanIgnoreReturnValue
  PointAudit inputTransposed(String role, PrintedFigure input, Function<Exact, Exact> valueWith) {
    for (BigDecimal swap : Transpositions.adjacentSwaps(input.value())) {
      Exact swapped = Exact.of(swap);
      candidate(
          Slip.INPUT_TRANSPOSED, valueWith.apply(swapped), Auditor.taken(role, input, swapped));
    }
    return this;
  }

  /** What was found, in the order of {@link Slip}, each once. */
  ImmutableList<Explanation> explanations() {
    return found.stream()
        .distinct()
        .sorted(Comparator.comparing(Explanation::slip))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The finding when the figure is consistent, as printed or within its inputs' rounding; empty
   * when the slips must be looked for.
   */
  Optional<Finding> settled(Finding.Builder finding, Optional<ExactInterval> allowed) {
    if (isConsistent()) {
      return Optional.of(finding.consistent(false));
    }
    if (isConsistentWithin(allowed)) {
      return Optional.of(finding.consistent(true));
    }
    return Optional.empty();
  }

  /** The finding once the slips are looked for. */
  Finding explained(Finding.Builder finding) {
    return finding.explained(explanations());
  }

  static String factor(int shift) {
    String power = Printing.grouped(BigInteger.TEN.pow(Math.abs(shift)));
    return shift > 0 ? "the right figure × " + power : "the right figure ÷ " + power;
  }

  private static boolean fitsLong(BigInteger value) {
    return value.bitLength() < Long.SIZE - 1;
  }
}
