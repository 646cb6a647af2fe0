package org.combatingdrugs.outcomes.target;

import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.result.Result;

/**
 * How an actual value stands against a target's level. All differences are in the metric's units:
 * percentage points when the unit is a percentage.
 *
 * @param level the target's level
 * @param actual the actual (or projected) value, in the level's units
 * @param bound the side of the level that counts as meeting it
 */
public record Attainment(Quantity level, Quantity actual, Bound bound) {

  /** Validates that the actual value is in the level's units. */
  public Attainment {
    checkNotNull(level, "level");
    checkNotNull(actual, "actual");
    checkNotNull(bound, "bound");
    Targets.checkSameUnit("actual", actual, "target level", level);
  }

  /**
   * The attainment of a level.
   *
   * @param level the target's level
   * @param actual the value to compare with it, in the same units
   * @param bound the side that counts as meeting
   * @return the attainment
   */
  public static Attainment of(Quantity level, Quantity actual, Bound bound) {
    return new Attainment(level, actual, bound);
  }

  /** Whether the actual value is on the meeting side of the level, or on it. */
  public boolean met() {
    return bound.isMetBy(actual.compareTo(level));
  }

  /**
   * The level minus the actual value, signed: positive when the actual value is below the level,
   * whatever the direction that counts as meeting (BCP adults in treatment: 2,700 − 2,590 = 110).
   */
  public Quantity gap() {
    return level.minus(actual);
  }

  /**
   * How far the actual value falls short of the level in the bad direction; zero when the target is
   * met, positive otherwise.
   */
  public Quantity shortfall() {
    if (met()) {
      return Quantity.of(Exact.ZERO, level.unit().difference());
    }
    return bound == Bound.AT_LEAST ? gap() : gap().negate();
  }

  /**
   * The actual value as a fraction of the level ({@code 2590/2700}), only when it reads as "share of
   * the target achieved": the level must be reached from below ({@link Bound#AT_LEAST}) and be
   * positive.
   *
   * @return the fraction; not computed with {@link AttainmentReason#NOT_REACHED_FROM_BELOW} for a
   *     maximum ({@link Bound#AT_MOST}: a smaller share is better and the ratio misleads), or with
   *     {@link AttainmentReason#LEVEL_NOT_POSITIVE} for a level of zero or less
   */
  public Result<Exact, AttainmentReason> attainedFraction() {
    if (bound != Bound.AT_LEAST) {
      return Result.notComputed(AttainmentReason.NOT_REACHED_FROM_BELOW);
    }
    if (level.signum() <= 0) {
      return Result.notComputed(AttainmentReason.LEVEL_NOT_POSITIVE);
    }
    return Result.computed(actual.amount().divide(level.amount()));
  }

  /**
   * The attainment in a sentence: {@code 2,590 against at least 2,700: 110 to go}, {@code 45.2%
   * against at least 75.0%: 29.8 pp to go}, {@code 102 against at least 75: met}.
   */
  @Override
  public String toString() {
    String shortBy = shortfall().toDifferenceString();
    String standing = met() ? "met" : (shortBy.startsWith("+") ? shortBy.substring(1) : shortBy) + " to go";
    return actual + " against " + bound.phrase() + " " + level + ": " + standing;
  }
}
