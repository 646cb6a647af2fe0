package org.combatingdrugs.outcomes.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialQuarter;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.YearToDate;
import org.combatingdrugs.outcomes.result.Result;

class ProjectionProperties {

  /** The year to date of a financial year through its n-th month (1 = April, 12 = March). */
  private static YearToDate throughMonth(FinancialYear year, int month) {
    return YearToDate.through(CalendarMonth.of(year.startYear(), 4).plusMonths(month - 1));
  }

  /** Fails the property unless it reaches the fourth quarter and the whole year. */
  private static void coverMonth(int month) {
    Statistics.label("last month observed").collect(month == 12 ? "March: the whole year" : "Q" + ((month - 1) / 3 + 1));
    Statistics.label("last month observed").coverage(checker -> {
      checker.check("Q1").count(c -> c > 0);
      checker.check("Q4").count(c -> c > 0);
      checker.check("March: the whole year").count(c -> c > 0);
    });
  }

  /** Fails the property unless it reaches each quarter, the fourth among them. */
  private static void coverQuarter(int quarter) {
    Statistics.label("quarter").collect("Q" + quarter);
    Statistics.label("quarter").coverage(checker -> {
      for (int q = 1; q <= 4; q++) {
        checker.check("Q" + q).count(c -> c > 0);
      }
    });
  }

