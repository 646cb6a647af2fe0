package org.combatingdrugs.outcomes.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.Optional;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.result.NotComputedException;
import org.combatingdrugs.outcomes.result.Result;
import org.junit.jupiter.api.Test;

class TargetTest {
  private static final FinancialYear FY2022 = FinancialYear.of(2022);
  private static final FinancialYear FY2023 = FinancialYear.of(2023);
  private static final FinancialYear FY2024 = FinancialYear.of(2024);

  private static Quantity count(long n) {
    return Quantity.of(n, Unit.COUNT);
  }

  private static Quantity percent(String p) {
    return Quantity.of(new BigDecimal(p), Unit.PERCENT);
  }

  // Dorset CDP progress report, July 2023: adults in treatment, 2022/23 actual against 2023/24.
  @Test
  void test_attainmentOf_bcpAdultsInTreatmentGapIs110() {
    Attainment a =
        Target.reach(count(2700), FY2023).attainmentOf(count(2590), Polarity.HIGHER_IS_BETTER).orElseThrow();
    assertThat(a.met()).isFalse();
    assertThat(a.gap()).isEqualTo(count(110));
    assertThat(a.shortfall()).isEqualTo(count(110));
    assertThat(a.attainedFraction()).isEqualTo(Result.computed(Exact.of(2590, 2700)));
  }

  @Test
  void test_attainmentOf_dorsetAdultsInTreatmentGapIs53() {
    Attainment a =
        Target.reach(count(1942), FY2023).attainmentOf(count(1889), Polarity.HIGHER_IS_BETTER).orElseThrow();
    assertThat(a.gap()).isEqualTo(count(53));
    assertThat(a.met()).isFalse();
  }

  // Continuity of care: the 75% ambition due 2024/25, gaps in percentage points.
  @Test
  void test_attainmentOf_continuityOfCareGapsInPoints() {
    Target ambition = Target.reach(percent("75"), FY2024);
    assertThat(ambition.attainmentOf(percent("45.2"), Polarity.HIGHER_IS_BETTER).orElseThrow().gap())
        .isEqualTo(Quantity.points("29.8"));
    assertThat(ambition.attainmentOf(percent("67.7"), Polarity.HIGHER_IS_BETTER).orElseThrow().gap())
        .isEqualTo(Quantity.points("7.3"));
  }

  @Test
  void test_attainmentOf_metTargetHasZeroShortfallAndNegativeGap() {
    Attainment a =
        Target.reach(percent("57"), FY2024).attainmentOf(percent("60"), Polarity.HIGHER_IS_BETTER).orElseThrow();
    assertThat(a.met()).isTrue();
    assertThat(a.shortfall().signum()).isZero();
    assertThat(a.gap()).isEqualTo(Quantity.points("-3"));
  }

  @Test
  void test_attainmentOf_lowerIsBetterMeetsAtOrBelowTheLevel() {
    Target t = Target.reach(count(100), FY2023);
    assertThat(t.attainmentOf(count(100), Polarity.LOWER_IS_BETTER).orElseThrow().met()).isTrue();
    Attainment above = t.attainmentOf(count(104), Polarity.LOWER_IS_BETTER).orElseThrow();
    assertThat(above.met()).isFalse();
    assertThat(above.shortfall()).isEqualTo(count(4));
    assertThat(above.gap()).isEqualTo(count(-4));
    assertThat(above.attainedFraction())
        .isEqualTo(Result.notComputed(AttainmentReason.NOT_REACHED_FROM_BELOW));
  }

