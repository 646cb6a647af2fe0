package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collections;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.junit.jupiter.api.Test;

class TotalCheckTest {

  @Test
  void test_of_budgetInThousands() {
    // Seed 004, revenue budget, original: -24,895 + 135,821 + 44,738 + 4,649 = 160,313 (thousand).
    TotalCheck check = TotalCheck.of("£160,312k", "-£24,895k", "£135,821k", "£44,738k", "£4,649k");
    assertThat(check.printedSum()).isEqualTo(Exact.of(160_313_000));
    assertThat(check.expected()).isEqualByComparingTo(new BigDecimal("160313000"));
    assertThat(check.addsUp()).isFalse();
    assertThat(check.isConsistent()).isTrue();
    assertThat(check.sum())
        .isEqualTo(new ExactInterval(Exact.of(160_311_000), false, Exact.of(160_315_000), false));
    assertThat(check)
        .hasToString(
            "'£160,312k' is consistent with its parts -£24,895k + £135,821k + £44,738k + £4,649k ="
                + " £160,313k within their rounding (£160,311,000 < true sum < £160,315,000)");
  }

  @Test
  void test_of_exactPartsMustAddUp() {
    TotalCheck exact = TotalCheck.of("110", "100", "-20", "30");
    assertThat(exact.addsUp()).isTrue();
    assertThat(exact).hasToString("'110' is consistent with its parts 100 - 20 + 30 = 110");
    TotalCheck wrong = TotalCheck.of("111", "100", "-20", "30");
    assertThat(wrong.isConsistent()).isFalse();
    assertThat(wrong).hasToString("'111' is not consistent with its parts 100 - 20 + 30 = 110");
    assertThat(TotalCheck.of("36%", "6%", "30%").addsUp()).isTrue();
  }

  @Test
  void test_of_refusesMixedUnitsAndEmptyOrHugeLists() {
    assertThatThrownBy(() -> TotalCheck.of("36%", "6", "30%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parts must be in the total's unit (percent, like '36%') but one was '6'");
    assertThatThrownBy(() -> TotalCheck.of("36%"))
        .hasMessage("parts must number 1 to 1000 but were 0");
    assertThatThrownBy(
            () ->
                TotalCheck.of(
                    PrintedFigure.parse("1"),
                    Collections.nCopies(1_000_000, PrintedFigure.parse("1"))))
        .hasMessage("parts must number 1 to 1000 but were 1000000");
    assertThatThrownBy(() -> TotalCheck.of("7.8 per 1,000", "7.8 per 1,000"))
        .hasMessage("total must be a count, pounds or a percentage but was '7.8 per 1,000'");
  }
}
