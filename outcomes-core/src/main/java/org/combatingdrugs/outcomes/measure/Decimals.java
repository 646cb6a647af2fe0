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
    checkArgument(
        text.length() <= MAX_TEXT,
        "%s must be at most %s characters but had %s",
        field,
        (Integer) MAX_TEXT,
        (Integer) text.length());
    try {
      return checkScale(field, new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must be a decimal number but was '" + text + "'", e);
    }
  }

  /** The largest number of decimal places (or trailing zeros) a figure may carry. */
  static final int MAX_SCALE = 1000;

  /** The most significant digits a figure may carry. */
  static final int MAX_DIGITS = 40;

  /** The longest text read as a decimal. */
  static final int MAX_TEXT = 100;

  @CanIgnoreReturnValue
  static BigDecimal checkScale(String field, BigDecimal value) {
    checkArgument(
        value.scale() >= -MAX_SCALE && value.scale() <= MAX_SCALE,
        "%s must have a scale within -%s..%s but was %s",
        field,
        MAX_SCALE,
        MAX_SCALE,
        value.scale());
    checkArgument(
        value.precision() <= MAX_DIGITS,
        "%s must have at most %s significant digits but had %s",
        field,
        (Integer) MAX_DIGITS,
        (Integer) value.precision());
    BigDecimal stripped = value.stripTrailingZeros();
    checkArgument(
        stripped.scale() >= -MAX_SCALE && stripped.scale() <= MAX_SCALE,
        "%s must be within 10^%s but was %s",
        field,
        (Integer) MAX_SCALE,
        value.toString());
    return value;
  }
}
