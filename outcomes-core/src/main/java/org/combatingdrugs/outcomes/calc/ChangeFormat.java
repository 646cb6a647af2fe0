package org.combatingdrugs.outcomes.calc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.combatingdrugs.outcomes.measure.Quantity;

/**
 * How reports write a change: the relative change with its absolute change in brackets, {@code
 * +90.0% (+72)}, {@code -11.9% (-2,050)}, {@code +38.9% (+£26,611)}; for percentages the change in
 * points, {@code +10.0 pp}; on a zero base {@code undefined (+5)}. Every rounding uses the stated
 * mode; a value that rounds to zero is written without a sign ({@code 0.0%}).
 *
 * @param percentDecimals decimal places of percentages and points, 0 to 10
 * @param amountDecimals decimal places of the absolute change of counts, money and rates, 0 to 10
 * @param mode how to round
 */
public record ChangeFormat(int percentDecimals, int amountDecimals, RoundingMode mode) {

  /** Checks the precisions and that the mode rounds. */
  public ChangeFormat {
    checkArgument(
        percentDecimals >= 0 && percentDecimals <= 10,
        "percentDecimals must be within 0..10 but was %s",
        percentDecimals);
    checkArgument(
        amountDecimals >= 0 && amountDecimals <= 10,
        "amountDecimals must be within 0..10 but was %s",
        amountDecimals);
    checkNotNull(mode, "mode");
    checkArgument(mode != RoundingMode.UNNECESSARY, "mode must round but was %s", mode);
  }

  /**
   * A format with whole-number amounts.
   *
   * @param percentDecimals decimal places of percentages and points
   * @param mode how to round
   * @return the format
   */
  public static ChangeFormat of(int percentDecimals, RoundingMode mode) {
    return new ChangeFormat(percentDecimals, 0, mode);
  }

  /**
   * This format with another precision for absolute amounts.
   *
   * @param decimals decimal places of counts, money and rates
   * @return the format
   */
  public ChangeFormat withAmountDecimals(int decimals) {
    return new ChangeFormat(percentDecimals, decimals, mode);
  }

  /**
   * Writes a change.
   *
   * @param change the change
   * @return the text, such as {@code +7.5% (+72)}
   */
  public String format(Change change) {
    checkNotNull(change, "change");
    Quantity absolute = change.absolute();
    if (absolute.unit().isPercent()) {
      return signed(absolute.toDecimal(percentDecimals, mode)) + " pp";
    }
    String amount = signedAmount(absolute);
    return change
        .relative()
        .map(relative -> signed(relative.percent(percentDecimals, mode)) + "% (" + amount + ")")
        .value()
        .orElse("undefined (" + amount + ")");
  }

  /**
   * Writes an absolute amount with its sign: {@code +72}, {@code -£720}, {@code +10.0%}.
   *
   * @param amount the amount
   * @return the text
   */
  public String signedAmount(Quantity amount) {
    checkNotNull(amount, "amount");
    int decimals = amount.unit().isPercent() ? percentDecimals : amountDecimals;
    BigDecimal rounded = amount.toDecimal(decimals, mode);
    String written = amount.unit().format(rounded);
    return rounded.signum() > 0 ? "+" + written : written;
  }

  /**
   * The format in words: {@code percentages to 1 place, amounts to 0, rounded HALF_UP}; the mode by
   * its {@link RoundingMode} name.
   */
  @Override
  public String toString() {
    return "percentages to " + percentDecimals + " place" + (percentDecimals == 1 ? "" : "s") + ", amounts to "
        + amountDecimals + ", rounded " + mode;
  }

  private static String signed(BigDecimal rounded) {
    String plain = rounded.abs().toPlainString();
    if (rounded.signum() > 0) {
      return "+" + plain;
    }
    return rounded.signum() < 0 ? "-" + plain : plain;
  }
}
