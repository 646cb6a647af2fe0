package org.combatingdrugs.outcomes.measure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * A proportion known only by its published percentage, such as continuity of care {@code 45.2%}.
 * The printed precision is kept ({@link #decimals()}); equality sees it, so {@code 45.2} and
 * {@code 45.20} are different publications of the same value. Such a value cannot be pooled with
 * others: its numerator and denominator are unknown.
 *
 * @param percent the percentage as printed, 0 to 100
 */
public record PublishedPercentage(BigDecimal percent) implements Value {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Checks 0 ≤ percent ≤ 100. */
  public PublishedPercentage {
    checkNotNull(percent, "percent");
    Decimals.checkScale("percent", percent);
    checkArgument(
        percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0,
        "percent must be within 0..100 but was %s",
        percent);
  }

  /**
   * A published percentage.
   *
   * @param percent the percentage as printed, such as {@code "45.2"}
   * @return the value
   * @throws IllegalArgumentException when the text is not a decimal
   */
  public static PublishedPercentage of(String percent) {
    return new PublishedPercentage(Decimals.parse("percent", percent));
  }

  /**
   * A published percentage.
   *
   * @param percent the percentage as printed, 0 to 100
   * @return the value
   */
  public static PublishedPercentage of(BigDecimal percent) {
    return new PublishedPercentage(percent);
  }

  /** Decimal places printed: 1 for {@code 45.2}, 0 for {@code 58}. */
  public int decimals() {
    return Math.max(percent.scale(), 0);
  }

  @Override
  public Unit unit() {
    return Unit.PERCENT;
  }

  @Override
  public Quantity quantity() {
    return Quantity.of(percent, Unit.PERCENT);
  }

  @Override
  public String toString() {
    return percent.toPlainString() + "%";
  }
}
