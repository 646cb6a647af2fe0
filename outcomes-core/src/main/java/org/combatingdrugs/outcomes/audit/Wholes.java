package org.combatingdrugs.outcomes.audit;

import java.math.BigInteger;
import org.combatingdrugs.outcomes.exact.Exact;

/** The whole numbers either side of an exact value. */
final class Wholes {

  private Wholes() {}

  /** The largest whole number at most {@code value}. */
  static BigInteger floor(Exact value) {
    BigInteger[] quotient = value.numerator().divideAndRemainder(value.denominator());
    return quotient[1].signum() < 0 ? quotient[0].subtract(BigInteger.ONE) : quotient[0];
  }

  /** The smallest whole number at least {@code value}. */
  static BigInteger ceiling(Exact value) {
    return floor(value.negate()).negate();
  }

  /** {@code 10^exponent}, exactly; the exponent may be negative. */
  static Exact powerOfTen(int exponent) {
    Exact power = Exact.of(BigInteger.TEN.pow(Math.abs(exponent)));
    return exponent >= 0 ? power : power.reciprocal();
  }
}
