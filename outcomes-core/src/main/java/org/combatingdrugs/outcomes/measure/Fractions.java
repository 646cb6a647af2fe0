package org.combatingdrugs.outcomes.measure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/** Conversions between exact fractions and decimals; rounding always names its mode. */
public final class Fractions {

  private Fractions() {}

  /**
   * The exact fraction a decimal denotes: {@code 45.2} is {@code 226/5}.
   *
   * @param decimal a decimal whose scale is within -1000..1000
   * @return the same number as a fraction
   */
  public static BigFraction of(BigDecimal decimal) {
    checkNotNull(decimal, "decimal");
    Decimals.checkScale("decimal", decimal);
    if (decimal.scale() <= 0) {
      return BigFraction.of(decimal.toBigIntegerExact());
    }
    return BigFraction.of(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
  }

  /**
   * A fraction rounded to a number of decimal places.
   *
   * @param value the exact value
   * @param decimals decimal places kept, 0 to 1000
   * @param mode how to round; {@code UNNECESSARY} is refused when rounding is needed
   * @return the rounded decimal, with exactly {@code decimals} places
   */
  public static BigDecimal round(BigFraction value, int decimals, RoundingMode mode) {
    checkNotNull(value, "value");
    checkNotNull(mode, "mode");
    checkArgument(
        decimals >= 0 && decimals <= Decimals.MAX_SCALE,
        "decimals must be within 0..%s but was %s",
        Decimals.MAX_SCALE,
        decimals);
    try {
      return value.bigDecimalValue(decimals, mode);
    } catch (ArithmeticException e) {
      if (mode != RoundingMode.UNNECESSARY) {
        throw e;
      }
      throw new IllegalArgumentException(
          "mode UNNECESSARY cannot show " + toExactString(value) + " with " + decimals + " decimals", e);
    }
  }

  /**
   * The exact decimal of a fraction whose decimal expansion terminates ({@code 7/4} is 1.75).
   *
   * @param value the exact value
   * @return the decimal, empty when the expansion does not terminate ({@code 1/3})
   */
  public static Optional<BigDecimal> exactDecimal(BigFraction value) {
    BigInteger denominator = value.getDenominator().abs();
    BigInteger reducedRest = denominator.divide(denominator.gcd(value.getNumerator().abs()));
    for (BigInteger p : new BigInteger[] {BigInteger.TWO, BigInteger.valueOf(5)}) {
      while (reducedRest.mod(p).signum() == 0) {
        reducedRest = reducedRest.divide(p);
      }
    }
    if (!reducedRest.equals(BigInteger.ONE)) {
      return Optional.empty();
    }
    return Optional.of(
        new BigDecimal(value.getNumerator())
            .divide(new BigDecimal(value.getDenominator()))
            .stripTrailingZeros());
  }

  /**
   * A readable exact form: the terminating decimal when there is one ({@code 1.75}), otherwise
   * {@code numerator/denominator} in lowest terms with the sign in front ({@code -7/12}).
   *
   * @param value the exact value
   * @return the text
   */
  public static String toExactString(BigFraction value) {
    Optional<BigDecimal> decimal = exactDecimal(value);
    if (decimal.isPresent()) {
      return decimal.get().toPlainString();
    }
    BigInteger numerator = value.getNumerator().abs();
    BigInteger denominator = value.getDenominator().abs();
    BigInteger gcd = numerator.gcd(denominator);
    return (value.signum() < 0 ? "-" : "") + numerator.divide(gcd) + "/" + denominator.divide(gcd);
  }

  /**
   * Compares two fractions by value. Use this, never {@code BigFraction.compareTo}: in
   * commons-numbers-fraction 1.2 that method compares the magnitudes of two negative fractions, so
   * it calls -3 greater than -2.
   *
   * @param a a fraction
   * @param b another
   * @return negative, zero or positive as {@code a} is less than, equal to or greater than {@code b}
   */
  public static int compare(BigFraction a, BigFraction b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    return a.subtract(b).signum();
  }

  /**
   * Whether a fraction is a whole number.
   *
   * @param value the exact value
   * @return {@code true} for 0, 3, -12/4; {@code false} for 1/2
   */
  public static boolean isInteger(BigFraction value) {
    return value.getNumerator().mod(value.getDenominator().abs()).signum() == 0;
  }
}
