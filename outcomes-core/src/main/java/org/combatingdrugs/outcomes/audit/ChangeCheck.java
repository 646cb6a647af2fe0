package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.RelativeChange;
import org.combatingdrugs.outcomes.measure.Unit;
import java.util.Optional;

/**
 * The check of a published percentage change against the values it was computed from, with the
 * slips that would explain a mismatch. Dorset, July 2023: SOC disruptions 964 → 1,036 is +7.5%
 * (published 7.4%: {@link ChangeSlip#TRUNCATED}); neighbourhood crimes 188 → 202 is
 * +7.4% (published 6.9%: {@link ChangeSlip#DIVIDED_BY_LATER_VALUE}).
 *
 * @param change the change the figure describes, whose relative change is defined
 * @param figure the published percentage checked against the exact relative change
 */
public record ChangeCheck(Change change, FigureCheck figure) {

  private static final Exact HUNDRED = Exact.of(100);

  /** Checks that the figure describes the change's relative change. */
  public ChangeCheck {
    checkNotNull(change, "change");
    checkNotNull(figure, "figure");
    checkArgument(
        figure.exact().equals(percent(change)),
        "figure must check the change's relative change %s% but checked %s",
        percent(change),
        figure.exact());
  }

  /**
   * Checks a published percentage change.
   *
   * @param published the percentage as printed, such as {@code 7.4} for "7.4% increase"; its sign
   *     as printed (an unsigned figure for a fall is a {@link ChangeSlip#SIGN_REVERSED})
   * @param change the values it describes; the base must not be zero
   * @param mode the rounding the report is expected to use
   * @return the check
   */
  public static ChangeCheck of(BigDecimal published, Change change, RoundingMode mode) {
    checkNotNull(change, "change");
    return new ChangeCheck(change, FigureCheck.of(published, percent(change), mode));
  }
  /**
   * Checks a percentage change as printed ({@code +7.4%}, {@code -3.1%}).
   *
   * @param printed the printed percentage
   * @param change the change it should show
   * @param mode the rounding convention expected of the report, never {@code UNNECESSARY}
   * @return the check
   * @throws IllegalArgumentException when the printed figure is not a percentage, or the base is zero
   */
  public static ChangeCheck of(PrintedFigure printed, Change change, RoundingMode mode) {
    checkNotNull(printed, "printed");
    checkNotNull(change, "change");
    checkNotNull(mode, "mode");
    checkArgument(
        printed.unit().isPercent(), "printed must be a percentage but was '%s'", printed.text());
    return of(printed.value(), change, mode);
  }


  /** Whether the published figure is the change rounded as expected. */
  public boolean isConsistent() {
    return figure.isConsistent();
  }

  /** The slips that reproduce the published figure; empty when it is consistent or unexplained. */
  public ImmutableSet<ChangeSlip> slips() {
    if (isConsistent()) {
      return ImmutableSet.of();
    }
    ImmutableSet.Builder<ChangeSlip> slips = ImmutableSet.builder();
    BigDecimal published = figure.published();
    if (figure.isTruncation()) {
      slips.add(ChangeSlip.TRUNCATED);
    } else if (!figure.modesThatReproduce().isEmpty()) {
      slips.add(ChangeSlip.OTHER_ROUNDING);
    }
    Exact absolute = change.absolute().amount();
    Exact current = change.current().amount();
    if (current.signum() != 0
        && reproduces(published, absolute.divide(current).multiply(HUNDRED))) {
      slips.add(ChangeSlip.DIVIDED_BY_LATER_VALUE);
    }
    if (reproduces(published, current.divide(change.base().amount()).multiply(HUNDRED))) {
      slips.add(ChangeSlip.RATIO_FOR_CHANGE);
    }
    if (reproduces(published, figure.exact().negate())) {
      slips.add(ChangeSlip.SIGN_REVERSED);
    }
    return slips.build();
  }

  /**
   * The finding in a sentence, naming the slips by their {@linkplain ChangeSlip#description()
   * descriptions}: {@code printed 7.4% for 964 → 1,036, which is +7.5%: truncated, not rounded},
   * {@code printed 90% for 80 → 152, which is +90%: consistent}. The published figure is shown as
   * printed; the change it should be is rounded with the check's mode to the published precision;
   * several slips are joined by {@code ; or }, and a mismatch no slip explains says so.
   */
  @Override
  public String toString() {
    BigDecimal expected = figure.expected();
    return "printed "
        + Unit.PERCENT.format(figure.published())
        + " for "
        + change.base()
        + " → "
        + change.current()
        + ", which is "
        + (expected.signum() > 0 ? "+" : "")
        + Unit.PERCENT.format(expected)
        + ": "
        + Sentences.slips(
            slips().stream().map(ChangeSlip::description).toList(), isConsistent());
  }

  private boolean reproduces(BigDecimal published, Exact candidate) {
    return FigureCheck.of(published, candidate, figure.mode()).isConsistent();
  }

  private static Exact percent(Change change) {
    Optional<RelativeChange> relative = change.relative().value();
    checkArgument(
        relative.isPresent(),
        "change must have a non-zero base to check a percentage but was %s",
        change);
    return relative.get().ratio().multiply(HUNDRED);
  }
}
