package org.combatingdrugs.outcomes.rag;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;

/**
 * The width of the amber band below (or above) a target level: a share of the level, an amount in
 * the metric's units, or a number of percentage points. Never negative; zero means no amber band.
 */
public sealed interface Tolerance {

  /**
   * The width of the band for a target at {@code level}, in the level's units.
   *
   * @param level the target level
   * @return a non-negative width
   * @throws IllegalArgumentException when the tolerance does not fit the level's units
   */
  Quantity widthAt(Quantity level);

  /**
   * A share of the target level (of its magnitude): {@code 1/20} is 5% of the level.
   *
   * @param fraction a non-negative fraction
   * @return the tolerance
   */
  static Relative relative(Exact fraction) {
    return new Relative(fraction);
  }

  /**
   * An amount in the metric's units (100 adults, £1,000).
   *
   * @param width a non-negative amount; it must be in the target's units when applied
   * @return the tolerance
   */
  static Absolute absolute(Quantity width) {
    return new Absolute(width);
  }

  /**
   * Percentage points, for a metric measured in percent only.
   *
   * @param points a non-negative number of points ({@code 5} for 5 points)
   * @return the tolerance
   */
  static Points points(BigDecimal points) {
    checkNotNull(points, "points");
    try {
      return new Points(Exact.of(points));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("points must be a decimal an exact value holds: " + e.getMessage(), e);
    }
  }

  /**
   * A share of the target level.
   *
   * @param fraction non-negative
   */
  record Relative(Exact fraction) implements Tolerance {
    /** Checks that the fraction is not negative. */
    public Relative {
      checkNotNull(fraction, "fraction");
      checkArgument(fraction.signum() >= 0, "fraction must be >= 0 but was %s", fraction);
    }

    @Override
    public Quantity widthAt(Quantity level) {
      Quantity magnitude = level.signum() < 0 ? level.negate() : level;
      return magnitude.multiply(fraction).asDifference();
    }

    /**
     * The share as a percentage of the level, rounded half-up as {@link Quantity#toString()} rounds
     * a percentage: {@code 10.0% of the level}; the exact share is {@link #fraction()}.
     */
    @Override
    public String toString() {
      return Quantity.of(fraction.multiply(100), Unit.PERCENT) + " of the level";
    }
  }

  /**
   * An amount in the metric's units.
   *
   * @param width non-negative
   */
  record Absolute(Quantity width) implements Tolerance {
    /** Checks that the width is not negative. */
    public Absolute {
      checkNotNull(width, "width");
      checkArgument(width.signum() >= 0, "width must be >= 0 but was %s", width);
    }

    @Override
    public Quantity widthAt(Quantity level) {
      checkArgument(
          width.unit().difference().equals(level.unit().difference()),
          "tolerance width must be in the target's unit %s but was %s",
          level.unit().difference(),
          width.unit());
      return width.asDifference();
    }

    /** The width as {@link Quantity#toString()} writes it: {@code 100}, {@code £1,000}. */
    @Override
    public String toString() {
      return width.toString();
    }
  }

  /**
   * Percentage points.
   *
   * @param points non-negative
   */
  record Points(Exact points) implements Tolerance {
    /** Checks that the number of points is not negative. */
    public Points {
      checkNotNull(points, "points");
      checkArgument(points.signum() >= 0, "points must be >= 0 but was %s", points);
    }

    @Override
    public Quantity widthAt(Quantity level) {
      checkArgument(
          level.unit().isPercent(),
          "a tolerance in percentage points needs a target in percent but the unit was %s",
          level.unit());
      return Quantity.of(points, level.unit().difference());
    }

    /**
     * The points to one decimal place, rounded half-up: {@code 5.0 pp}; the exact number is {@link
     * #points()}.
     */
    @Override
    public String toString() {
      return Quantity.of(points, Unit.POINTS).toDifferenceString().replace("+", "");
    }
  }
}
