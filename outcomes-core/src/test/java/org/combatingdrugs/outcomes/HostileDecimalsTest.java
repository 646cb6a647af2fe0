package org.combatingdrugs.outcomes;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import org.combatingdrugs.outcomes.audit.FigureCheck;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's decimal defects: every decimal the API accepts is bounded in digits and scale, checked
 * on what is stored, and refused at once naming the caller's field.
 */
class HostileDecimalsTest {

  private static final String MILLION_DIGITS = "1" + "0".repeat(1_000_000);

  @Test
  void test_longDigitStrings_areRefusedAtOnce() {
    assertThatThrownBy(() -> Money.of(MILLION_DIGITS))
        .hasMessage("pounds must be at most 100 characters but had 1000001");
    assertThatThrownBy(() -> PublishedPercentage.of(MILLION_DIGITS))
        .hasMessage("percent must be at most 100 characters but had 1000001");
    assertThatThrownBy(() -> Quantity.pounds(MILLION_DIGITS)).hasMessageStartingWith("pounds must be at most");
    assertThatThrownBy(() -> Quantity.percent(MILLION_DIGITS)).hasMessageStartingWith("percent must be at most");
  }

  @Test
  void test_storedValues_keepTheirOwnRule() {
    assertThatThrownBy(() -> Money.of("1" + "0".repeat(90)))
        .hasMessage("pounds must have at most 40 significant digits but had 91");
    assertThatThrownBy(() -> Money.of(new BigDecimal(BigInteger.TEN.pow(10_000))))
        .hasMessage("pounds must have at most 40 significant digits but had 10001");
  }

  @Test
  void test_publishedFigures_areBoundedInScaleAndDigits() {
    org.assertj.core.api.Assertions.assertThat(
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(2),
                () ->
                    org.assertj.core.api.Assertions.catchThrowable(
                        () -> FigureCheck.of(new BigDecimal(BigInteger.ONE, 1_000_000), Exact.ONE, RoundingMode.HALF_UP))))
        .hasMessage("published must be printed to between 10^15 and 10^-30 but had scale 1000000");
    assertThatThrownBy(() -> FigureCheck.of(new BigDecimal("1e-999999999"), Exact.ONE, RoundingMode.HALF_UP))
        .hasMessage("published must be printed to between 10^15 and 10^-30 but had scale 999999999");
    assertThatThrownBy(() -> FigureCheck.of(new BigDecimal("1e999999999"), Exact.ONE, RoundingMode.HALF_UP))
        .hasMessage("published must be printed to between 10^15 and 10^-30 but had scale -999999999");
    assertThatThrownBy(() -> Exact.of(new BigDecimal(BigInteger.TEN.pow(5_000))))
        .hasMessage("decimal must have at most 1000 digits but had 5001");
  }
}
