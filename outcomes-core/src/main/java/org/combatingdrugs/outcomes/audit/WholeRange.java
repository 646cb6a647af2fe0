package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Unit;

/**
 * The whole numbers from a lowest to a highest, both included: the bases a printed {@code -3.1%
 * (-24)} allows are {@code 762 to 786}. A range may be empty (no whole number fits) or have no
 * highest (a printed {@code 0.0% (+3)} fits every base above 6,000).
 *
 * <p>Equality is by the numbers held: every empty range equals every other. Ends are at most 200
 * digits long. Immutable and thread-safe.
 */
public final class WholeRange {

  private static final BigInteger LIMIT = BigInteger.TEN.pow(200);

  private static final WholeRange EMPTY =
      new WholeRange(true, BigInteger.ONE, Optional.of(BigInteger.ZERO));

  private final boolean empty;
  private final BigInteger lowest;
  private final Optional<BigInteger> highest;

  private WholeRange(boolean empty, BigInteger lowest, Optional<BigInteger> highest) {
    this.empty = empty;
    this.lowest = lowest;
    this.highest = highest;
  }

  /**
   * The whole numbers from {@code lower} to {@code upper}, both included.
   *
   * @param lower the lowest, within ±10^200
   * @param upper the highest, within ±10^200
   * @return the range; empty when {@code lower > upper}
   */
  public static WholeRange between(BigInteger lower, BigInteger upper) {
    checkBound("lower", lower);
    checkBound("upper", upper);
    return lower.compareTo(upper) > 0 ? EMPTY : new WholeRange(false, lower, Optional.of(upper));
  }

  /**
   * The whole numbers from {@code lower} to {@code upper}, both included.
   *
   * @param lower the lowest
   * @param upper the highest
   * @return the range; empty when {@code lower > upper}
   */
  public static WholeRange between(long lower, long upper) {
    return between(BigInteger.valueOf(lower), BigInteger.valueOf(upper));
  }

  /**
   * One whole number.
   *
   * @param value the number
   * @return the range holding only it
   */
  public static WholeRange of(long value) {
    return between(value, value);
  }

  /**
   * The whole numbers from {@code lower} up, with no highest.
   *
   * @param lower the lowest, within ±10^200
   * @return the range
   */
  public static WholeRange atLeast(BigInteger lower) {
    checkBound("lower", lower);
    return new WholeRange(false, lower, Optional.empty());
  }

  /**
   * The whole numbers from {@code lower} up, with no highest.
   *
   * @param lower the lowest
   * @return the range
   */
  public static WholeRange atLeast(long lower) {
    return atLeast(BigInteger.valueOf(lower));
  }

  /** The range holding no whole number. */
  public static WholeRange empty() {
    return EMPTY;
  }

  /** Whether no whole number is in the range. */
  public boolean isEmpty() {
    return empty;
  }

  /** Whether the range has a highest number (an empty range has, vacuously). */
  public boolean isBounded() {
    return highest.isPresent();
  }

  /** The lowest number in the range; empty for an empty range. */
  public Optional<BigInteger> lowest() {
    return isEmpty() ? Optional.empty() : Optional.of(lowest);
  }

  /** The highest number in the range; empty for an empty range or one with no highest. */
  public Optional<BigInteger> highest() {
    return isEmpty() ? Optional.empty() : highest;
  }

  /** How many whole numbers are in the range: 25 for {@code 762 to 786}; empty when unbounded. */
  public Optional<BigInteger> size() {
    if (isEmpty()) {
      return Optional.of(BigInteger.ZERO);
    }
    return highest.map(h -> h.subtract(lowest).add(BigInteger.ONE));
  }

  /**
   * Whether a whole number is in the range.
   *
   * @param value the number
   * @return whether it lies between the ends
   */
  public boolean contains(BigInteger value) {
    checkNotNull(value, "value");
    return !isEmpty()
        && value.compareTo(lowest) >= 0
        && highest.map(h -> value.compareTo(h) <= 0).orElse(true);
  }

  /**
   * Whether a whole number is in the range.
   *
   * @param value the number
   * @return whether it lies between the ends
   */
  public boolean contains(long value) {
    return contains(BigInteger.valueOf(value));
  }

  /**
   * Whether an exact value is a whole number in the range.
   *
   * @param value the value
   * @return whether it is whole and lies between the ends
   */
  public boolean contains(Exact value) {
    checkNotNull(value, "value");
    return value.isInteger() && contains(value.numerator());
  }

  /**
   * The numbers in both ranges.
   *
   * @param other another range
   * @return the common part, possibly empty
   */
  public WholeRange intersection(WholeRange other) {
    checkNotNull(other, "other");
    if (isEmpty() || other.isEmpty()) {
      return EMPTY;
    }
    BigInteger low = lowest.max(other.lowest);
    Optional<BigInteger> high =
        highest.isEmpty()
            ? other.highest
            : Optional.of(other.highest.map(h -> h.min(highest.get())).orElse(highest.get()));
    return high.isPresent() ? between(low, high.get()) : atLeast(low);
  }

  /** Every number in the range plus {@code shift}. */
  WholeRange plus(BigInteger shift) {
    if (isEmpty()) {
      return EMPTY;
    }
    BigInteger low = lowest.add(shift);
    return highest.isPresent() ? between(low, highest.get().add(shift)) : atLeast(low);
  }

  private static void checkBound(String name, BigInteger value) {
    checkNotNull(value, name);
    checkArgument(
        value.abs().compareTo(LIMIT) < 0,
        "%s must be within ±10^200 but had %s digits",
        name,
        (Integer) value.abs().toString().length());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof WholeRange that
        && that.isEmpty() == isEmpty()
        && (isEmpty() || (that.lowest.equals(lowest) && that.highest.equals(highest)));
  }

  @Override
  public int hashCode() {
    return isEmpty() ? 0 : Objects.hash(lowest, highest);
  }

  /**
   * The range as a report would say it, grouped in thousands: {@code 762 to 786}, {@code 150} for
   * one number, {@code 6,001 or more}, {@code none}.
   */
  @Override
  public String toString() {
    if (isEmpty()) {
      return "none";
    }
    String low = grouped(lowest);
    if (highest.isEmpty()) {
      return low + " or more";
    }
    return highest.get().equals(lowest) ? low : low + " to " + grouped(highest.get());
  }

  private static String grouped(BigInteger value) {
    return Unit.COUNT.format(new BigDecimal(value));
  }
}
