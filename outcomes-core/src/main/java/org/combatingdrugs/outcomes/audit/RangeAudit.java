package org.combatingdrugs.outcomes.audit;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/**
 * The slips that explain a printed figure when no whole value of an input it was worked back to
 * fits: each slip changes the interval the figure stands for, and is kept when a whole value then
 * fits. Used once, by one audit, then dropped.
 */
final class RangeAudit {

  private static final List<RoundingMode> MODES =
      List.of(
          RoundingMode.HALF_UP,
          RoundingMode.UP,
          RoundingMode.DOWN,
          RoundingMode.CEILING,
          RoundingMode.FLOOR,
          RoundingMode.HALF_DOWN,
          RoundingMode.HALF_EVEN);

  private final PrintedFigure printed;
  private final Function<ExactInterval, WholeRange> derive;
  private final String noun;
  private final List<Explanation> found = new ArrayList<>();

  /**
   * Starts the audit of a figure.
   *
   * @param printed the printed figure
   * @param derive the whole values of the input for an interval of the figure's values
   * @param noun what the input is, for the details: {@code "base"}
   */
  RangeAudit(PrintedFigure printed, Function<ExactInterval, WholeRange> derive, String noun) {
    this.printed = printed;
    this.derive = derive;
    this.noun = noun;
  }

  /**
   * Truncation and other roundings, and the sign when {@code signed}. A misplaced decimal point is
   * not looked for: scaling the figure by a power of ten widens the inputs that fit until some
   * always does, which would explain anything.
   */
  @CanIgnoreReturnValue
  RangeAudit standard(boolean signed) {
    Set<RoundingMode> modes = EnumSet.noneOf(RoundingMode.class);
    WholeRange truncated = WholeRange.empty();
    for (RoundingMode mode : MODES) {
      if (mode == printed.rounding()) {
        continue;
      }
      WholeRange fits = derive.apply(ExactInterval.printing(printed, mode));
      if (!fits.isEmpty()) {
        modes.add(mode);
        if (mode == RoundingMode.DOWN) {
          truncated = fits;
        }
      }
    }
    if (modes.contains(RoundingMode.DOWN)
        && !modes.contains(RoundingMode.HALF_UP)
        && !modes.contains(RoundingMode.HALF_DOWN)
        && !modes.contains(RoundingMode.HALF_EVEN)) {
      found.add(new Explanation(Slip.TRUNCATED, fits(truncated)));
    } else if (!modes.isEmpty()) {
      found.add(new Explanation(Slip.OTHER_ROUNDING, Sentences.or(List.copyOf(modes))));
    }
    if (signed) {
      alternative(Slip.SIGN_REVERSED, ExactInterval.printing(printed).negate(), "");
    }
    return this;
  }

  /** A slip under which the figure stands for other values; kept when a whole input then fits. */
  @CanIgnoreReturnValue
  RangeAudit alternative(Slip slip, ExactInterval values, String detail) {
    return alternative(slip, derive.apply(values), detail);
  }

  /** A slip under which these whole inputs fit; kept when there are some. */
  @CanIgnoreReturnValue
  RangeAudit alternative(Slip slip, WholeRange fits, String detail) {
    if (!fits.isEmpty()) {
      found.add(new Explanation(slip, detail.isEmpty() ? fits(fits) : detail + "; " + fits(fits)));
    }
    return this;
  }

  /** What was found, in the order of {@link Slip}. */
  ImmutableList<Explanation> explanations() {
    return found.stream()
        .sorted(Comparator.comparing(Explanation::slip))
        .collect(ImmutableList.toImmutableList());
  }

  private String fits(WholeRange range) {
    return "a " + noun + " of " + range + " fits";
  }
}
