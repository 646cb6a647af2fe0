package org.combatingdrugs.outcomes.measure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.combatingdrugs.outcomes.exact.Exact;

/**
 * An exact amount in a unit: 38 arrests, £23,756, 45.2%, 2.5 per 1,000. Arithmetic is exact;
 * rounding happens only when a quantity is presented ({@link #toDecimal}, {@link #format}).
 *
 * <p>Equality is by value: {@code 45.2%} made from {@code "45.20"} equals one made from {@code
 * "45.2"}. Quantities in different units are never equal and never compared.
 *
 * @param amount the exact amount
 * @param unit its unit
 */
public record Quantity(Exact amount, Unit unit) implements Comparable<Quantity> {

  private static final int MAX_READABLE_DECIMALS = 6;

  /** Checks that both parts are present. */
  public Quantity {
    checkNotNull(amount, "amount");
    checkNotNull(unit, "unit");
  }

  /**
   * A quantity from an exact fraction.
   *
   * @param amount the amount
   * @param unit the unit
   * @return the quantity
   */
  public static Quantity of(Exact amount, Unit unit) {
    return new Quantity(amount, unit);
  }

  /**
   * A quantity from a whole number.
   *
   * @param amount the amount
   * @param unit the unit
   * @return the quantity
   */
  public static Quantity of(long amount, Unit unit) {
    return new Quantity(Exact.of(amount), unit);
  }

  /**
   * A quantity from a decimal, exactly.
   *
   * @param amount the amount
   * @param unit the unit
   * @return the quantity
   */
  public static Quantity of(BigDecimal amount, Unit unit) {
    return new Quantity(Exact.of(amount), unit);
  }

  /**
   * A count.
   *
   * @param count the number of people, events or things (any sign: a change can be negative)
   * @return the quantity
   */
  public static Quantity count(long count) {
    return of(count, Unit.COUNT);
  }

  /**
   * An amount of money.
   *
   * @param pounds the amount in pounds as written, such as {@code "23756"} or {@code "12.50"}
   * @return the quantity
   * @throws IllegalArgumentException when the text is not a decimal
   */
  public static Quantity pounds(String pounds) {
    return of(Decimals.parse("pounds", pounds), Unit.POUNDS);
  }

  /**
   * Percentage points, a difference of percentages.
   *
   * @param points the points as written, such as {@code "29.8"}
   * @return the quantity
   * @throws IllegalArgumentException when the text is not a decimal
   */
  public static Quantity points(String points) {
    return of(Decimals.parse("points", points), Unit.POINTS);
  }

  /**
   * A percentage.
   *
   * @param percent the percentage as written, such as {@code "45.2"}
   * @return the quantity
   * @throws IllegalArgumentException when the text is not a decimal
   */
  public static Quantity percent(String percent) {
    return of(Decimals.parse("percent", percent), Unit.PERCENT);
  }

  /**
   * The sum: in the same unit, or a percentage plus percentage points (45.2% + 29.8 pp = 75%).
   *
   * @param other a quantity in this unit, or points added to a percentage (or the reverse)
   * @return this + other
   * @throws IllegalArgumentException when the units do not add
   */
  public Quantity plus(Quantity other) {
    checkNotNull(other, "other");
    Unit sum;
    if (unit.equals(other.unit)) {
      sum = unit;
    } else if ((unit.equals(Unit.PERCENT) && other.unit.equals(Unit.POINTS))
        || (unit.equals(Unit.POINTS) && other.unit.equals(Unit.PERCENT))) {
      sum = Unit.PERCENT;
    } else {
      throw mismatch(other);
    }
    return new Quantity(amount.add(other.amount), sum);
  }

  /**
   * The difference: two percentages differ in points (75% − 45.2% = 29.8 pp); a percentage less
   * points is a percentage; other units keep their unit.
   *
   * @param other a quantity in this unit, or points taken from a percentage
   * @return this − other
   * @throws IllegalArgumentException when the units do not subtract
   */
  public Quantity minus(Quantity other) {
    checkNotNull(other, "other");
    Unit difference;
    if (unit.equals(other.unit)) {
      difference = unit.difference();
    } else if (unit.equals(Unit.PERCENT) && other.unit.equals(Unit.POINTS)) {
      difference = Unit.PERCENT;
    } else {
      throw mismatch(other);
    }
    return new Quantity(amount.subtract(other.amount), difference);
  }

  /**
   * This quantity read as a difference: a percentage becomes the same number of points (a
   * tolerance of 5% of a percentage level is 5 pp wide); other units are unchanged.
   *
   * @return the quantity in {@link Unit#difference()}
   */
  public Quantity asDifference() {
    return new Quantity(amount, unit.difference());
  }

