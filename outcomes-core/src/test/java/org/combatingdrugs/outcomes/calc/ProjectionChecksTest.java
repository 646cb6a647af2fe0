package org.combatingdrugs.outcomes.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.List;
import org.combatingdrugs.outcomes.aggregate.Aggregation;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.FinancialQuarter;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.junit.jupiter.api.Test;

/**
 * The checks the projections' own constructors make, for callers who build them directly rather
 * than through {@link Projections}: each refusal at its boundary, and the value just inside it.
 */
class ProjectionChecksTest {

  private static final FinancialQuarter Q1 = FinancialQuarter.of(2023, 1);
  private static final FinancialYear YEAR = FinancialYear.of(2023);

  @Test
  void test_linearTrend_needsTwoConsecutivePointsInOneUnit_andAReachablePeriod() {
    Observation first = Observation.of(Q1, Quantity.count(10));
    Observation second = Observation.of(Q1.next(), Quantity.count(12));
    assertThatThrownBy(() -> LinearTrendProjection.of(List.of(first), Q1.next()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series must hold at least two points but held 1");
    assertThat(LinearTrendProjection.of(List.of(first, second), Q1).value()).isEqualTo(Quantity.count(10));
    assertThatThrownBy(
            () -> LinearTrendProjection.of(List.of(first, Observation.of(Q1.next().next(), Quantity.count(12))), Q1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("series must be consecutive periods");
    assertThatThrownBy(
            () -> LinearTrendProjection.of(List.of(first, Observation.of(Q1.next(), Quantity.pounds("12"))), Q1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("series must be in one unit");
    assertThatThrownBy(() -> LinearTrendProjection.of(List.of(first, second), Q1.previous()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("period must be 2023/24 Q1 or up to")
        .hasMessageEndingWith("but was 2022/23 Q4");
  }

  @Test
  void test_priorYearProfile_refusesEachBadInput_byName() {
    Quantity observed = Quantity.count(30);
    assertThatThrownBy(
            () -> new PriorYearProfileProjection(Quantity.percent("3"), Q1, YEAR, Quantity.count(20), Quantity.count(80)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("observedValue must be a count or money");
    assertThatThrownBy(
            () -> new PriorYearProfileProjection(Quantity.count(-1), Q1, YEAR, Quantity.count(20), Quantity.count(80)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("observedValue must be 0 or more");
    assertThatThrownBy(
            () -> new PriorYearProfileProjection(observed, Q1, YEAR.previous(), Quantity.count(20), Quantity.count(80)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("observed must lie within");
    assertThatThrownBy(
            () -> new PriorYearProfileProjection(observed, Q1, YEAR, Quantity.pounds("20"), Quantity.count(80)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("lastYearSamePart must be in");
    assertThatThrownBy(
            () -> new PriorYearProfileProjection(observed, Q1, YEAR, Quantity.count(20), Quantity.pounds("80")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("lastYearTotal must be in");
    assertThatThrownBy(
            () -> new PriorYearProfileProjection(observed, Q1, YEAR, Quantity.count(0), Quantity.count(80)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lastYearSamePart must be positive but was 0");
    assertThatThrownBy(
            () -> new PriorYearProfileProjection(observed, Q1, YEAR, Quantity.count(20), Quantity.count(19)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("lastYearTotal must be at least lastYearSamePart");
    // 30 now, as 20 of last year's 80 was: 30 × 80 / 20 = 120; a part equal to the total projects the value.
    assertThat(new PriorYearProfileProjection(observed, Q1, YEAR, Quantity.count(20), Quantity.count(80)).value())
        .isEqualTo(Quantity.count(120));
    assertThat(new PriorYearProfileProjection(observed, Q1, YEAR, Quantity.count(20), Quantity.count(20)).value())
        .isEqualTo(observed);
  }

  @Test
  void test_changeFormat_placesFromZeroToTen() {
    assertThat(new ChangeFormat(10, 0, RoundingMode.HALF_UP).percentDecimals()).isEqualTo(10);
    assertThat(new ChangeFormat(0, 10, RoundingMode.HALF_UP).amountDecimals()).isEqualTo(10);
    assertThatThrownBy(() -> new ChangeFormat(11, 0, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percentDecimals must be within 0..10 but was 11");
    assertThatThrownBy(() -> new ChangeFormat(-1, 0, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percentDecimals must be within 0..10 but was -1");
    assertThatThrownBy(() -> new ChangeFormat(0, 11, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amountDecimals must be within 0..10 but was 11");
  }

  @Test
  void test_aggregation_ofNoParts_isRefused() {
    assertThatThrownBy(() -> Aggregation.aggregate(Areas.PAN_DORSET_CDP, Areas.hierarchy(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("parts of ");
  }
}
