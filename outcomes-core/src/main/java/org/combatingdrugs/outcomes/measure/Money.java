package org.combatingdrugs.outcomes.measure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * An amount of money in pounds sterling: £23,756 of cash seized. Equality is by value ({@code
 * 12.5} equals {@code 12.50}).
 *
 * @param pounds the amount in pounds, 0 or more
 */
public record Money(BigDecimal pounds) implements Value {

  /** Checks that the amount is not negative and strips trailing zeros for value equality. */
  public Money {
    checkNotNull(pounds, "pounds");
    checkArgument(pounds.signum() >= 0, "pounds must be 0 or more but was %s", pounds);
    Decimals.checkScale("pounds", pounds);
    pounds = pounds.signum() == 0 ? BigDecimal.ZERO : pounds.stripTrailingZeros();
  }

  /**
   * An amount of money.
   *
   * @param pounds the amount in pounds, 0 or more
   * @return the value
   */
  public static Money of(BigDecimal pounds) {
    return new Money(pounds);
  }

  /**
   * An amount of money as written.
   *
   * @param pounds the amount, such as {@code "23756"} or {@code "12.50"}
   * @return the value
   * @throws IllegalArgumentException when the text is not a decimal
   */
  public static Money of(String pounds) {
    return new Money(Decimals.parse("pounds", pounds));
  }

  @Override
  public Unit unit() {
    return Unit.POUNDS;
  }

  @Override
  public Quantity quantity() {
    return Quantity.of(pounds, Unit.POUNDS);
  }

  /**
   * The amount with thousands separators, whole pounds without pence and pence to two places (or
   * as many as written): {@code £23,756}, {@code £12.50}, {@code £0.125}.
   */
  @Override
  public String toString() {
    BigDecimal whole = pounds.stripTrailingZeros();
    BigDecimal shown =
        whole.scale() <= 0 ? whole.setScale(0) : pounds.scale() < 2 ? pounds.setScale(2) : pounds;
    return Unit.POUNDS.format(shown);
  }

}
