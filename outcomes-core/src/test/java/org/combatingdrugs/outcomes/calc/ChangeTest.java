package org.combatingdrugs.outcomes.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.junit.jupiter.api.Test;
import org.combatingdrugs.outcomes.result.Result;

class ChangeTest {

  private static final ChangeFormat ONE_DECIMAL = ChangeFormat.of(1, RoundingMode.HALF_UP);

  private static String change(long base, long current) {
    return ONE_DECIMAL.format(PercentageChange.between(Count.of(base), Count.of(current)));
  }

  @Test
  void test_format_dorsetProgressReportJuly2023() {
    assertThat(change(80, 152)).isEqualTo("+90.0% (+72)");
    assertThat(change(964, 1036)).isEqualTo("+7.5% (+72)");
    assertThat(change(188, 202)).isEqualTo("+7.4% (+14)");
    assertThat(change(2590, 2700)).isEqualTo("+4.2% (+110)");
    assertThat(change(1889, 1942)).isEqualTo("+2.8% (+53)");
    assertThat(
            ONE_DECIMAL.format(
                PercentageChange.between(Quantity.pounds("68413"), Quantity.pounds("95024"))))
        .isEqualTo("+38.9% (+£26,611)");
    assertThat(
            ONE_DECIMAL.format(
                PercentageChange.between(Quantity.pounds("68413"), Quantity.pounds("94304"))))
        .isEqualTo("+37.8% (+£25,891)");
  }

  @Test
  void test_relative_socDisruptionsIsSevenPointFiveNotSevenPointFour() {
    RelativeChange soc =
        PercentageChange.between(Count.of(964), Count.of(1036)).relative().orElseThrow();
    assertThat(soc.ratio()).isEqualTo(Exact.of(18, 241));
    assertThat(soc.percent(1, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("7.5"));
    assertThat(soc.percent(1, RoundingMode.DOWN)).isEqualTo(new BigDecimal("7.4"));
  }

  @Test
  void test_format_scorecardStyleChangesWithSignsAndGrouping() {
    assertThat(change(774, 750)).isEqualTo("-3.1% (-24)");
    assertThat(change(17_227, 15_177)).isEqualTo("-11.9% (-2,050)");
    assertThat(change(176, 129)).isEqualTo("-26.7% (-47)");
    assertThat(change(4716, 5598)).isEqualTo("+18.7% (+882)");
    assertThat(change(59, 59)).isEqualTo("0.0% (0)");
    assertThat(change(100_000, 99_999)).isEqualTo("0.0% (-1)");
  }

  @Test
  void test_percentages_changeInPoints() {
    Change continuity =
        PercentageChange.between(PublishedPercentage.of("45.2"), PublishedPercentage.of("55.2"));
    assertThat(continuity.percentagePoints()).contains(Quantity.points("10.0"));
    assertThat(ONE_DECIMAL.format(continuity)).isEqualTo("+10.0 pp");
    assertThat(PercentageChange.between(Proportion.of(180, 400), Proportion.of(240, 400)).absolute())
        .isEqualTo(Quantity.points("15"));
    assertThat(PercentageChange.between(Count.of(1), Count.of(2)).percentagePoints()).isEmpty();
  }

  @Test
  void test_relative_undefinedOnZeroBase() {
    Change fromZero = PercentageChange.between(Count.of(0), Count.of(5));
    assertThat(fromZero.relative().isComputed()).isFalse();
    assertThat(fromZero.relative())
        .isEqualTo(Result.notComputed(RelativeChangeReason.ZERO_BASE));
    assertThat(ONE_DECIMAL.format(fromZero)).isEqualTo("undefined (+5)");
    assertThat(ONE_DECIMAL.format(PercentageChange.between(Count.of(0), Count.of(0))))
        .isEqualTo("undefined (0)");
  }

  @Test
  void test_between_refusesMixedUnitsAndNegativeBase() {
    assertThatThrownBy(() -> PercentageChange.between(Count.of(1), PublishedPercentage.of("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("current must be in the base's unit count");
    assertThatThrownBy(() -> PercentageChange.between(Quantity.count(-1), Quantity.count(1)))
        .hasMessage("base must not be negative but was -1");
  }

  @Test
  void test_changeFormat_validates() {
    assertThatThrownBy(() -> ChangeFormat.of(-1, RoundingMode.HALF_UP))
        .hasMessage("percentDecimals must be within 0..10 but was -1");
    assertThatThrownBy(() -> ChangeFormat.of(1, RoundingMode.UNNECESSARY))
        .hasMessage("mode must round but was UNNECESSARY");
    assertThat(ONE_DECIMAL.withAmountDecimals(2).signedAmount(Quantity.pounds("12.345")))
        .isEqualTo("+£12.35");
  }
}
