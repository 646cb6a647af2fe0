package org.combatingdrugs.outcomes.period;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.StatisticsReport;
import org.combatingdrugs.outcomes.exact.Exact;

class ReportingPeriodProperties {

  @Provide
  Arbitrary<ReportingPeriod> periods() {
    return PeriodArbitraries.anyPeriod();
  }

  @Provide
  Arbitrary<FinancialYear> years() {
    return PeriodArbitraries.financialYears();
  }

  @Provide
  Arbitrary<CalendarMonth> months() {
    return PeriodArbitraries.months();
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void periodsOrderByStartThenEndWhateverTheirKinds(
      @ForAll("periods") ReportingPeriod a, @ForAll("periods") ReportingPeriod b) {
    int byDates = a.start().compareTo(b.start());
    if (byDates == 0) {
      byDates = a.end().compareTo(b.end());
    }
    if (byDates == 0) {
      byDates = Integer.compare(ReportingPeriods.rankOf(a), ReportingPeriods.rankOf(b));
    }
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(byDates));
    assertThat(Integer.signum(b.compareTo(a))).isEqualTo(-Integer.signum(byDates));
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void periodsOfOneKindOrderByTheirDates(
      @ForAll("periods") ReportingPeriod a, @ForAll("steps") int steps) {
    ReportingPeriod b = a;
    for (int i = 0; i < steps; i++) {
      b = b.next();
    }
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(-steps));
    assertThat(Integer.signum(b.compareTo(a))).isEqualTo(Integer.signum(steps));
    assertThat(b.start()).isAfterOrEqualTo(a.start());
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void quartersTileTheirYearDayByDay(@ForAll("years") FinancialYear year) {
    assertThat(year.quarter(1).start()).isEqualTo(year.start());
    assertThat(year.quarter(4).end()).isEqualTo(year.end());
    for (FinancialQuarter quarter : year.quarters()) {
      assertThat(quarter.next().start()).isEqualTo(quarter.end().plusDays(1));
      assertThat(quarter.start().getDayOfMonth()).isEqualTo(1);
      assertThat(quarter.end().plusDays(1).getDayOfMonth()).isEqualTo(1);
    }
  }

  @Provide
  Arbitrary<Integer> steps() {
    return net.jqwik.api.Arbitraries.integers().between(0, 1);
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void parsingTheLabelGivesThePeriodBack(@ForAll("periods") ReportingPeriod period) {
    assertThat(ReportingPeriods.parse(period.toString())).isEqualTo(period);
    assertThat(ReportingPeriods.parse(period.toString().toLowerCase(java.util.Locale.ROOT)))
        .isEqualTo(period);
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void nextAndPreviousUndoEachOther(@ForAll("periods") ReportingPeriod period) {
    assertThat(period.next().previous()).isEqualTo(period);
    assertThat(period.previous().next()).isEqualTo(period);
    assertThat(period.next().start()).isAfter(period.start());
    assertThat(period.next().end()).isAfter(period.end());
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void aPeriodEnclosesItselfAndItsElapsedFractionIsOne(@ForAll("periods") ReportingPeriod period) {
    assertThat(period.encloses(period)).isTrue();
    assertThat(period.elapsedFractionOf(period, ElapsedBasis.DAYS)).isEqualTo(Exact.ONE);
    assertThat(period.shareOf(period, ElapsedBasis.DAYS)).isEqualTo(Exact.ONE);
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void theQuartersOfAYearShareItWhole(@ForAll("years") FinancialYear year) {
    for (ElapsedBasis basis : ElapsedBasis.values()) {
      Exact total = Exact.ZERO;
      for (FinancialQuarter quarter : year.quarters()) {
        assertThat(year.encloses(quarter)).isTrue();
        total = total.add(quarter.shareOf(year, basis));
      }
      assertThat(total).as("by %s", basis).isEqualTo(Exact.ONE);
    }
    assertThat(year.quarter(4).elapsedFractionOf(year, ElapsedBasis.QUARTERS))
        .isEqualTo(Exact.ONE);
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void theMonthsOfAYearShareItWhole(@ForAll("years") FinancialYear year) {
    for (ElapsedBasis basis : new ElapsedBasis[] {ElapsedBasis.DAYS, ElapsedBasis.MONTHS}) {
      Exact total = Exact.ZERO;
      for (CalendarMonth month : year.months()) {
        total = total.add(month.shareOf(year, basis));
      }
      assertThat(total).as("by %s", basis).isEqualTo(Exact.ONE);
    }
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void elapsedFractionsGrowMonthByMonth(@ForAll("years") FinancialYear year) {
    Exact previous = Exact.ZERO;
    for (CalendarMonth month : year.months()) {
      Exact elapsed = month.elapsedFractionOf(year, ElapsedBasis.MONTHS);
      assertThat(elapsed).isGreaterThan(previous);
      assertThat(YearToDate.through(month).shareOf(year, ElapsedBasis.MONTHS)).isEqualTo(elapsed);
      previous = elapsed;
    }
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void sameLastYearIsAYearOfSteps(@ForAll("months") CalendarMonth month) {
    ReportingPeriod stepped = month;
    for (int i = 0; i < 12; i++) {
      stepped = stepped.previous();
    }
    assertThat(month.sameLastYear()).isEqualTo(stepped);
    FinancialQuarter quarter = FinancialQuarter.containing(month.start());
    assertThat(quarter.sameLastYear())
        .isEqualTo(quarter.previous().previous().previous().previous());
    assertThat(quarter.sameLastYear().encloses(month.sameLastYear())).isTrue();
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void typedParseGivesThePeriodBackAsItsOwnType(@ForAll("periods") ReportingPeriod period) {
    ReportingPeriod typed = ReportingPeriods.parse(period.label(), period.getClass());
    org.assertj.core.api.Assertions.assertThat(typed).isEqualTo(period);
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void orderIsConsistentWithEqualsAndAntisymmetric(
      @ForAll("periods") ReportingPeriod a, @ForAll("periods") ReportingPeriod b) {
    org.assertj.core.api.Assertions.assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    org.assertj.core.api.Assertions.assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    org.assertj.core.api.Assertions.assertThat(a.compareTo(a.next())).isNegative();
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void theGeneratorReachesEveryKindAndTheFourthQuarter(@ForAll("periods") ReportingPeriod period) {
    net.jqwik.api.statistics.Statistics.label("kind").collect(period.getClass().getSimpleName());
    boolean q4 = period instanceof FinancialQuarter quarter && quarter.quarter() == 4;
    net.jqwik.api.statistics.Statistics.label("Q4").collect(q4);
    net.jqwik.api.statistics.Statistics.label("kind").coverage(checker -> {
      for (String kind :
          java.util.List.of("FinancialYear", "FinancialYears", "FinancialQuarter", "FinancialQuarters",
              "CalendarMonth", "MonthRange", "CalendarQuarter", "CalendarYear", "CalendarYears",
              "YearToDate", "Rolling12Months", "DateRange")) {
        checker.check(kind).count(c -> c > 0);
      }
    });
    net.jqwik.api.statistics.Statistics.label("Q4").coverage(checker -> checker.check(true).count(c -> c > 0));
    org.assertj.core.api.Assertions.assertThat(ReportingPeriods.parse(period.label())).isEqualTo(period);
  }
}