  @Test
  void test_attainmentOf_noJudgementIsNotComputedForAReachTarget() {
    Target t = Target.reach(count(5), FY2023);
    assertThat(t.attainmentOf(count(4), Polarity.NO_JUDGEMENT))
        .isEqualTo(Result.notComputed(AttainmentReason.NO_JUDGEMENT_POLARITY));
    assertThatThrownBy(() -> t.attainmentOf(count(4), Polarity.NO_JUDGEMENT).orElseThrow())
        .isInstanceOf(NotComputedException.class)
        .hasMessage(
            "not computed: the metric has no better direction, so no side of the target's level"
                + " meets it (NO_JUDGEMENT_POLARITY)");
    assertThat(t.meetingBound(Polarity.NO_JUDGEMENT)).isEmpty();
    assertThatThrownBy(() -> t.attainmentOf(percent("4"), Polarity.NO_JUDGEMENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Unit.PERCENT.toString());
  }

  @Test
  void test_attainedFraction_isNotComputedForALevelNotAboveZero() {
    Target zero = Target.reach(count(0), FY2023);
    assertThat(zero.attainmentOf(count(4), Polarity.HIGHER_IS_BETTER).orElseThrow().attainedFraction())
        .isEqualTo(Result.notComputed(AttainmentReason.LEVEL_NOT_POSITIVE));
    Target negative = Target.reach(count(-10), FY2023);
    assertThat(
            negative.attainmentOf(count(-12), Polarity.HIGHER_IS_BETTER).orElseThrow().attainedFraction())
        .hasToString("not computed: the target's level is not positive, so a share of it has no meaning");
  }

  @Test
  void test_attainmentOf_boundTargetMustAgreeWithAJudgingPolarity() {
    Target t = Target.stayWithin(Bound.AT_MOST, count(30), FY2023);
    assertThat(t.attainmentOf(count(31), Polarity.NO_JUDGEMENT).orElseThrow().met()).isFalse();
    assertThat(t.attainmentOf(count(31), Polarity.LOWER_IS_BETTER).orElseThrow().shortfall())
        .isEqualTo(count(1));
    assertThat(t.attainmentOf(count(30), Polarity.LOWER_IS_BETTER).orElseThrow().met()).isTrue();
    assertThatThrownBy(() -> t.attainmentOf(count(30), Polarity.HIGHER_IS_BETTER))
        .hasMessage(
            "bound AT_MOST contradicts polarity HIGHER_IS_BETTER: improving the value would break"
                + " the target");
  }

  @Test
  void test_attainmentOf_unitsMustMatch() {
    assertThatThrownBy(
            () ->
                Target.reach(percent("75"), FY2024)
                    .attainmentOf(count(45), Polarity.HIGHER_IS_BETTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Unit.PERCENT.toString())
        .hasMessageContaining(Unit.COUNT.toString());
  }

  @Test
  void test_changeBy_tenPercentReductionFromBaseline() {
    Baseline b = Baseline.of(FY2022, count(250));
    RelativeChangeTarget t = Target.changeBy(b, Exact.of(-1, 10), FY2024);
    assertThat(t.level()).isEqualTo(count(225));
    assertThat(t.baseline()).contains(b);
    assertThat(t.attainmentOf(count(230), Polarity.LOWER_IS_BETTER).orElseThrow().shortfall())
        .isEqualTo(count(5));
  }

  @Test
  void test_changeBy_relativeMustBeAboveMinusOne() {
    Baseline b = Baseline.of(FY2022, count(250));
    assertThatThrownBy(() -> Target.changeBy(b, Exact.of(-1), FY2024))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("relative")
        .hasMessageContaining("-1");
  }

  @Test
  void test_changeByAbsolute_addsTheDeltaInTheSameUnits() {
    Baseline b = Baseline.of(FY2022, percent("45.2"));
    assertThat(Target.changeByAbsolute(b, percent("5"), FY2023).level())
        .isEqualTo(percent("50.2"));
    assertThatThrownBy(() -> Target.changeByAbsolute(b, count(5), FY2023))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delta")
        .hasMessageContaining(Unit.COUNT.toString())
        .hasMessageContaining(Unit.PERCENT.toString());
  }

  @Test
  void test_changeBy_dueBeforeBaselineIsRejectedNamingBothPeriods() {
    Baseline b = Baseline.of(FY2023, count(100));
    assertThatThrownBy(() -> Target.changeBy(b, Exact.of(1, 10), FY2022))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023/24")
        .hasMessageContaining("2022/23");
    assertThatThrownBy(() -> Target.changeByAbsolute(b, count(1), FY2022))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Target.changeBy(b, Exact.ZERO, FY2023).due()).isEqualTo(FY2023);
  }

  @Test
  void test_baseline_emptyForReachAndBound() {
    assertThat(Target.reach(count(1), FY2023).baseline()).isEqualTo(Optional.empty());
    assertThat(Target.stayWithin(Bound.AT_LEAST, count(1), FY2023).baseline()).isEmpty();
  }

  @Test
  void test_equals_byComponents() {
    Baseline b = Baseline.of(FY2022, count(250));
    new EqualsTester()
        .addEqualityGroup(Target.reach(count(2700), FY2023), Target.reach(count(2700), FY2023))
        .addEqualityGroup(Target.reach(count(2700), FY2024))
        .addEqualityGroup(Target.stayWithin(Bound.AT_LEAST, count(2700), FY2023))
        .addEqualityGroup(
            Target.changeBy(b, Exact.of(-1, 10), FY2024),
            Target.changeBy(Baseline.of(FY2022, count(250)), Exact.of(-2, 20), FY2024))
        .addEqualityGroup(Target.changeByAbsolute(b, count(-25), FY2024))
        .testEquals();
  }

  @Test
  void test_nulls_rejected() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ReportingPeriod.class, FY2023)
            .setDefault(Quantity.class, count(1))
            .setDefault(Exact.class, Exact.ZERO)
            .setDefault(Baseline.class, Baseline.of(FY2022, count(1)));
    tester.testAllPublicStaticMethods(Target.class);
    tester.testAllPublicStaticMethods(Baseline.class);
    tester.testAllPublicStaticMethods(Attainment.class);
    tester.testAllPublicInstanceMethods(Target.reach(count(1), FY2023));
  }

  @Test
  void test_changeByAbsolute_keepsItsBaseline() {
    Baseline b = Baseline.of(FY2022, percent("45.2"));
    assertThat(Target.changeByAbsolute(b, percent("5"), FY2023).baseline()).contains(b);
  }
}
