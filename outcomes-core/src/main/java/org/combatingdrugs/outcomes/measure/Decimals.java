package org.combatingdrugs.outcomes.measure;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/** Reading decimals written as text, with errors that name the field. */
final class Decimals {

  private Decimals() {}

  static BigDecimal parse(String field, String text) {
    checkNotNull(text, field);
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must be a decimal number but was '" + text + "'", e);
    }
  }
}
