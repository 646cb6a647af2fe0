package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.junit.jupiter.api.Test;

class PrintedFigureCheckTest {

  @Test
  void test_of_thousandsPrintedWithASuffixAreConsistentWithinTheirStep() {
    PrintedFigureCheck check = PrintedFigureCheck.of("£78k", Quantity.pounds("77800"));

    assertThat(check.isConsistent()).isTrue();
    assertThat(check.expected()).isEqualTo(new BigDecimal("78000"));
    assertThat(check.expectedText()).isEqualTo("£78k");
    assertThat(check.discrepancy()).isEqualTo(new BigDecimal("0"));
    assertThat(check).hasToString("'£78k' is consistent with £77,800");
    // The precision is the printed one: the same value printed to the pound is not £77,800.
    assertThat(PrintedFigureCheck.of("£78,000", Quantity.pounds("77800")).isConsistent()).isFalse();
    // FigureCheck, reading only a BigDecimal, cannot see the suffix's precision.
    assertThat(FigureCheck.of(new BigDecimal("78000"), Exact.of(77_800), RoundingMode.HALF_UP).isConsistent())
        .isFalse();
  }

  @Test
  void test_of_cashSeizedProjectionDoesNotFollow() {
    // Q1 £23,756 x 4 = £95,024; the report printed £94,304 (which is 4 x £23,576).
    PrintedFigureCheck check =
        PrintedFigureCheck.of(PrintedFigure.parse("£94,304"), Quantity.pounds("23756").multiply(Exact.of(4)));

    assertThat(check.isConsistent()).isFalse();
    assertThat(check.expected()).isEqualTo(new BigDecimal("95024"));
    assertThat(check.expectedText()).isEqualTo("£95,024");
    assertThat(check.discrepancy()).isEqualTo(new BigDecimal("-720"));
    assertThat(check)
        .hasToString("'£94,304' is not consistent with £95,024: it should print £95,024 (discrepancy -£720)");
  }

  @Test
  void test_of_socDisruptionsPrintedTruncated() {
    // Dorset CDP, July 2023: 964 -> 1,036 printed as +7.4%; exactly 7200/964 = 7.4688...%.
    PrintedFigureCheck check = PrintedFigureCheck.of(PrintedFigure.parse("+7.4%"), Exact.of(7200, 964));

    assertThat(check.isConsistent()).isFalse();
    assertThat(check.expected()).isEqualTo(new BigDecimal("7.5"));
    assertThat(check.expectedText()).isEqualTo("+7.5%");
    assertThat(check.discrepancy()).isEqualTo(new BigDecimal("-0.1"));
    assertThat(check)
        .hasToString(
            "'+7.4%' is not consistent with 7.4689%: it should print +7.5% (discrepancy -0.1 pp)");
  }

  @Test
  void test_of_seedFigures() {
    assertThat(PrintedFigureCheck.of("£59,478,661", Quantity.pounds("59478661")).isConsistent()).isTrue();
    assertThat(PrintedFigureCheck.of("£23,756", Quantity.pounds("23756.49")).isConsistent()).isTrue();
    assertThat(PrintedFigureCheck.of("£23,756", Quantity.pounds("23756.5")).isConsistent()).isFalse();
    assertThat(PrintedFigureCheck.of("45.2%", Quantity.percent("45.15")).isConsistent()).isTrue();
    assertThat(PrintedFigureCheck.of("7.8 per 1,000", Quantity.of(Exact.of(39, 5), Unit.ratePer(1000))).isConsistent())
        .isTrue();
    assertThat(PrintedFigureCheck.of("-3.1%", Quantity.percent("-3.05")).isConsistent()).isTrue();
    assertThat(PrintedFigureCheck.of("-3.1%", Quantity.percent("-3.15")).isConsistent()).isFalse();
    assertThat(PrintedFigureCheck.of("-3.1%", Quantity.percent("-3.15")).expectedText()).isEqualTo("-3.2%");
    assertThat(PrintedFigureCheck.of("(-24)", Quantity.count(-24)).isConsistent()).isTrue();
    assertThat(PrintedFigureCheck.of("(-24)", Quantity.count(24)).expectedText()).isEqualTo("(+24)");
    assertThat(PrintedFigureCheck.of("(-24)", Quantity.count(24)).discrepancy()).isEqualTo(new BigDecimal("-48"));
  }

  @Test
  void test_boundaries_closedAtTheEndTowardZeroForNegatives() {
    PrintedFigure rise = PrintedFigure.parse("£1.2m");
    assertThat(PrintedFigureCheck.of(rise, Exact.of(1_150_000)).isConsistent()).isTrue();
    assertThat(PrintedFigureCheck.of(rise, Exact.of(1_250_000)).isConsistent()).isFalse();
    assertThat(PrintedFigureCheck.of(rise, Exact.of(1_250_000)).expectedText()).isEqualTo("£1.3m");
    PrintedFigure fall = PrintedFigure.parse("−£1.2m");
    assertThat(PrintedFigureCheck.of(fall, Exact.of(-1_150_000)).isConsistent()).isTrue();
    assertThat(PrintedFigureCheck.of(fall, Exact.of(-1_250_000)).isConsistent()).isFalse();
    assertThat(PrintedFigureCheck.of(fall, Exact.of(-1_250_000)).expectedText()).isEqualTo("-£1.3m");
    PrintedFigure none = PrintedFigure.parse("£0.0m");
    assertThat(PrintedFigureCheck.of(none, Exact.of(-50_000)).isConsistent()).isFalse();
    assertThat(PrintedFigureCheck.of(none, Exact.of(50_000)).isConsistent()).isFalse();
    assertThat(PrintedFigureCheck.of(none, Exact.of(49_999)).isConsistent()).isTrue();
  }

  @Test
  void test_of_refusesAQuantityInAnotherUnit() {
    assertThatThrownBy(() -> PrintedFigureCheck.of("£78k", Quantity.count(77_800)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exact must be in pounds like '£78k' but was 77,800 (count)");
    assertThatThrownBy(() -> PrintedFigureCheck.of("45.2%", Quantity.of(Exact.of(226, 5), Unit.ratePer(100))))
        .hasMessage("exact must be in percent like '45.2%' but was 45.2 per 100 (per 100)");
    assertThatThrownBy(() -> PrintedFigureCheck.of("(24)", Quantity.count(24)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'(24)'")
        .hasMessageContaining("ambiguous");
  }

  @Test
  void test_equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(
            PrintedFigureCheck.of("£78k", Quantity.pounds("77800")),
            PrintedFigureCheck.of(PrintedFigure.parse("£78K"), Exact.of(77_800)),
            new PrintedFigureCheck(PrintedFigure.parse("£78k"), Exact.of(389_000, 5)))
        .addEqualityGroup(PrintedFigureCheck.of("£78,000", Quantity.pounds("77800")))
        .addEqualityGroup(PrintedFigureCheck.of("£78k", Quantity.pounds("77801")))
        .testEquals();
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(PrintedFigure.class, PrintedFigure.parse("£78k"))
            .setDefault(Quantity.class, Quantity.pounds("1"))
            .setDefault(Exact.class, Exact.ONE);
    tester.testAllPublicStaticMethods(PrintedFigureCheck.class);
    tester.testAllPublicConstructors(PrintedFigureCheck.class);
    tester.testAllPublicInstanceMethods(PrintedFigureCheck.of("£78k", Quantity.pounds("77800")));
  }
}
