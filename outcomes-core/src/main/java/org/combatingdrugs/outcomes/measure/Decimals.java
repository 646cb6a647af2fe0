package org.combatingdrugs.outcomes.measure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;

/** Reading decimals written as text, with errors that name the field. */
final class Decimals {

  private Decimals() {}

  static BigDecimal parse(String field, String text) {
    checkNotNull(text, field);
    try {
      return checkScale(field, new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must be a decimal number but was '" + text + "'", e);
    }
  }

  /** The largest number of decimal places (or trailing zeros) a figure may carry. */
  static final int MAX_SCALE = 1000;

  @CanIgnoreReturnValue
  static BigDecimal checkScale(String field, BigDecimal value) {
    checkArgument(
        Math.abs(value.scale()) <= MAX_SCALE,
        "%s must have a scale within -%s..%s but was %s",
        field,
        MAX_SCALE,
        MAX_SCALE,
        value.scale());
    return value;
  }
}
