package org.combatingdrugs.outcomes.calc;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.YearToDate;

class ProjectionProperties {

  @Property
  void aRunRateOfACompletePeriodIsTheValueItself(
      @ForAll @IntRange(min = 2000, max = 2100) int year,
      @ForAll @LongRange(min = 0, max = 10_000_000) long value) {
    FinancialYear fy = FinancialYear.of(year);
    for (ElapsedBasis basis : ElapsedBasis.values()) {
      assertThat(Projections.runRate(Quantity.count(value), fy, fy, basis).value())
          .isEqualTo(Quantity.count(value));
    }
  }

  @Property
  void aRunRateIsLinearInTheValue(
      @ForAll @IntRange(min = 2000, max = 2100) int year,
      @ForAll @IntRange(min = 4, max = 15) int lastMonth,
      @ForAll @LongRange(min = 0, max = 10_000_000) long first,
      @ForAll @LongRange(min = 0, max = 10_000_000) long second,
      @ForAll @LongRange(min = 1, max = 1000) long factor) {
    FinancialYear fy = FinancialYear.of(year);
    YearToDate soFar = YearToDate.through(CalendarMonth.of(year, 4).plusMonths(lastMonth - 4));
    Quantity a = Quantity.count(first);
    Quantity b = Quantity.count(second);
    for (ElapsedBasis basis : new ElapsedBasis[] {ElapsedBasis.DAYS, ElapsedBasis.MONTHS}) {
      Quantity projectedSum = Projections.runRate(a.plus(b), soFar, fy, basis).value();
      Quantity sumOfProjections =
          Projections.runRate(a, soFar, fy, basis).value().plus(Projections.runRate(b, soFar, fy, basis).value());
      assertThat(projectedSum).isEqualTo(sumOfProjections);
      assertThat(Projections.runRate(a.multiply(Exact.of(factor)), soFar, fy, basis).value())
          .isEqualTo(Projections.runRate(a, soFar, fy, basis).value().multiply(Exact.of(factor)));
      assertThat(Projections.runRate(a, soFar, fy, basis).value().compareTo(a)).isGreaterThanOrEqualTo(0);
    }
  }

  @Property
  void aProfileEqualToLastYearsProjectsLastYearsTotal(
      @ForAll @LongRange(min = 1, max = 1_000_000) long lastYearPart,
      @ForAll @LongRange(min = 0, max = 1_000_000) long rest) {
    FinancialYear fy = FinancialYear.of(2023);
    Quantity part = Quantity.count(lastYearPart);
    Quantity total = Quantity.count(lastYearPart + rest);
    assertThat(
            Projections.priorYearProfile(part, fy.quarter(1), fy, part, total).orElseThrow().value())
        .isEqualTo(total);
  }
}
