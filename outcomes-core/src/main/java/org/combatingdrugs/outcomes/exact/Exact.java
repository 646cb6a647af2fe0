package org.combatingdrugs.outcomes.exact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.math.LongMath;
import com.google.errorprone.annotations.Immutable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;

/**
 * An exact rational number: 45.2 is 226/5, a third is 1/3, a share of 9 of 12 months is 3/4.
 * Arithmetic never rounds; rounding happens only in {@link #toDecimal(int, RoundingMode)}, with the
 * mode named by the caller.
 *
 * <p>Always held in lowest terms with a positive denominator, so {@link #equals} and {@link
 * #compareTo} are both by value: {@code Exact.of(2, 4)} equals {@code Exact.of(-1, -2)}. Prints as
 * the terminating decimal when there is one ({@code 1.75}), otherwise as the fraction followed by
 * an approximation ({@code 1800/241 ≈ 7.46888}).
 *
 * <p>A value whose numerator and denominator both fit in a {@code long} is held in two {@code
 * long}s and computed on with overflow checks; a result that would overflow is computed with
 * {@link BigInteger}s instead, and is held in them only while it does not fit in {@code long}s, so
 * each value has exactly one representation.
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
  public static final Exact ZERO = new Exact(0, 1);

  /** One. */
  public static final Exact ONE = new Exact(1, 1);

  private static final BigInteger FIVE = BigInteger.valueOf(5);
  private static final int APPROXIMATION_DIGITS = 6;
  private static final MathContext APPROXIMATION =
      new MathContext(APPROXIMATION_DIGITS, RoundingMode.HALF_EVEN);

  /** The largest decimal scale whose power of ten fits in a {@code long}. */
  private static final int LONG_TEN_POWERS = 18;
  private static final Pattern EXACT_TEXT =
      Pattern.compile("\\s*([+-]?\\d+)\\s*/\\s*([+-]?\\d+)\\s*");
  private static final Pattern WHOLE_TEXT = Pattern.compile("\\s*[+-]?\\d+\\s*");

  /** The numerator when {@link #bigNumerator} is null. */
  private final long num;

  /** The denominator, positive, when {@link #bigNumerator} is null. */
  private final long den;

  /** The numerator when numerator or denominator does not fit in a {@code long}, else null. */
  @SuppressWarnings("Immutable") // BigInteger is immutable in practice
  @Nullable
  private final BigInteger bigNumerator;

  /** The denominator when {@link #bigNumerator} is set, else null. */
  @SuppressWarnings("Immutable") // BigInteger is immutable in practice
  @Nullable
  private final BigInteger bigDenominator;

  /** A value in lowest terms held in longs; the denominator is positive. */
  private Exact(long numerator, long denominator) {
    this.num = numerator;
    this.den = denominator;
    this.bigNumerator = null;
    this.bigDenominator = null;
  }

  /** A value in lowest terms of which a part does not fit in a long; use {@link #canonical}. */
  private Exact(BigInteger numerator, BigInteger denominator) {
    this.num = 0;
    this.den = 0;
    this.bigNumerator = numerator;
    this.bigDenominator = denominator;
  }

  /** A value already in lowest terms with a positive denominator, in longs when it fits. */
  private static Exact canonical(BigInteger numerator, BigInteger denominator) {
    if (numerator.bitLength() < Long.SIZE && denominator.bitLength() < Long.SIZE) {
      long n = numerator.longValue();
      return n == 0 ? ZERO : new Exact(n, denominator.longValue());
    }
    return new Exact(numerator, denominator);
  }

  private boolean isSmall() {
    return bigNumerator == null;
  }

  /**
   * A whole number.
   *
   * @param value the number
   * @return the exact value
   */
  public static Exact of(long value) {
    return value == 0 ? ZERO : value == 1 ? ONE : new Exact(value, 1);
  }

  /**
   * A whole number.
   *
   * @param value the number
   * @return the exact value
   */
  public static Exact of(BigInteger value) {
    checkNotNull(value, "value");
    return canonical(value, BigInteger.ONE);
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
    checkArgument(denominator != 0, "denominator must not be zero (numerator %s)", numerator);
    return reduced(numerator, denominator);
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
    BigInteger unscaled = decimal.unscaledValue();
    if (decimal.scale() <= LONG_TEN_POWERS && unscaled.bitLength() < Long.SIZE) {
      return reduced(unscaled.longValue(), LongMath.pow(10, decimal.scale()));
    }
    return reduced(unscaled, BigInteger.TEN.pow(decimal.scale()));
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

  /** numerator / denominator in lowest terms; the denominator is not zero. */
  private static Exact reduced(BigInteger numerator, BigInteger denominator) {
    if (numerator.bitLength() < Long.SIZE && denominator.bitLength() < Long.SIZE) {
      return reduced(numerator.longValue(), denominator.longValue());
    }
    return reducedBig(numerator, denominator);
  }

  /** numerator / denominator in lowest terms; the denominator is not zero. */
  private static Exact reduced(long numerator, long denominator) {
    if (numerator == 0) {
      return ZERO;
    }
    if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
      // Their magnitudes, and maybe the reduced numerator's, do not fit in a long.
      return reducedBig(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }
    long n = numerator;
    long d = denominator;
    if (d != 1) {
      long gcd = gcd(Math.abs(n), Math.abs(d));
      n /= gcd;
      d /= gcd;
      if (d < 0) {
        n = -n;
        d = -d;
      }
    }
    return new Exact(n, d);
  }

  private static Exact reducedBig(BigInteger numerator, BigInteger denominator) {
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
    return canonical(n, d);
  }

  /** The greatest common divisor of any {@code a} and a positive {@code b}. */
  private static long gcdWithPositive(long a, long b) {
    return gcd(Math.abs(a == Long.MIN_VALUE ? a % b : a), b);
  }

  /**
   * The greatest common divisor of two numbers, 0 or more and not both 0; at once when one is 1
   * (a whole number's denominator), where the binary algorithm would take a step per bit.
   */
  private static long gcd(long a, long b) {
    return a == 1 || b == 1 ? 1 : LongMath.gcd(a, b);
  }

  /** Whether {@code a × b} overflows a long. */
  private static boolean productOverflows(long a, long b) {
    return Math.multiplyHigh(a, b) != (a * b) >> (Long.SIZE - 1);
  }

  /** Whether {@code a + b} overflows a long. */
  private static boolean sumOverflows(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0;
  }

  /** The numerator in lowest terms; carries the sign. */
  public BigInteger numerator() {
    BigInteger big = bigNumerator;
    return big != null ? big : BigInteger.valueOf(num);
  }

  /** The denominator in lowest terms; always positive. */
  public BigInteger denominator() {
    BigInteger big = bigDenominator;
    return big != null ? big : BigInteger.valueOf(den);
  }

  /**
   * The sum.
   *
   * @param other the addend
   * @return this + other
   */
  public Exact add(Exact other) {
    checkNotNull(other, "other");
    if (isSmall() && other.isSmall()) {
      Exact sum = sumOfSmall(num, den, other.num, other.den);
      if (sum != null) {
        return sum;
      }
    }
    BigInteger n = numerator();
    BigInteger d = denominator();
    BigInteger otherN = other.numerator();
    BigInteger otherD = other.denominator();
    if (d.equals(otherD)) {
      return reduced(n.add(otherN), d);
    }
    return reduced(n.multiply(otherD).add(otherN.multiply(d)), d.multiply(otherD));
  }

  /**
   * a/b + c/d for fractions in lowest terms with positive denominators, in lowest terms, or null
   * when a long would overflow. Divides by the denominators' gcd first (Knuth, TAOCP 4.5.1), so
   * the result needs no reducing and overflows only when its own parts are large.
   */
  @Nullable
  private static Exact sumOfSmall(long a, long b, long c, long d) {
    if (b == d) {
      if (sumOverflows(a, c)) {
        return null;
      }
      return b == 1 ? of(a + c) : reduced(a + c, b);
    }
    long gcd = gcd(b, d);
    if (gcd == 1) {
      if (productOverflows(a, d) || productOverflows(c, b) || productOverflows(b, d)) {
        return null;
      }
      long ad = a * d;
      long cb = c * b;
      if (sumOverflows(ad, cb)) {
        return null;
      }
      return ad + cb == 0 ? ZERO : new Exact(ad + cb, b * d);
    }
    long bOverGcd = b / gcd;
    long dOverGcd = d / gcd;
    if (productOverflows(a, dOverGcd) || productOverflows(c, bOverGcd)) {
      return null;
    }
    long left = a * dOverGcd;
    long right = c * bOverGcd;
    if (sumOverflows(left, right)) {
      return null;
    }
    long t = left + right;
    if (t == 0) {
      return ZERO;
    }
    long common = gcdWithPositive(t, gcd);
    long dOverCommon = d / common;
    if (productOverflows(bOverGcd, dOverCommon)) {
      return null;
    }
    return new Exact(t / common, bOverGcd * dOverCommon);
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
    if (isSmall() && other.isSmall()) {
      Exact product = productOfSmall(num, den, other.num, other.den);
      if (product != null) {
        return product;
      }
    }
    return reduced(
        numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
  }

  /**
   * a/b × c/d for fractions in lowest terms with positive denominators, in lowest terms, or null
   * when a long would overflow; each numerator is first divided by its gcd with the other's
   * denominator.
   */
  @Nullable
  private static Exact productOfSmall(long a, long b, long c, long d) {
    if (a == 0 || c == 0) {
      return ZERO;
    }
    long ad = gcdWithPositive(a, d);
    long cb = gcdWithPositive(c, b);
    long n1 = a / ad;
    long n2 = c / cb;
    long d1 = b / cb;
    long d2 = d / ad;
    if (productOverflows(n1, n2) || productOverflows(d1, d2)) {
      return null;
    }
    return new Exact(n1 * n2, d1 * d2);
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
    if (isSmall() && divisor.isSmall() && divisor.num != Long.MIN_VALUE) {
      // a/b ÷ c/d is a/b × d/c, with the sign of c moved to d (d is positive, so -d fits).
      boolean negative = divisor.num < 0;
      Exact quotient =
          productOfSmall(
              num,
              den,
              negative ? -divisor.den : divisor.den,
              negative ? -divisor.num : divisor.num);
      if (quotient != null) {
        return quotient;
      }
    }
    return reduced(
        numerator().multiply(divisor.denominator()), denominator().multiply(divisor.numerator()));
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
    if (isSmall() && num != Long.MIN_VALUE) {
      return num == 0 ? ZERO : new Exact(-num, den);
    }
    return canonical(numerator().negate(), denominator());
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
    BigInteger numerator = numerator();
    BigInteger denominator = denominator();
    int bits = Math.max(numerator.abs().bitLength(), denominator.bitLength());
    checkArgument(
        bits <= 1 || (long) (bits - 1) * exponent < MAX_POWER_BITS,
        "exponent %s would give a power of more than %s bits (from a value of %s bits)",
        (Integer) exponent,
        (Integer) MAX_POWER_BITS,
        (Integer) bits);
    return canonical(numerator.pow(exponent), denominator.pow(exponent));
  }

  /** -1, 0 or +1 as this is negative, zero or positive. */
  public int signum() {
    BigInteger big = bigNumerator;
    return big != null ? big.signum() : Long.signum(num);
  }

  /** Whether this is a whole number: true for 0, 3, -12/4; false for 1/2. */
  public boolean isInteger() {
    BigInteger big = bigDenominator;
    return big != null ? big.equals(BigInteger.ONE) : den == 1;
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
    if (isSmall() && decimals <= LONG_TEN_POWERS && !productOverflows(num, LongMath.pow(10, decimals))) {
      BigDecimal rounded = roundedSmall(num * LongMath.pow(10, decimals), den, decimals, mode);
      if (rounded != null) {
        return rounded;
      }
    }
    try {
      return decimalNumerator().divide(decimalDenominator(), decimals, mode);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "mode UNNECESSARY cannot show " + toExactString() + " with " + decimals + " decimals", e);
    }
  }

  /**
   * scaled / den rounded to a whole number by the mode, as a decimal of {@code decimals} places;
   * null when the mode is {@code UNNECESSARY} and rounding is needed. {@code den} is positive.
   */
  @Nullable
  private static BigDecimal roundedSmall(long scaled, long den, int decimals, RoundingMode mode) {
    long quotient = scaled / den;
    long remainder = scaled % den;
    if (remainder == 0) {
      return BigDecimal.valueOf(quotient, decimals);
    }
    if (mode == RoundingMode.UNNECESSARY) {
      return null;
    }
    int sign = Long.signum(scaled);
    // Against half the divisor, without doubling the remainder: -1 below, 0 at, +1 above.
    long distance = Math.abs(remainder);
    int half = Long.compare(distance, den - distance);
    boolean away =
        switch (mode) {
          case UP -> true;
          case DOWN, UNNECESSARY -> false;
          case CEILING -> sign > 0;
          case FLOOR -> sign < 0;
          case HALF_UP -> half >= 0;
          case HALF_DOWN -> half > 0;
          case HALF_EVEN -> half > 0 || (half == 0 && (quotient & 1) != 0);
        };
    // den is at least 2 here, so the quotient is at most half a long and one more fits.
    return BigDecimal.valueOf(away ? quotient + sign : quotient, decimals);
  }

  /**
   * The exact decimal, when the decimal expansion terminates ({@code 7/4} is 1.75).
   *
   * @return the decimal without trailing zeros; empty for values such as 1/3
   */
  public Optional<BigDecimal> exactDecimal() {
    BigInteger big = bigDenominator;
    int twos = big != null ? big.getLowestSetBit() : Long.numberOfTrailingZeros(den);
    int fives = big != null ? powerOfFive(big.shiftRight(twos)) : powerOfFive(den >>> twos);
    if (fives < 0) {
      return Optional.empty();
    }
    int places = Math.max(twos, fives);
    if (isSmall() && places <= LONG_TEN_POWERS) {
      // den divides 10^places, so num × (10^places / den) is the unscaled decimal when it fits.
      long factor = LongMath.pow(10, places) / den;
      if (!productOverflows(num, factor)) {
        return Optional.of(BigDecimal.valueOf(num * factor, places).stripTrailingZeros());
      }
    }
    return Optional.of(
        decimalNumerator().divide(decimalDenominator(), places, RoundingMode.UNNECESSARY)
            .stripTrailingZeros());
  }

  private BigDecimal decimalNumerator() {
    BigInteger big = bigNumerator;
    return big != null ? new BigDecimal(big) : BigDecimal.valueOf(num);
  }

  private BigDecimal decimalDenominator() {
    BigInteger big = bigDenominator;
    return big != null ? new BigDecimal(big) : BigDecimal.valueOf(den);
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
    return fractionString();
  }

  private String fractionString() {
    return isSmall() ? num + "/" + den : numerator() + "/" + denominator();
  }

  /**
   * The nearest {@code double}; for statistics that work in floating point. When numerator and
   * denominator both fit in 53 bits they are exact doubles and one correctly rounded division gives
   * the nearest double; larger ones go through a 34-digit decimal quotient.
   */
  public double doubleValue() {
    if (isSmall()) {
      if (bitLength(num) <= DOUBLE_EXACT_BITS && bitLength(den) <= DOUBLE_EXACT_BITS) {
        return (double) num / (double) den;
      }
    } else if (numerator().bitLength() <= DOUBLE_EXACT_BITS
        && denominator().bitLength() <= DOUBLE_EXACT_BITS) {
      return numerator().doubleValue() / denominator().doubleValue();
    }
    return decimalNumerator().divide(decimalDenominator(), MathContext.DECIMAL128).doubleValue();
  }

  /** {@link BigInteger#bitLength()} of a long: the bits of its two's complement, less the sign. */
  private static int bitLength(long value) {
    return Long.SIZE - Long.numberOfLeadingZeros(value < 0 ? ~value : value);
  }

  /**
   * The m with 5^m = n, or -1 when n is no power of five; found from n's length, not by dividing
   * m times, so that a denominator of 5^20000 is recognised at once.
   */
  private static int powerOfFive(BigInteger n) {
    if (n.bitLength() < Long.SIZE) {
      return powerOfFive(n.longValue());
    }
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

  /** The m with 5^m = n, or -1 when n is no power of five; n is positive. */
  private static int powerOfFive(long n) {
    long rest = n;
    int m = 0;
    while (rest % 5 == 0) {
      rest /= 5;
      m++;
    }
    return rest == 1 ? m : -1;
  }

  private static final double LOG2_FIVE = Math.log(5) / Math.log(2);

  /** The most bits an integer may have and still be held exactly by a {@code double}. */
  private static final int DOUBLE_EXACT_BITS = 53;

  /** The whole part, truncated toward zero, as a {@code long} (low bits when it does not fit). */
  public long longValue() {
    return isSmall() ? num / den : numerator().divide(denominator()).longValue();
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
    if (isSmall() && other.isSmall()) {
      if (den == other.den) {
        return Long.compare(num, other.num);
      }
      int sign = Long.signum(num);
      int otherSign = Long.signum(other.num);
      if (sign != otherSign) {
        return Integer.compare(sign, otherSign);
      }
      // Both cross products exactly, as 128-bit numbers: high words signed, low words unsigned.
      long high = Math.multiplyHigh(num, other.den);
      long otherHigh = Math.multiplyHigh(other.num, den);
      if (high != otherHigh) {
        return Long.compare(high, otherHigh);
      }
      return Long.compareUnsigned(num * other.den, other.num * den);
    }
    return numerator().multiply(other.denominator()).compareTo(other.numerator().multiply(denominator()));
  }

  /** By value: numerator and denominator in lowest terms, however each value is held. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Exact other)) {
      return false;
    }
    if (isSmall() && other.isSmall()) {
      return num == other.num && den == other.den;
    }
    return numerator().equals(other.numerator()) && denominator().equals(other.denominator());
  }

  /** {@code 31 × numerator().hashCode() + denominator().hashCode()}, however the value is held. */
  @Override
  public int hashCode() {
    if (isSmall()) {
      return 31 * bigIntegerHash(num) + bigIntegerHash(den);
    }
    return 31 * numerator().hashCode() + denominator().hashCode();
  }

  /**
   * {@code BigInteger.valueOf(value).hashCode()} without the BigInteger: 31 × the high word of the
   * magnitude plus the low word, times the sign (the magnitude of {@code Long.MIN_VALUE}, 2^63, is
   * read unsigned).
   */
  private static int bigIntegerHash(long value) {
    long magnitude = value < 0 ? -value : value;
    int high = (int) (magnitude >>> Integer.SIZE);
    int low = (int) magnitude;
    return (31 * high + low) * Long.signum(value);
  }

  /**
   * The exact text, and for a fraction that does not terminate an approximation after it: {@code
   * 1.75}, {@code -2/3 ≈ -0.666667}.
   */
  @Override
  public String toString() {
    Optional<BigDecimal> decimal = exactDecimal();
    if (decimal.isPresent()) {
      return decimal.get().toPlainString();
    }
    BigDecimal approx = decimalNumerator().divide(decimalDenominator(), APPROXIMATION);
    return fractionString() + " ≈ " + approx.toPlainString();
  }
}
