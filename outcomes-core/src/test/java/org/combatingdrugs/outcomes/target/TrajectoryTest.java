package org.combatingdrugs.outcomes.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.DateRange;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.YearToDate;
import org.junit.jupiter.api.Test;

class TrajectoryTest {
  private static final FinancialYear FY2022 = FinancialYear.of(2022);
  private static final FinancialYear FY2023 = FinancialYear.of(2023);
  private static final Baseline BCP_2022 = Baseline.of(FY2022, Quantity.of(2590, Unit.COUNT));
  private static final Target BCP_TARGET = Target.reach(Quantity.of(2700, Unit.COUNT), FY2023);

  // Dorset CDP, July 2023: BCP adults in treatment, 2,590 in 2022/23 towards 2,700 in 2023/24.
  @Test
  void test_expectedAt_bcpAdultsInTreatment() {
    Trajectory t = Trajectory.linear(BCP_2022, BCP_TARGET, ElapsedBasis.MONTHS);
    assertThat(t.expectedAt(FY2022)).isEqualTo(Quantity.of(2590, Unit.COUNT));
    assertThat(t.expectedAt(FY2023)).isEqualTo(Quantity.of(2700, Unit.COUNT));
    // Half-way through the year, the line is half-way from the baseline to the target.
    assertThat(t.elapsedFractionAt(CalendarMonth.of(2023, 9))).isEqualTo(Exact.of(1, 2));
    assertThat(t.expectedAt(YearToDate.through(CalendarMonth.of(2023, 9))))
        .isEqualTo(midpoint(BCP_2022.value(), BCP_TARGET.level()));
  }

  @Test
  void test_expectedAt_quartersAndDays() {
    Trajectory quarters = Trajectory.linear(BCP_2022, BCP_TARGET, ElapsedBasis.QUARTERS);
    Trajectory months = Trajectory.linear(BCP_2022, BCP_TARGET, ElapsedBasis.MONTHS);
    // At a quarter end, counting quarters and counting months agree; a quarter of the way along,
    // the line is half-way between the baseline and its half-year value.
    assertThat(quarters.expectedAt(CalendarMonth.of(2023, 6))).isEqualTo(months.expectedAt(CalendarMonth.of(2023, 6)));
    assertThat(quarters.expectedAt(CalendarMonth.of(2023, 6)))
        .isEqualTo(midpoint(BCP_2022.value(), quarters.expectedAt(CalendarMonth.of(2023, 9))));
    Trajectory days = Trajectory.linear(BCP_2022, BCP_TARGET, ElapsedBasis.DAYS);
    assertThat(days.elapsedFractionAt(CalendarMonth.of(2023, 4)))
        .isEqualTo(Exact.of(30, 366));
  }

  private static Quantity midpoint(Quantity a, Quantity b) {
    return a.plus(b).divide(Exact.of(2));
  }

  @Test
  void test_linear_usesTheTargetsOwnBaseline() {
    // 2,590 × (1 + 11/259) is BCP's 2,700: the same line as from the baseline to the reach target.
    Target t = Target.changeBy(BCP_2022, Exact.of(11, 259), FY2023);
    assertThat(t.level()).isEqualTo(BCP_TARGET.level());
    assertThat(Trajectory.linear(t, ElapsedBasis.MONTHS).expectedAt(CalendarMonth.of(2023, 9)))
        .isEqualTo(Trajectory.linear(BCP_2022, BCP_TARGET, ElapsedBasis.MONTHS).expectedAt(CalendarMonth.of(2023, 9)));
    assertThatThrownBy(() -> Trajectory.linear(BCP_TARGET, ElapsedBasis.MONTHS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseline");
  }

  @Test
  void test_expectedAt_rejectsPeriodsOutsideTheTrajectory() {
    Trajectory t = Trajectory.linear(BCP_2022, BCP_TARGET, ElapsedBasis.MONTHS);
    assertThatThrownBy(() -> t.expectedAt(CalendarMonth.of(2023, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before the baseline")
        .hasMessageContaining("2023-02-28");
    assertThatThrownBy(() -> t.expectedAt(CalendarMonth.of(2024, 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after the target")
        .hasMessageContaining("2024-04-30");
  }

  @Test
  void test_expectedAt_monthsNeedMonthEndsAndQuartersQuarterEnds() {
    Trajectory months = Trajectory.linear(BCP_2022, BCP_TARGET, ElapsedBasis.MONTHS);
    assertThatThrownBy(
            () -> months.expectedAt(DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 9, 15))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end of a month")
        .hasMessageContaining("2023-09-15");
    Trajectory quarters = Trajectory.linear(BCP_2022, BCP_TARGET, ElapsedBasis.QUARTERS);
    assertThatThrownBy(() -> quarters.expectedAt(CalendarMonth.of(2023, 8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end of a quarter")
        .hasMessageContaining("2023-08-31");
  }

  @Test
  void test_linear_rejectsMismatchedUnitsAndAnEmptySpan() {
    assertThatThrownBy(
            () ->
                Trajectory.linear(
                    BCP_2022, Target.reach(Quantity.of(75, Unit.PERCENT), FY2023), ElapsedBasis.DAYS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                Trajectory.linear(
                    BCP_2022, Target.reach(Quantity.of(1, Unit.COUNT), FY2022), ElapsedBasis.DAYS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2022/23");
  }
}
