package org.combatingdrugs.outcomes.calc;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Quantity;

/**
 * The change between two values relative to the first: {@code (current − base) / base}, exactly.
 * {@link Change#relative()} gives it only when the base is not zero, and says so otherwise
 * ({@link RelativeChangeReason#ZERO_BASE}) — never an infinite or NaN ratio.
 *
 * @param ratio {@code (current − base) / base}, exactly; {@code 9/10} is +90%
 */
public record RelativeChange(Exact ratio) {

  /** Checks that the ratio is present. */
  public RelativeChange {
    checkNotNull(ratio, "ratio");
  }

  /**
   * A relative change from its ratio.
   *
   * @param ratio the exact ratio
   * @return the change
   */
  public static RelativeChange of(Exact ratio) {
    return new RelativeChange(ratio);
  }

  /**
   * The change as a percentage rounded for presentation: {@code 7.5} for 72/964 to one decimal,
   * half-up.
   *
   * @param decimals decimal places, 0 or more
   * @param mode how to round
   * @return the percentage
   */
  public BigDecimal percent(int decimals, RoundingMode mode) {
    return ratio.multiply(100).toDecimal(decimals, mode);
  }

  /**
   * The value this change leads to from a base: {@code base × (1 + ratio)}.
   *
   * @param base the starting value
   * @return the changed value, in the base's units
   */
  public Quantity applyTo(Quantity base) {
    return base.multiply(ratio.add(1));
  }

  /**
   * This change followed by another: {@code (1 + r₁)(1 + r₂) − 1}.
   *
   * @param next the change that follows
   * @return the combined change
   */
  public RelativeChange then(RelativeChange next) {
    checkNotNull(next, "next");
    return new RelativeChange(ratio.add(1).multiply(next.ratio.add(1)).subtract(1));
  }

  /** The change as a percentage to one decimal place, rounded half-up, with its sign: {@code +72.9%}, {@code -6.8%}, {@code 0.0%}; the exact ratio is {@link #ratio()}. */
  @Override
  public String toString() {
    BigDecimal percent = percent(1, RoundingMode.HALF_UP);
    return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
  }
}
