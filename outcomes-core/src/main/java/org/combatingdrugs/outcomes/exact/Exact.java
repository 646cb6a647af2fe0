package org.combatingdrugs.outcomes.exact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.Immutable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact rational number: 45.2 is 226/5, a third is 1/3, a share of 9 of 12 months is 3/4.
 * Arithmetic never rounds; rounding happens only in {@link #toDecimal(int, RoundingMode)}, with the
 * mode named by the caller.
 *
 * <p>Always held in lowest terms with a positive denominator, so {@link #equals} and {@link
 * #compareTo} are both by value: {@code Exact.of(2, 4)} equals {@code Exact.of(-1, -2)}. Prints as
 * the terminating decimal when there is one ({@code 1.75}), otherwise as the fraction followed by
 * an approximation ({@code 1800/241 ≈ 7.46888}).
 */
@Immutable
public final class Exact implements Comparable<Exact> {

  /** The largest decimal scale, either way, that {@link #of(BigDecimal)} accepts. */
  public static final int MAX_DECIMAL_SCALE = 1000;

  /** The longest text {@link #parse} reads; longer text is refused at once. */
  public static final int MAX_TEXT_LENGTH = 10_000;

  /** A {@link #pow power} is refused when its numerator or denominator would have more bits. */
  public static final int MAX_POWER_BITS = 50_000;

  /** Zero. */
  public static final Exact ZERO = new Exact(BigInteger.ZERO, BigInteger.ONE);

  /** One. */
  public static final Exact ONE = new Exact(BigInteger.ONE, BigInteger.ONE);

  private static final BigInteger FIVE = BigInteger.valueOf(5);
  private static final int APPROXIMATION_DIGITS = 6;
  private static final Pattern EXACT_TEXT =
      Pattern.compile("\\s*([+-]?\\d+)\\s*/\\s*([+-]?\\d+)\\s*");
  private static final Pattern WHOLE_TEXT = Pattern.compile("\\s*[+-]?\\d+\\s*");

  @SuppressWarnings("Immutable") // BigInteger is immutable in practice
  private final BigInteger numerator;

  @SuppressWarnings("Immutable") // BigInteger is immutable in practice
  private final BigInteger denominator;

  private Exact(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * A whole number.
   *
   * @param value the number
   * @return the exact value
   */
  public static Exact of(long value) {
    return value == 0 ? ZERO : value == 1 ? ONE : new Exact(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * A whole number.
   *
   * @param value the number
   * @return the exact value
   */
  public static Exact of(BigInteger value) {
    checkNotNull(value, "value");
    return new Exact(value, BigInteger.ONE);
  }

  /**
   * The quotient of two whole numbers, reduced.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return {@code numerator / denominator}
   * @throws IllegalArgumentException when the denominator is zero
   */
  public static Exact of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * The quotient of two whole numbers, reduced.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return {@code numerator / denominator}
   * @throws IllegalArgumentException when the denominator is zero
   */
  public static Exact of(BigInteger numerator, BigInteger denominator) {
    checkNotNull(numerator, "numerator");
    checkNotNull(denominator, "denominator");
    checkArgument(denominator.signum() != 0, "denominator must not be zero (numerator %s)", numerator);
    return reduced(numerator, denominator);
  }

  /**
   * The number a decimal denotes, exactly: {@code 45.2} is 226/5, {@code 1.2E+3} is 1200.
   *
   * @param decimal a decimal of at most {@value #MAX_DECIMAL_SCALE} digits whose scale is within
   *     ±{@value #MAX_DECIMAL_SCALE}
   * @return the exact value
   * @throws IllegalArgumentException when the scale is out of range
   */
  public static Exact of(BigDecimal decimal) {
    checkNotNull(decimal, "decimal");
    checkArgument(
        decimal.scale() >= -MAX_DECIMAL_SCALE && decimal.scale() <= MAX_DECIMAL_SCALE,
        "decimal must have a scale within -%s..%s but was %s",
        MAX_DECIMAL_SCALE,
        MAX_DECIMAL_SCALE,
        (Integer) decimal.scale());
    checkArgument(
        decimal.precision() <= MAX_DECIMAL_SCALE,
        "decimal must have at most %s digits but had %s",
        MAX_DECIMAL_SCALE,
        (Integer) decimal.precision());
    if (decimal.scale() <= 0) {
      return of(decimal.toBigIntegerExact());
    }
    return reduced(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
  }

  /**
   * Reads the form {@link #toExactString()} writes: a decimal ({@code 1.75}, {@code -0.1}) or a
   * fraction of whole numbers ({@code -7/12}).
   *
   * @param text the text, at most {@value #MAX_TEXT_LENGTH} characters: a whole number, a fraction
   *     of whole numbers, or a decimal as {@link #of(BigDecimal)} accepts it
   * @return the exact value
   * @throws IllegalArgumentException when the text is neither, is longer than {@value
   *     #MAX_TEXT_LENGTH} characters, or is a decimal out of range, naming it
   */
  public static Exact parse(String text) {
    checkNotNull(text, "text");
    checkArgument(
        text.length() <= MAX_TEXT_LENGTH,
        "text must be at most %s characters but had %s",
        (Integer) MAX_TEXT_LENGTH,
        (Integer) text.length());
    Matcher fraction = EXACT_TEXT.matcher(text);
    try {
      if (fraction.matches()) {
        return of(new BigInteger(fraction.group(1)), new BigInteger(fraction.group(2)));
      }
      if (WHOLE_TEXT.matcher(text).matches()) {
        return of(new BigInteger(text.strip()));
      }
      return of(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "text must be a decimal or a fraction such as 7/12 but was '" + text + "'", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("text '" + text + "' cannot be read: " + e.getMessage(), e);
    }
  }

  private static Exact reduced(BigInteger numerator, BigInteger denominator) {
    if (numerator.signum() == 0) {
      return ZERO;
    }
    BigInteger gcd = numerator.gcd(denominator);
    BigInteger n = numerator.divide(gcd);
    BigInteger d = denominator.divide(gcd);
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    return new Exact(n, d);
  }

  /** The numerator in lowest terms; carries the sign. */
  public BigInteger numerator() {
    return numerator;
  }

  /** The denominator in lowest terms; always positive. */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * The sum.
   *
   * @param other the addend
   * @return this + other
   */
  public Exact add(Exact other) {
    checkNotNull(other, "other");
    if (denominator.equals(other.denominator)) {
      return reduced(numerator.add(other.numerator), denominator);
    }
    return reduced(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * The difference.
   *
   * @param other the subtrahend
   * @return this − other
   */
  public Exact subtract(Exact other) {
    checkNotNull(other, "other");
    return add(other.negate());
  }

  /**
   * The sum with a whole number.
   *
   * @param addend the addend
   * @return this + addend
   */
  public Exact add(long addend) {
    return add(of(addend));
  }

  /**
   * The difference from a whole number.
   *
   * @param subtrahend the subtrahend
   * @return this − subtrahend
   */
  public Exact subtract(long subtrahend) {
    return add(of(subtrahend).negate());
  }

  /**
   * The product.
   *
   * @param other the factor
   * @return this × other
   */
  public Exact multiply(Exact other) {
    checkNotNull(other, "other");
    return reduced(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * The product with a whole number.
   *
   * @param factor the factor
   * @return this × factor
   */
  public Exact multiply(long factor) {
    return multiply(of(factor));
  }

  /**
   * The quotient.
   *
   * @param divisor the divisor, not zero
   * @return this ÷ divisor
   * @throws IllegalArgumentException when the divisor is zero
   */
  public Exact divide(Exact divisor) {
    checkNotNull(divisor, "divisor");
    checkArgument(divisor.signum() != 0, "divisor must not be zero (dividing %s)", this);
    return reduced(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
  }

  /**
   * The quotient by a whole number.
   *
   * @param divisor the divisor, not zero
   * @return this ÷ divisor
   * @throws IllegalArgumentException when the divisor is zero
   */
  public Exact divide(long divisor) {
    return divide(of(divisor));
  }

  /** The same magnitude with the opposite sign. */
  public Exact negate() {
    return new Exact(numerator.negate(), denominator);
  }

  /** The magnitude. */
  public Exact abs() {
    return signum() < 0 ? negate() : this;
  }

  /**
   * One divided by this.
   *
   * @return 1 ÷ this
   * @throws IllegalArgumentException when this is zero
   */
  public Exact reciprocal() {
    return ONE.divide(this);
  }

  /**
   * This raised to a whole power.
   *
   * @param exponent the power, 0 to 10,000 (zero gives one)
   * @return this<sup>exponent</sup>
   * @throws IllegalArgumentException when the exponent is out of range, or the power's numerator
   *     or denominator would have more than {@value #MAX_POWER_BITS} bits
   */
  public Exact pow(int exponent) {
    checkArgument(
        exponent >= 0 && exponent <= 10_000, "exponent must be within 0..10000 but was %s", (Integer) exponent);
    int bits = Math.max(numerator.abs().bitLength(), denominator.bitLength());
    checkArgument(
        bits <= 1 || (long) (bits - 1) * exponent < MAX_POWER_BITS,
        "exponent %s would give a power of more than %s bits (from a value of %s bits)",
        (Integer) exponent,
        (Integer) MAX_POWER_BITS,
        (Integer) bits);
    return new Exact(numerator.pow(exponent), denominator.pow(exponent));
  }

  /** -1, 0 or +1 as this is negative, zero or positive. */
  public int signum() {
    return numerator.signum();
  }

  /** Whether this is a whole number: true for 0, 3, -12/4; false for 1/2. */
  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  /**
   * The smaller of two values.
   *
   * @param other another value
   * @return this when they are equal
   */
  public Exact min(Exact other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * The larger of two values.
   *
   * @param other another value
   * @return this when they are equal
   */
  public Exact max(Exact other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * This value rounded to a number of decimal places, for presentation.
   *
   * @param decimals decimal places kept, 0 to {@value #MAX_DECIMAL_SCALE}
   * @param mode how to round; {@code UNNECESSARY} is refused when rounding is needed
   * @return the decimal, with exactly {@code decimals} places
   * @throws IllegalArgumentException when decimals is out of range, or rounding is needed and the
   *     mode is {@code UNNECESSARY}
   */
  public BigDecimal toDecimal(int decimals, RoundingMode mode) {
    checkNotNull(mode, "mode");
    checkArgument(
        decimals >= 0 && decimals <= MAX_DECIMAL_SCALE,
        "decimals must be within 0..%s but was %s",
        MAX_DECIMAL_SCALE,
        (Integer) decimals);
    try {
      return new BigDecimal(numerator).divide(new BigDecimal(denominator), decimals, mode);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "mode UNNECESSARY cannot show " + toExactString() + " with " + decimals + " decimals", e);
    }
  }

  /**
   * The exact decimal, when the decimal expansion terminates ({@code 7/4} is 1.75).
   *
   * @return the decimal without trailing zeros; empty for values such as 1/3
   */
  public Optional<BigDecimal> exactDecimal() {
    int twos = denominator.getLowestSetBit();
    int fives = powerOfFive(denominator.shiftRight(twos));
    if (fives < 0) {
      return Optional.empty();
    }
    int places = Math.max(twos, fives);
    return Optional.of(
        new BigDecimal(numerator).divide(new BigDecimal(denominator), places, RoundingMode.UNNECESSARY)
            .stripTrailingZeros());
  }

  /**
   * The exact text {@link #parse} reads back: the terminating decimal when there is one ({@code
   * 1.75}, {@code 1200}), otherwise the fraction in lowest terms ({@code -7/12}).
   *
   * @return the text
   */
  public String toExactString() {
    Optional<BigDecimal> decimal = exactDecimal();
    if (decimal.isPresent()) {
      return decimal.get().toPlainString();
    }
    return numerator + "/" + denominator;
  }

  /**
   * The nearest {@code double}; for statistics that work in floating point. When numerator and
   * denominator both fit in 53 bits they are exact doubles and one correctly rounded division gives
   * the nearest double; larger ones go through a 34-digit decimal quotient.
   */
  public double doubleValue() {
    if (numerator.bitLength() <= DOUBLE_EXACT_BITS && denominator.bitLength() <= DOUBLE_EXACT_BITS) {
      return numerator.doubleValue() / denominator.doubleValue();
    }
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128).doubleValue();
  }

  /**
   * The m with 5^m = n, or -1 when n is no power of five; found from n's length, not by dividing
   * m times, so that a denominator of 5^20000 is recognised at once.
   */
  private static int powerOfFive(BigInteger n) {
    if (n.equals(BigInteger.ONE)) {
      return 0;
    }
    if (n.mod(FIVE).signum() != 0) {
      return -1;
    }
    // 5^m has floor(m log2 5) + 1 bits, so m lies within one of (bits - 1) / log2 5.
    long estimate = Math.round((n.bitLength() - 1) / LOG2_FIVE);
    for (long m = Math.max(1, estimate - 1); m <= estimate + 1; m++) {
      if (FIVE.pow(Math.toIntExact(m)).equals(n)) {
        return Math.toIntExact(m);
      }
    }
    return -1;
  }

  private static final double LOG2_FIVE = Math.log(5) / Math.log(2);

  /** The most bits an integer may have and still be held exactly by a {@code double}. */
  private static final int DOUBLE_EXACT_BITS = 53;

  /** The whole part, truncated toward zero, as a {@code long} (low bits when it does not fit). */
  public long longValue() {
    return numerator.divide(denominator).longValue();
  }

  /**
   * Compares by value: -3 is less than -2, 1/2 equals 2/4.
   *
   * @param other another value
   * @return negative, zero or positive as this is less than, equal to or greater than other
   */
  @Override
  public int compareTo(Exact other) {
    checkNotNull(other, "other");
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Exact other
        && numerator.equals(other.numerator)
        && denominator.equals(other.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /**
   * The exact text, and for a fraction that does not terminate an approximation after it: {@code
   * 1.75}, {@code -2/3 ≈ -0.666667}.
   */
  @Override
  public String toString() {
    String exact = toExactString();
    if (isTerminating()) {
      return exact;
    }
    BigDecimal approx = new BigDecimal(numerator).divide(new BigDecimal(denominator), new MathContext(APPROXIMATION_DIGITS, RoundingMode.HALF_EVEN));
    return exact + " ≈ " + approx.toPlainString();
  }

  private boolean isTerminating() {
    return exactDecimal().isPresent();
  }
}
