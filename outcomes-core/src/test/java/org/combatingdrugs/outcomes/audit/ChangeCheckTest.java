package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.calc.Projections;
import org.combatingdrugs.outcomes.calc.RunRateProjection;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.junit.jupiter.api.Test;

class ChangeCheckTest {

  private static ChangeCheck check(String published, long base, long current) {
    return ChangeCheck.of(
        new BigDecimal(published),
        PercentageChange.between(Quantity.count(base), Quantity.count(current)),
        RoundingMode.HALF_UP);
  }

  @Test
  void test_slips_dorsetJuly2023() {
    assertThat(check("90", 80, 152).isConsistent()).isTrue();
    ChangeCheck soc = check("7.4", 964, 1036);
    assertThat(soc.isConsistent()).isFalse();
    assertThat(soc.figure().expected()).isEqualByComparingTo("7.5");
    assertThat(soc.slips()).containsExactly(ChangeSlip.TRUNCATED);
    ChangeCheck neighbourhood = check("6.9", 188, 202);
    assertThat(neighbourhood.figure().expected()).isEqualByComparingTo("7.4");
    assertThat(neighbourhood.slips()).containsExactly(ChangeSlip.DIVIDED_BY_LATER_VALUE);
  }

  @Test
  void test_slips_ratioAndSign() {
    assertThat(check("107.5", 964, 1036).slips()).containsExactly(ChangeSlip.RATIO_FOR_CHANGE);
    assertThat(check("3.1", 774, 750).slips()).containsExactly(ChangeSlip.SIGN_REVERSED);
    assertThat(check("-3.1", 774, 750).slips()).isEmpty();
    assertThat(check("12.0", 774, 750).slips()).isEmpty();
  }

  @Test
  void test_of_refusesAZeroBase() {
    assertThatThrownBy(() -> check("5", 0, 5))
        .hasMessage("change must have a non-zero base to check a percentage but was 0 → 5: undefined (+5)");
  }

  @Test
  void test_projectionCheck_dorsetCashSeized() {
    FinancialYear fy = FinancialYear.of(2023);
    RunRateProjection cash =
        Projections.runRate(Quantity.pounds("23756"), fy.quarter(1), fy, ElapsedBasis.QUARTERS);
    ProjectionCheck check = ProjectionCheck.of(new BigDecimal("94304"), cash, RoundingMode.HALF_UP);
    assertThat(check.isConsistent()).isFalse();
    assertThat(check.figure().discrepancy()).isEqualByComparingTo("-720");
    assertThat(check.impliedObservedValue()).isEqualTo(Exact.of(23576));
    assertThat(check.slips()).containsExactly(ProjectionSlip.OBSERVED_VALUE_TRANSPOSED);
    ChangeCheck published =
        ChangeCheck.of(
            new BigDecimal("37.8"),
            PercentageChange.between(Quantity.pounds("68413"), Quantity.pounds("94304")),
            RoundingMode.HALF_UP);
    assertThat(published.isConsistent()).isTrue();

    RunRateProjection countyLines =
        Projections.runRate(Quantity.count(38), fy.quarter(1), fy, ElapsedBasis.QUARTERS);
    assertThat(ProjectionCheck.of(new BigDecimal("152"), countyLines, RoundingMode.HALF_UP).isConsistent())
        .isTrue();
    assertThat(ProjectionCheck.of(new BigDecimal("125"), countyLines, RoundingMode.HALF_UP).slips())
        .containsExactly(ProjectionSlip.PROJECTION_TRANSPOSED);
  }

  @Test
  void test_transpositions() {
    assertThat(Transpositions.isAdjacentTransposition(23756, 23576)).isTrue();
    assertThat(Transpositions.isAdjacentTransposition(23756, 23756)).isFalse();
    assertThat(Transpositions.isAdjacentTransposition(23756, 25736)).isFalse();
    assertThat(Transpositions.isAdjacentTransposition(12, 21)).isTrue();
    assertThat(Transpositions.isAdjacentTransposition(10, 1)).isFalse();
    assertThat(Transpositions.isAdjacentTransposition(1221, 2112)).isFalse();
    assertThatThrownBy(() -> Transpositions.isAdjacentTransposition(-1, 1))
        .hasMessage("intended must be 0 or more but was -1");
  }

  @org.junit.jupiter.api.Test
  void test_slips_sayTruncatedOnlyWhenNoRoundingToNearestExplainsIt() {
    // 7.25% exactly: half-down and half-even print 7.2 too, so 7.2 is another rounding, not proof of truncation.
    var tie = PercentageChange.between(Quantity.count(400), Quantity.count(429));
    assertThat(ChangeCheck.of(new BigDecimal("7.2"), tie, RoundingMode.HALF_UP).slips())
        .containsExactly(ChangeSlip.OTHER_ROUNDING);
    // 7.469%: only cutting off the digits gives 7.4.
    var soc = PercentageChange.between(Quantity.count(964), Quantity.count(1036));
    assertThat(ChangeCheck.of(new BigDecimal("7.4"), soc, RoundingMode.HALF_UP).slips())
        .containsExactly(ChangeSlip.TRUNCATED);
    // 7.469% printed 7.5 under a truncating convention: rounded, not truncated.
    assertThat(ChangeCheck.of(new BigDecimal("7.5"), soc, RoundingMode.DOWN).slips())
        .containsExactly(ChangeSlip.OTHER_ROUNDING);
  }

  @org.junit.jupiter.api.Test
  void test_printedFigures_checkAsTheirNumbersDo() {
    var soc = PercentageChange.between(Quantity.count(964), Quantity.count(1036));
    assertThat(ChangeCheck.of(org.combatingdrugs.outcomes.measure.PrintedFigure.parse("+7.4%"), soc, RoundingMode.HALF_UP).slips())
        .containsExactly(ChangeSlip.TRUNCATED);
    assertThatThrownBy(
            () -> ChangeCheck.of(org.combatingdrugs.outcomes.measure.PrintedFigure.parse("7.4"), soc, RoundingMode.HALF_UP))
        .hasMessage("printed must be a percentage but was '7.4'");
    FinancialYear fy = FinancialYear.of(2023);
    RunRateProjection cash =
        Projections.runRate(Quantity.pounds("23756"), fy.quarter(1), fy, ElapsedBasis.QUARTERS);
    ProjectionCheck printed =
        ProjectionCheck.of(org.combatingdrugs.outcomes.measure.PrintedFigure.parse("£94,304"), cash, RoundingMode.HALF_UP);
    assertThat(printed.slips()).containsExactly(ProjectionSlip.OBSERVED_VALUE_TRANSPOSED);
    assertThat(
            ProjectionCheck.of(org.combatingdrugs.outcomes.measure.PrintedFigure.parse("£95k"), cash, RoundingMode.HALF_UP)
                .isConsistent())
        .isTrue();
  }
}