  /**
   * This quantity scaled by an exact factor.
   *
   * @param factor the factor
   * @return this × factor, in the same unit
   */
  public Quantity multiply(Exact factor) {
    checkNotNull(factor, "factor");
    return new Quantity(amount.multiply(factor), unit);
  }

  /**
   * This quantity divided by an exact, non-zero divisor.
   *
   * @param divisor the divisor
   * @return this ÷ divisor, in the same unit
   * @throws IllegalArgumentException when the divisor is zero
   */
  public Quantity divide(Exact divisor) {
    checkNotNull(divisor, "divisor");
    checkArgument(divisor.signum() != 0, "divisor must not be zero but was %s", divisor);
    return new Quantity(amount.divide(divisor), unit);
  }

  /** The same amount with the opposite sign. */
  public Quantity negate() {
    return new Quantity(amount.negate(), unit);
  }

  /** -1, 0 or +1 as the amount is negative, zero or positive. */
  public int signum() {
    return amount.signum();
  }

  /** Whether the amount is a whole number. */
  public boolean isInteger() {
    return amount.isInteger();
  }

  /**
   * Compares amounts in the same unit.
   *
   * @param other a quantity in this unit
   * @return negative, zero or positive as this is less than, equal to or greater than other
   * @throws IllegalArgumentException when the units differ
   */
  @Override
  public int compareTo(Quantity other) {
    checkSameUnit(other);
    return amount.compareTo(other.amount);
  }

  /**
   * The amount rounded for presentation.
   *
   * @param decimals decimal places, 0 or more
   * @param mode how to round
   * @return the rounded amount
   */
  public BigDecimal toDecimal(int decimals, RoundingMode mode) {
    return amount.toDecimal(decimals, mode);
  }

  /**
   * The amount rounded and written in its unit: {@code £95,024}, {@code 45.2%}, {@code 2,590}.
   *
   * @param decimals decimal places, 0 or more
   * @param mode how to round
   * @return the text
   */
  public String format(int decimals, RoundingMode mode) {
    return unit.format(toDecimal(decimals, mode));
  }

  /**
   * The decimal places {@link #toString()} shows: whole counts and whole pounds 0, other counts 1,
   * other amounts of money 2 (pence), percentages and rates 1. A value that would show as zero but
   * is not gets more places, up to six, so that it never reads as nothing.
   *
   * @return the places, 0 to 6
   */
  public int readableDecimals() {
    int decimals =
        switch (unit.type()) {
          case COUNT -> amount.isInteger() ? 0 : 1;
          case MONEY -> amount.isInteger() ? 0 : 2;
          case PROPORTION, RATE -> 1;
        };
    while (decimals < MAX_READABLE_DECIMALS
        && amount.signum() != 0
        && amount.toDecimal(decimals, RoundingMode.HALF_UP).signum() == 0) {
      decimals++;
    }
    return decimals;
  }

  /**
   * The amount as a person reads it, rounded half-up to {@link #readableDecimals()}: {@code 38},
   * {@code 2,590}, {@code £23,756}, {@code £12.50}, {@code 45.2%}, {@code 7.8 per 1,000}. The exact
   * amount stays in {@link #amount()} and {@link #toExactString()}.
   */
  @Override
  public String toString() {
    return format(readableDecimals(), RoundingMode.HALF_UP);
  }

  /**
   * This quantity read as a difference, with its sign, and percentages in points: {@code +72},
   * {@code -£720}, {@code +29.8 pp}, {@code 0 pp}; rounded as {@link #toString()} rounds.
   *
   * @return the text
   */
  public String toDifferenceString() {
    BigDecimal rounded = toDecimal(readableDecimals(), RoundingMode.HALF_UP);
    String sign = rounded.signum() > 0 ? "+" : rounded.signum() < 0 ? "-" : "";
    if (unit.isPercent()) {
      return sign + Unit.grouped(rounded.abs()) + " pp";
    }
    return sign + unit.format(rounded.abs());
  }

  /** The exact amount in its unit: {@code 38}, {@code £23756}, {@code 45.2%}, {@code 7/12}. */
  public String toExactString() {
    String exact = amount.toExactString();
    return switch (unit.type()) {
      case MONEY -> exact.startsWith("-") ? "-£" + exact.substring(1) : "£" + exact;
      case PROPORTION -> exact + (unit.isPoints() ? " pp" : "%");
      case RATE -> exact + " " + unit;
      case COUNT -> exact;
    };
  }

  private IllegalArgumentException mismatch(Quantity other) {
    return new IllegalArgumentException(
        "other must be in " + unit + " like " + this + " but was " + other + " (" + other.unit + ")");
  }

  private void checkSameUnit(Quantity other) {
    checkNotNull(other, "other");
    checkArgument(
        unit.equals(other.unit),
        "other must be in %s like %s but was %s (%s)",
        unit,
        this,
        other,
        other.unit);
  }
}
