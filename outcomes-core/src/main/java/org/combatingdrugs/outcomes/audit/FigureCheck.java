package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.measure.Unit;

/**
 * The check of one published figure against the exact value it should show.
 *
 * <p>The published figure's own precision sets the comparison: {@code 7.4} is compared with the
 * exact value rounded to one decimal, {@code 94304} with it rounded to a whole number. The
 * expected figure is the exact value rounded to that precision with the given mode, so a report
 * that truncates where it should round is found, and {@link #modesThatReproduce()} says which
 * rounding conventions would have printed the published figure.
 *
 * @param published the figure as printed, at the precision printed (its scale counts)
 * @param exact the exact value the figure should show, in the same unit
 * @param mode the rounding convention the report is expected to follow
 * @param expected {@code exact} rounded to the published precision with {@code mode}
 */
public record FigureCheck(
    BigDecimal published, Exact exact, RoundingMode mode, BigDecimal expected) {

  /** The coarsest precision compared: figures printed to the nearest 10^15. */
  private static final int MAX_COARSENESS = 15;

  /** The finest precision compared: 30 decimal places. */
  private static final int MAX_PUBLISHED_SCALE = 30;

  /** The most digits a published figure may have. */
  private static final int MAX_PUBLISHED_DIGITS = 60;

  /** Validates that {@code expected} is {@code exact} rounded as the published figure is. */
  public FigureCheck {
    checkNotNull(published, "published");
    checkNotNull(exact, "exact");
    checkNotNull(mode, "mode");
    checkNotNull(expected, "expected");
    checkArgument(
        mode != RoundingMode.UNNECESSARY, "mode must be a rounding mode but was %s", mode);
    checkArgument(
        expected.compareTo(round(exact, decimalsOf(published), mode)) == 0,
        "expected must be exact %s rounded %s to %s decimals but was %s",
        exact,
        mode,
        decimalsOf(published),
        expected);
  }

  /**
   * Checks a published figure.
   *
   * @param published the figure as printed, at most 60 digits; its scale is the precision compared,
   *     from 30 decimal places to the nearest 10^15 (a negative scale, as in {@code 1.2E+3},
   *     compares to the nearest hundred)
   * @param exact the exact value the figure should show
   * @param mode the rounding convention expected of the report, never {@code UNNECESSARY}
   * @return the check, consistent or not
   */
  public static FigureCheck of(BigDecimal published, Exact exact, RoundingMode mode) {
    checkNotNull(published, "published");
    checkArgument(
        published.scale() >= -MAX_COARSENESS && published.scale() <= MAX_PUBLISHED_SCALE,
        "published must be printed to between 10^%s and 10^-%s but had scale %s",
        (Integer) MAX_COARSENESS,
        (Integer) MAX_PUBLISHED_SCALE,
        (Integer) published.scale());
    checkArgument(
        published.precision() <= MAX_PUBLISHED_DIGITS,
        "published must have at most %s digits but had %s",
        (Integer) MAX_PUBLISHED_DIGITS,
        (Integer) published.precision());
    checkArgument(
        mode != RoundingMode.UNNECESSARY, "mode must be a rounding mode but was %s", mode);
    return new FigureCheck(published, exact, mode, round(exact, decimalsOf(published), mode));
  }

  /**
   * Checks a figure as printed, at the precision it was printed at: {@code £78k} is compared with
   * the exact value rounded to the nearest thousand, so it is consistent with £77,800.
   *
   * @param printed the figure as printed
   * @param exact the exact value it should show, in the printed figure's unit
   * @param mode the rounding convention expected of the report, never {@code UNNECESSARY}
   * @return the check, consistent or not
   */
  public static FigureCheck of(PrintedFigure printed, Exact exact, RoundingMode mode) {
    checkNotNull(printed, "printed");
    checkNotNull(exact, "exact");
    checkNotNull(mode, "mode");
    int scale = printed.step().stripTrailingZeros().scale();
    return of(printed.value().setScale(scale, RoundingMode.UNNECESSARY), exact, mode);
  }

  /** Whether the published figure equals the expected one (numerically: {@code 7.50} = {@code 7.5}). */
  public boolean isConsistent() {
    return published.compareTo(expected) == 0;
  }

  /** The published figure minus the expected one, at the published precision; zero when consistent. */
  public BigDecimal discrepancy() {
    return published.subtract(expected);
  }

  /**
   * Decimal places compared: the published figure's scale, negative when it was printed to tens,
   * thousands or more ({@code £78k} from {@link #of(PrintedFigure, Exact, RoundingMode)}: -3).
   */
  public int decimals() {
    return decimalsOf(published);
  }

  /**
   * The rounding modes that would have printed the published figure from the exact value, such
   * as {@code [DOWN, FLOOR]} for a truncated figure. Empty when no rounding explains it (a wrong
   * input, not a rounding slip). {@code UNNECESSARY} is never listed.
   */
  public ImmutableSet<RoundingMode> modesThatReproduce() {
    ImmutableSet.Builder<RoundingMode> modes = ImmutableSet.builder();
    for (RoundingMode candidate : RoundingMode.values()) {
      if (candidate != RoundingMode.UNNECESSARY
          && round(exact, decimals(), candidate).compareTo(published) == 0) {
        modes.add(candidate);
      }
    }
    return modes.build();
  }

  /**
   * Whether the published figure is the exact value truncated: cutting off the digits (rounding
   * toward zero) reproduces it and no rounding to nearest does, so no tie-breaking convention can
   * explain it. {@code false} when the figure is consistent.
   */
  public boolean isTruncation() {
    ImmutableSet<RoundingMode> modes = modesThatReproduce();
    return !isConsistent()
        && modes.contains(RoundingMode.DOWN)
        && !modes.contains(RoundingMode.HALF_UP)
        && !modes.contains(RoundingMode.HALF_DOWN)
        && !modes.contains(RoundingMode.HALF_EVEN);
  }

  /**
   * The finding in a sentence: {@code printed 7.4 but 7.5 expected (7.4688… rounded HALF_UP);
   * rounding DOWN or FLOOR prints 7.4}, {@code printed 6.9 but 7.4 expected (7.4468… rounded
   * HALF_UP); no rounding prints 6.9}, {@code printed 90 as expected (90 rounded HALF_UP)}. Figures
   * are grouped in thousands; the exact value is shown in full when it has at most three decimals
   * more than the published figure, otherwise cut to three more and marked {@code …} (cut, not
   * rounded, so that it never seems to round the other way). The exact value is {@link #exact()}.
   */
  @Override
  public String toString() {
    String printed = grouped(published);
    String rounded = " (" + shownExact() + " rounded " + mode + ")";
    if (isConsistent()) {
      return "printed " + printed + " as expected" + rounded;
    }
    ImmutableSet<RoundingMode> modes = modesThatReproduce();
    String reproduced =
        modes.isEmpty()
            ? "no rounding prints " + printed
            : "rounding " + Sentences.or(modes.asList()) + " prints " + printed;
    return "printed " + printed + " but " + grouped(expected) + " expected" + rounded + "; " + reproduced;
  }

  private String shownExact() {
    int shown = Math.min(decimals() + 3, Exact.MAX_DECIMAL_SCALE);
    Optional<BigDecimal> decimal = exact.exactDecimal();
    if (decimal.isPresent() && decimal.get().scale() <= shown) {
      return grouped(decimal.get());
    }
    return grouped(exact.toDecimal(shown, RoundingMode.DOWN)) + "…";
  }

  private static String grouped(BigDecimal value) {
    return Unit.COUNT.format(value);
  }

  /** The published scale: negative for a figure printed to tens or thousands ({@code 7.8E+4}). */
  private static int decimalsOf(BigDecimal figure) {
    return Math.max(figure.scale(), -MAX_COARSENESS);
  }

  private static BigDecimal round(Exact value, int decimals, RoundingMode mode) {
    if (decimals >= 0) {
      return value.toDecimal(decimals, mode);
    }
    BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-decimals);
    return value.divide(Exact.of(unit)).toDecimal(0, mode).multiply(unit);
  }
}
