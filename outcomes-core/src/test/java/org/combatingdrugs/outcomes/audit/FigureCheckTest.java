package org.combatingdrugs.outcomes.audit;

import static java.math.RoundingMode.DOWN;
import static java.math.RoundingMode.FLOOR;
import static java.math.RoundingMode.HALF_UP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.combatingdrugs.outcomes.exact.Exact;
import org.junit.jupiter.api.Test;

class FigureCheckTest {
  @Test
  void test_of_socDisruptionsPrintedTruncated() {
    // Dorset CDP, July 2023: 964 -> 1,036 printed as a 7.4% increase; exactly 72/964 = 7.4688...%.
    Exact exactPercent = Exact.of(7200, 964);
    FigureCheck check = FigureCheck.of(new BigDecimal("7.4"), exactPercent, HALF_UP);

    assertThat(check.isConsistent()).isFalse();
    assertThat(check.expected()).isEqualByComparingTo("7.5");
    assertThat(check.discrepancy()).isEqualByComparingTo("-0.1");
    assertThat(check.modesThatReproduce()).containsExactlyInAnyOrder(DOWN, FLOOR);
  }

  @Test
  void test_of_neighbourhoodCrimesPrintedAgainstTheWrongBase() {
    // 188 -> 202 printed as 6.9%; 14/188 = 7.45% and no rounding of it gives 6.9.
    FigureCheck check = FigureCheck.of(new BigDecimal("6.9"), Exact.of(1400, 188), HALF_UP);

    assertThat(check.isConsistent()).isFalse();
    assertThat(check.expected()).isEqualByComparingTo("7.4");
    assertThat(check.modesThatReproduce()).isEmpty();
  }

  @Test
  void test_of_countyLinesPrintedAsWholePercent() {
    FigureCheck check = FigureCheck.of(new BigDecimal("90"), Exact.of(7200, 80), HALF_UP);

    assertThat(check.isConsistent()).isTrue();
    assertThat(check.decimals()).isZero();
    assertThat(check.discrepancy()).isEqualByComparingTo("0");
  }

  @Test
  void test_of_cashSeizedProjectionDoesNotFollow() {
    // Q1 £23,756 x 4 = £95,024; the report printed £94,304 (which is 4 x £23,576).
    FigureCheck check = FigureCheck.of(new BigDecimal("94304"), Exact.of(95024), HALF_UP);

    assertThat(check.isConsistent()).isFalse();
    assertThat(check.expected()).isEqualByComparingTo("95024");
    assertThat(check.discrepancy()).isEqualByComparingTo("-720");
  }

  @Test
  void test_of_negativeScaleComparesAtThatPrecision() {
    FigureCheck check = FigureCheck.of(new BigDecimal("1.2E+3"), Exact.of(1200), HALF_UP);
    assertThat(check.decimals()).isEqualTo(-2);
    assertThat(check.isConsistent()).isTrue();
    assertThat(FigureCheck.of(new BigDecimal("1.2E+3"), Exact.of(1249), HALF_UP).isConsistent()).isTrue();
    assertThat(FigureCheck.of(new BigDecimal("1.2E+3"), Exact.of(1250), HALF_UP).isConsistent()).isFalse();
  }

  @Test
  void test_of_rejectsUnnecessary() {
    assertThatThrownBy(
            () -> FigureCheck.of(BigDecimal.ONE, Exact.ONE, RoundingMode.UNNECESSARY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mode")
        .hasMessageContaining("UNNECESSARY");
  }

  @Test
  void test_constructor_rejectsAnExpectedThatIsNotTheRoundedExact() {
    assertThatThrownBy(
            () ->
                new FigureCheck(
                    new BigDecimal("7.4"), Exact.of(7200, 964), HALF_UP, new BigDecimal("7.4")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected")
        .hasMessageContaining("7.4");
  }

  @Test
  void test_equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(
            FigureCheck.of(new BigDecimal("7.4"), Exact.of(7200, 964), HALF_UP),
            FigureCheck.of(new BigDecimal("7.4"), Exact.of(1800, 241), HALF_UP))
        .addEqualityGroup(FigureCheck.of(new BigDecimal("7.5"), Exact.of(7200, 964), HALF_UP))
        .testEquals();
    new NullPointerTester()
        .setDefault(org.combatingdrugs.outcomes.measure.PrintedFigure.class, org.combatingdrugs.outcomes.measure.PrintedFigure.parse("7.4%"))
        .testAllPublicStaticMethods(FigureCheck.class);
  }

  @org.junit.jupiter.api.Test
  void test_printedFigure_isComparedAtThePrecisionItWasPrintedAt() {
    org.combatingdrugs.outcomes.measure.PrintedFigure cash =
        org.combatingdrugs.outcomes.measure.PrintedFigure.parse("£78k");
    FigureCheck check = FigureCheck.of(cash, Exact.of(77_800), RoundingMode.HALF_UP);
    org.assertj.core.api.Assertions.assertThat(check.isConsistent()).isTrue();
    org.assertj.core.api.Assertions.assertThat(check.decimals()).isEqualTo(-3);
    org.assertj.core.api.Assertions.assertThat(
            FigureCheck.of(cash, Exact.of(78_600), RoundingMode.HALF_UP).expected())
        .isEqualByComparingTo("79000");
    org.combatingdrugs.outcomes.measure.PrintedFigure budget =
        org.combatingdrugs.outcomes.measure.PrintedFigure.parse("£1.2m");
    org.assertj.core.api.Assertions.assertThat(
            FigureCheck.of(budget, Exact.of(1_249_999), RoundingMode.HALF_UP).isConsistent())
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(
            FigureCheck.of(budget, Exact.of(1_250_000), RoundingMode.HALF_UP).isConsistent())
        .isFalse();
    org.assertj.core.api.Assertions.assertThat(
            FigureCheck.of(budget, Exact.of(1_250_000), RoundingMode.DOWN).isConsistent())
        .isTrue();
  }
}