  /** Fails the property unless some of its values are zero. */
  private static void coverZero(String label, long value) {
    Statistics.label(label).collect(value == 0 ? "zero" : "positive");
    Statistics.label(label).coverage(checker -> {
      checker.check("zero").count(c -> c > 0);
      checker.check("positive").percentage(p -> p > 50);
    });
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void aRunRateOfACompletePeriodIsTheValueItself(
      @ForAll @IntRange(min = 2000, max = 2100) int year,
      @ForAll @IntRange(min = 1, max = 4) int quarter,
      @ForAll @LongRange(min = 0, max = 10_000_000) long value) {
    coverQuarter(quarter);
    coverZero("value", value);
    FinancialYear fy = FinancialYear.of(year);
    Quantity v = Quantity.count(value);
    for (ElapsedBasis basis : ElapsedBasis.values()) {
      assertThat(Projections.runRate(v, fy, fy, basis).value()).isEqualTo(v);
      assertThat(Projections.runRate(v, throughMonth(fy, 12), fy, basis).value()).isEqualTo(v);
      assertThat(Projections.runRate(v, YearToDate.through(fy.quarter(4)), fy, basis).value()).isEqualTo(v);
      assertThat(Projections.runRate(v, fy.quarter(quarter), fy.quarter(quarter), basis).value()).isEqualTo(v);
    }
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void aRunRateIsLinearInTheValueAndNeverBelowIt(
      @ForAll @IntRange(min = 2000, max = 2100) int year,
      @ForAll @IntRange(min = 1, max = 12) int lastMonth,
      @ForAll @LongRange(min = 0, max = 10_000_000) long first,
      @ForAll @LongRange(min = 0, max = 10_000_000) long second,
      @ForAll @LongRange(min = 1, max = 1000) long factor) {
    coverMonth(lastMonth);
    coverZero("first", first);
    FinancialYear fy = FinancialYear.of(year);
    YearToDate soFar = throughMonth(fy, lastMonth);
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

  /** The same value seen over a longer part of the year projects to no more. */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void theSameValueOverALongerPartOfTheYearProjectsNoMore(
      @ForAll @IntRange(min = 2000, max = 2100) int year,
      @ForAll @IntRange(min = 1, max = 11) int lastMonth,
      @ForAll @LongRange(min = 0, max = 10_000_000) long value) {
    coverMonth(lastMonth + 1);
    coverZero("value", value);
    FinancialYear fy = FinancialYear.of(year);
    Quantity v = Quantity.count(value);
    for (ElapsedBasis basis : new ElapsedBasis[] {ElapsedBasis.DAYS, ElapsedBasis.MONTHS}) {
      Quantity shorter = Projections.runRate(v, throughMonth(fy, lastMonth), fy, basis).value();
      Quantity longer = Projections.runRate(v, throughMonth(fy, lastMonth + 1), fy, basis).value();
      assertThat(longer.compareTo(shorter)).isLessThanOrEqualTo(0);
      assertThat(longer.compareTo(shorter) == 0).isEqualTo(value == 0);
    }
  }

  /**
   * A steady monthly rate projects the same year's total whenever it is read: c a month for n
   * months is 12c by months, and 4 × the quarter's value at every quarter end by quarters.
   */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void aSteadyRateProjectsTheSameTotalWhicheverMonthItIsReadIn(
      @ForAll @IntRange(min = 2000, max = 2100) int year,
      @ForAll @IntRange(min = 1, max = 12) int lastMonth,
      @ForAll @LongRange(min = 0, max = 1_000_000) long perMonth) {
    coverMonth(lastMonth);
    coverZero("per month", perMonth);
    FinancialYear fy = FinancialYear.of(year);
    Quantity total = Quantity.count(12 * perMonth);
    assertThat(Projections.runRate(Quantity.count(lastMonth * perMonth), throughMonth(fy, lastMonth), fy, ElapsedBasis.MONTHS).value())
        .isEqualTo(total);
    int quarter = (lastMonth - 1) / 3 + 1;
    assertThat(
            Projections.runRate(
                    Quantity.count(3L * quarter * perMonth), YearToDate.through(fy.quarter(quarter)), fy, ElapsedBasis.QUARTERS)
                .value())
        .isEqualTo(total);
    assertThat(Projections.runRate(Quantity.count(3 * perMonth), fy.quarter(quarter), fy, ElapsedBasis.QUARTERS).value())
        .isEqualTo(total);
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void aProfileEqualToLastYearsProjectsLastYearsTotal(
      @ForAll @IntRange(min = 1, max = 12) int lastMonth,
      @ForAll @LongRange(min = 0, max = 1_000_000) long lastYearPart,
      @ForAll @LongRange(min = 0, max = 1_000_000) long rest) {
    coverMonth(lastMonth);
    coverZero("last year's part", lastYearPart);
    FinancialYear fy = FinancialYear.of(2023);
    Quantity part = Quantity.count(lastYearPart);
    Quantity total = Quantity.count(lastYearPart + rest);
    Result<PriorYearProfileProjection, ProjectionReason> profile =
        Projections.priorYearProfile(part, throughMonth(fy, lastMonth), fy, part, total);
    if (lastYearPart == 0) {
      assertThat(profile).isEqualTo(Result.notComputed(ProjectionReason.ZERO_PRIOR_YEAR_SHARE));
    } else {
      assertThat(profile.orElseThrow().value()).isEqualTo(total);
    }
  }

  /** Seen over the whole year, a value projects to itself whatever last year's profile. */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void aProfileOfTheWholeYearIsTheValueItself(
      @ForAll @LongRange(min = 0, max = 1_000_000) long value,
      @ForAll @LongRange(min = 1, max = 1_000_000) long lastYear) {
    coverZero("value", value);
    FinancialYear fy = FinancialYear.of(2023);
    Quantity last = Quantity.count(lastYear);
    assertThat(Projections.priorYearProfile(Quantity.count(value), fy, fy, last, last).orElseThrow().value())
        .isEqualTo(Quantity.count(value));
    assertThat(
            Projections.priorYearProfile(Quantity.count(value), throughMonth(fy, 12), fy, last, last).orElseThrow().value())
        .isEqualTo(Quantity.count(value));
  }

  /**
   * Last year's part and total scaled together leave the projection alone; this year's value
   * scaled scales it; and a flat profile (last year's part in proportion to its months) projects
   * as the run rate by months does.
   */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void aProfileDependsOnlyOnLastYearsShareAndAFlatOneIsTheRunRate(
      @ForAll @IntRange(min = 1, max = 12) int lastMonth,
      @ForAll @LongRange(min = 0, max = 1_000_000) long value,
      @ForAll @LongRange(min = 1, max = 100_000) long lastYearPart,
      @ForAll @LongRange(min = 0, max = 100_000) long rest,
      @ForAll @LongRange(min = 1, max = 1_000) long factor,
      @ForAll @LongRange(min = 1, max = 100_000) long lastYearPerMonth) {
    coverMonth(lastMonth);
    coverZero("value", value);
    FinancialYear fy = FinancialYear.of(2023);
    YearToDate soFar = throughMonth(fy, lastMonth);
    Quantity v = Quantity.count(value);
    Quantity part = Quantity.count(lastYearPart);
    Quantity total = Quantity.count(lastYearPart + rest);
    Exact k = Exact.of(factor);
    Quantity projected = Projections.priorYearProfile(v, soFar, fy, part, total).orElseThrow().value();
    assertThat(Projections.priorYearProfile(v, soFar, fy, part.multiply(k), total.multiply(k)).orElseThrow().value())
        .isEqualTo(projected);
    assertThat(Projections.priorYearProfile(v.multiply(k), soFar, fy, part, total).orElseThrow().value())
        .isEqualTo(projected.multiply(k));
    Quantity flatPart = Quantity.count(lastYearPerMonth * lastMonth);
    Quantity flatTotal = Quantity.count(lastYearPerMonth * 12);
    assertThat(Projections.priorYearProfile(v, soFar, fy, flatPart, flatTotal).orElseThrow().value())
        .isEqualTo(Projections.runRate(v, soFar, fy, ElapsedBasis.MONTHS).value());
  }

  /**
   * Series of 2 to 12 points within the range: random ones (rising or falling), constant ones and
   * palindromes (both flat, the second without being constant).
   */
  private static Arbitrary<List<Long>> seriesBetween(long min, long max) {
    Arbitrary<Long> points = Arbitraries.longs().between(min, max);
    Arbitrary<List<Long>> random = points.list().ofMinSize(2).ofMaxSize(12);
    Arbitrary<List<Long>> constant =
        Combinators.combine(points, Arbitraries.integers().between(2, 12)).as((v, n) -> Collections.nCopies(n, v));
    Arbitrary<List<Long>> palindromes =
        points.list().ofMinSize(1).ofMaxSize(6).map(half -> {
          List<Long> whole = new ArrayList<>(half);
          List<Long> back = new ArrayList<>(half);
          Collections.reverse(back);
          whole.addAll(back);
          return whole;
        });
    return Arbitraries.frequencyOf(Tuple.of(8, random), Tuple.of(1, constant), Tuple.of(1, palindromes));
  }

  @Provide
  Arbitrary<List<Long>> counts() {
    return seriesBetween(0, 100_000);
  }

  @Provide
  Arbitrary<List<Long>> values() {
    return seriesBetween(-100_000, 100_000);
  }

  /** Quarterly observations from a given quarter: consecutive, one a quarter. */
  private static List<Observation> quarterly(FinancialQuarter first, List<Exact> values) {
    List<Observation> series = new ArrayList<>();
    FinancialQuarter quarter = first;
    for (Exact value : values) {
      series.add(Observation.of(quarter, Quantity.of(value, Unit.COUNT)));
      quarter = quarter.next();
    }
    return series;
  }

  private static void coverTrend(FinancialQuarter target, int points, Exact slope) {
    Statistics.label("projected quarter").collect("Q" + target.quarter());
    Statistics.label("points").collect(points == 2 ? "two" : "more");
    Statistics.label("slope").collect(slope.signum() > 0 ? "rise" : slope.signum() < 0 ? "fall" : "flat");
    Statistics.label("projected quarter").coverage(checker -> checker.check("Q4").count(c -> c > 0));
    Statistics.label("points").coverage(checker -> {
      checker.check("two").count(c -> c > 0);
      checker.check("more").percentage(p -> p > 50);
    });
    Statistics.label("slope").coverage(checker -> {
      checker.check("rise").percentage(p -> p > 10);
      checker.check("fall").percentage(p -> p > 10);
      checker.check("flat").count(c -> c > 0);
    });
  }

  /**
   * Points on a straight line project along it, and the fit never takes a count below zero: it
   * refuses instead.
   */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void pointsOnALineProjectAlongIt(
      @ForAll @IntRange(min = 1, max = 4) int startQuarter,
      @ForAll @IntRange(min = 2, max = 12) int points,
      @ForAll @IntRange(min = 0, max = 8) int ahead,
      @ForAll @LongRange(min = 0, max = 100_000) long intercept,
      @ForAll @LongRange(min = -5_000, max = 5_000) long slope) {
    FinancialQuarter first = FinancialQuarter.of(2020, startQuarter);
    List<Exact> values = new ArrayList<>();
    for (int i = 0; i < points; i++) {
      values.add(Exact.of(intercept + slope * i));
    }
    int step = points - 1 + ahead;
    FinancialQuarter target = first.plusQuarters(step);
    coverTrend(target, points, Exact.of(slope));
    Result<LinearTrendProjection, ProjectionReason> projection =
        Projections.linearTrend(quarterly(first, values), target);
    Exact expected = Exact.of(intercept + slope * step);
    Statistics.label("projection").collect(projection.isComputed() ? "computed" : "below zero");
    Statistics.label("projection").coverage(checker -> checker.check("below zero").count(c -> c > 0));
    if (expected.signum() < 0) {
      assertThat(projection).isEqualTo(Result.notComputed(ProjectionReason.BELOW_ZERO));
    } else {
      assertThat(projection.orElseThrow().value()).isEqualTo(Quantity.of(expected, Unit.COUNT));
      assertThat(projection.orElseThrow().trend()).isEqualTo(new LinearTrend(Exact.of(intercept), Exact.of(slope)));
      assertThat(projection.orElseThrow().period()).isEqualTo(target);
    }
  }

  /**
   * The fitted line moves with the data: adding c to every point adds c to the projection,
   * multiplying every point by k multiplies it by k, and adding a line adds that line.
   */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void theTrendMovesWithItsData(
      @ForAll @IntRange(min = 1, max = 4) int startQuarter,
      @ForAll("counts") List<Long> counts,
      @ForAll @IntRange(min = 0, max = 8) int ahead,
      @ForAll @LongRange(min = 0, max = 100_000) long shift,
      @ForAll @LongRange(min = 1, max = 1_000) long factor,
      @ForAll @LongRange(min = 0, max = 1_000) long rise) {
    FinancialQuarter first = FinancialQuarter.of(2020, startQuarter);
    FinancialQuarter target = first.plusQuarters(counts.size() - 1 + ahead);
    List<Exact> values = counts.stream().map(Exact::of).toList();
    LinearTrendProjection base = LinearTrendProjection.of(quarterly(first, values), target);
    coverTrend(target, counts.size(), base.trend().slope());
    Exact projected = base.trend().valueAt(Exact.of(base.step()));
    List<Exact> shifted = new ArrayList<>();
    List<Exact> scaled = new ArrayList<>();
    List<Exact> tilted = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      shifted.add(values.get(i).add(shift));
      scaled.add(values.get(i).multiply(factor));
      tilted.add(values.get(i).add(rise * i));
    }
    assertThat(LinearTrendProjection.of(quarterly(first, shifted), target).value().amount())
        .isEqualTo(projected.add(shift));
    assertThat(LinearTrendProjection.of(quarterly(first, scaled), target).value().amount())
        .isEqualTo(projected.multiply(factor));
    LinearTrend tiltedTrend = LinearTrendProjection.of(quarterly(first, tilted), target).trend();
    assertThat(tiltedTrend.slope()).isEqualTo(base.trend().slope().add(rise));
    assertThat(tiltedTrend.intercept()).isEqualTo(base.trend().intercept());
    assertThat(Projections.linearTrend(quarterly(first, values), target).isComputed()).isEqualTo(projected.signum() >= 0);
  }

  /**
   * The least-squares line is the one whose residuals sum to zero and are uncorrelated with x (the
   * normal equations), and it passes through the mean point.
   */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void theFittedLineSatisfiesTheNormalEquations(
      @ForAll("values") List<Long> ys,
      @ForAll @LongRange(min = -50, max = 50) long offset) {
    List<Exact> xs = new ArrayList<>();
    List<Exact> values = new ArrayList<>();
    for (int i = 0; i < ys.size(); i++) {
      xs.add(Exact.of(offset + i));
      values.add(Exact.of(ys.get(i)));
    }
    LinearTrend line = LinearTrend.fit(xs, values);
    Statistics.label("slope").collect(line.slope().signum() > 0 ? "rise" : line.slope().signum() < 0 ? "fall" : "flat");
    Statistics.label("slope").coverage(checker -> {
      checker.check("rise").percentage(p -> p > 10);
      checker.check("fall").percentage(p -> p > 10);
      checker.check("flat").count(c -> c > 0);
    });
    Exact residuals = Exact.ZERO;
    Exact weighted = Exact.ZERO;
    Exact sumX = Exact.ZERO;
    Exact sumY = Exact.ZERO;
    for (int i = 0; i < xs.size(); i++) {
      Exact residual = values.get(i).subtract(line.valueAt(xs.get(i)));
      residuals = residuals.add(residual);
      weighted = weighted.add(residual.multiply(xs.get(i)));
      sumX = sumX.add(xs.get(i));
      sumY = sumY.add(values.get(i));
    }
    assertThat(residuals).isEqualTo(Exact.ZERO);
    assertThat(weighted).isEqualTo(Exact.ZERO);
    assertThat(line.valueAt(sumX.divide(xs.size()))).isEqualTo(sumY.divide(ys.size()));
  }
}
