package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.measure.Quantity;

/**
 * One figure a panel sentence printed: what it is, the figure as printed, the exact value it
 * shows and where it stands in the sentence's text. An audit checks {@link #printed()} against
 * {@link #exact()} at the presentation's rounding.
 *
 * <p>A figure followed by the words {@code percentage points} is printed as a plain number, so
 * {@link #printed()} reads it as a count ({@code 29.8}) while {@link #exact()} is in {@link
 * org.combatingdrugs.outcomes.measure.Unit#POINTS}. A gap is printed as a magnitude, its side
 * given by the words after it ({@code below}, {@code above}), so its exact value is not negative.
 *
 * @param role what the figure is
 * @param printed the figure as printed; its text is the sentence's text from {@code start}
 * @param exact the exact value it shows: in the value's unit, in percent for a relative change
 *     (the ratio × 100), in points for a difference of percentages
 * @param start the index in the sentence's text where the figure starts, 0 or more
 */
public record SentenceFigure(Role role, PrintedFigure printed, Quantity exact, int start) {

  /** What a printed figure is. */
  public enum Role {
    /** The value assessed. */
    VALUE,
    /** The value compared with: the same period last year, or the baseline. */
    COMPARISON_VALUE,
    /** The change from the comparison value relative to it, in percent. */
    CHANGE_PERCENT,
    /** The change from the comparison value, in the value's unit (points for percentages). */
    CHANGE_AMOUNT,
    /** The value projected to the end of its financial year. */
    PROJECTION,
    /** The change from last year's total to the projection, relative to that total, in percent. */
    PROJECTED_CHANGE_PERCENT,
    /** The change from last year's total to the projection, in the value's unit. */
    PROJECTED_CHANGE_AMOUNT,
    /** The target's level, as set. */
    TARGET_LEVEL,
    /** The distance between the value and the target's level, a magnitude. */
    TARGET_GAP,
    /** The value the trajectory expects for the period. */
    EXPECTED,
    /** The distance between the value and the trajectory's expected value, a magnitude. */
    TRAJECTORY_GAP,
    /** The level of the confidence interval, in percent: 95. */
    CONFIDENCE_LEVEL,
    /** The lower limit of the confidence interval, in the value's unit. */
    INTERVAL_LOWER,
    /** The upper limit of the confidence interval, in the value's unit. */
    INTERVAL_UPPER,
    /**
     * The boundary that decided the rating: a level in the value's unit, a relative improvement in
     * percent, or an improvement in points; as set.
     */
    THRESHOLD,
    /** The benchmark's value for the period. */
    BENCHMARK
  }

  /** Checks that every part is present and the start is not negative. */
  public SentenceFigure {
    checkNotNull(role, "role");
    checkNotNull(printed, "printed");
    checkNotNull(exact, "exact");
    checkArgument(start >= 0, "start must be 0 or more but was %s", (Integer) start);
  }

  /** The index in the sentence's text just after the figure. */
  public int end() {
    return start + printed.text().length();
  }

  /**
   * The figure, what it is and the exact value it shows: {@code '+90.0%' at 36, projected change
   * percent, exactly 90%}.
   */
  @Override
  public String toString() {
    return "'"
        + printed.text()
        + "' at "
        + start
        + ", "
        + role.name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + ", exactly "
        + exact.toExactString();
  }
}
