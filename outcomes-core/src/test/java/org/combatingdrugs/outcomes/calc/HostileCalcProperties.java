package org.combatingdrugs.outcomes.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.combatingdrugs.outcomes.HostileInput.validOrRefused;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.combatingdrugs.outcomes.HostileInput;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialQuarter;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * Issue 14's rule for changes and projections: quantities of huge and tiny magnitude (40 digits at
 * scales of ±1000, counts at the ends of a long), series at the first and last years, and target
 * periods of any kind give a change or projection whose exact value and text agree, or a refusal
 * naming the caller's field or value, promptly.
 */
class HostileCalcProperties {

  private static final Unit[] UNITS = {Unit.COUNT, Unit.POUNDS, Unit.PERCENT, Unit.ratePer(100_000), Unit.POINTS};

  @Property(tries = 150)
  void anyTwoQuantities_giveAChangeOrAreRefusedNamingThem(
      @ForAll("quantities") Quantity base, @ForAll("quantities") Quantity current, @ForAll("formats") ChangeFormat format) {
    validOrRefused(
        () -> PercentageChange.between(base, current),
        change -> {
          assertThat(change.absolute()).isEqualTo(current.minus(base));
          change.relative().value().ifPresent(r -> assertThat(r.applyTo(base)).isEqualTo(current));
          assertThat(format.format(change)).isNotBlank();
          assertThat(change.toString()).contains(" → ");
        },
        "base",
        "current");
  }

  @Property(tries = 150)
  void anyObservedValue_projectsByRunRateOrProfileOrIsRefusedNamingIt(
      @ForAll("quantities") Quantity observed,
      @ForAll("quantities") Quantity lastYearPart,
      @ForAll("quantities") Quantity lastYearTotal,
      @ForAll("years") int year,
      @ForAll ElapsedBasis basis) {
    FinancialYear period = FinancialYear.of(year);
    ReportingPeriod part = period.quarter(1 + Math.floorMod(year, 4));
    validOrRefused(
        () -> Projections.runRate(observed, part, period, basis),
        projection -> {
          assertThat(projection.value().multiply(projection.share())).isEqualTo(observed);
          assertThat(projection.changeFrom(observed).direction()).isNotNegative();
        },
        "observedValue",
        "observed");
    validOrRefused(
        () -> Projections.priorYearProfile(observed, part, period, lastYearPart, lastYearTotal),
        result ->
            result.value().ifPresent(p -> assertThat(p.value().multiply(p.share())).isEqualTo(observed)),
        "observedValue",
        "lastYearSamePart",
        "lastYearTotal");
  }

  @Property(tries = 100)
  void anySeries_projectsAlongItsLineOrIsRefusedNamingThePeriod(
      @ForAll("seriesValues") List<Quantity> values, @ForAll("starts") ReportingPeriod first, @ForAll("ahead") int ahead) {
    List<Observation> series = new ArrayList<>();
    ReportingPeriod period = first;
    for (Quantity value : values) {
      series.add(Observation.of(period, value));
      if (series.size() < values.size()) {
        try {
          period = period.next();
        } catch (IllegalArgumentException lastOfItsKind) {
          break;
        }
      }
    }
    ReportingPeriod target = ahead < 0 ? CalendarYear.of(2999) : stepFrom(first, ahead);
    validOrRefused(
        () -> Projections.linearTrend(series, target),
        result ->
            result
                .value()
                .ifPresent(
                    p -> {
                      assertThat(p.value()).isEqualTo(Quantity.of(p.trend().valueAt(Exact.of(p.step())), p.value().unit()));
                      assertThat(p.trend().toString()).startsWith("y = ");
                    }),
        "period",
        "series");
  }

  private static ReportingPeriod stepFrom(ReportingPeriod first, int steps) {
    ReportingPeriod period = first;
    for (int i = 0; i < steps; i++) {
      try {
        period = period.next();
      } catch (IllegalArgumentException lastOfItsKind) {
        return period;
      }
    }
    return period;
  }

  @Provide
  Arbitrary<Quantity> quantities() {
    Arbitrary<Exact> amounts =
        Arbitraries.oneOf(
            HostileInput.longs().map(Exact::of),
            HostileInput.decimals()
                .filter(d -> d.precision() <= 40 && d.scale() >= -1000 && d.scale() <= 1000)
                .map(Exact::of),
            Arbitraries.of(
                Exact.of(new BigDecimal("1e-1000")), Exact.of(1, 3), Exact.of(Long.MAX_VALUE, Long.MAX_VALUE - 1),
                Exact.of(new BigDecimal("9".repeat(40) + "e1000"))));
    return amounts.flatMap(a -> Arbitraries.of(UNITS).map(u -> Quantity.of(a, u)));
  }

  @Provide
  Arbitrary<List<Quantity>> seriesValues() {
    return quantities().map(q -> Quantity.of(q.amount(), Unit.COUNT)).list().ofMinSize(0).ofMaxSize(6);
  }

  @Provide
  Arbitrary<ReportingPeriod> starts() {
    return Arbitraries.of(
        FinancialYear.of(1900), FinancialYear.of(2996), FinancialYear.of(2998), FinancialQuarter.of(2998, 2),
        CalendarMonth.of(2999, 9), CalendarYear.of(2023), FinancialQuarter.of(1900, 1));
  }

  @Provide
  Arbitrary<Integer> ahead() {
    return Arbitraries.of(-1, 0, 1, 5, 1206, 1300);
  }

  @Provide
  Arbitrary<Integer> years() {
    return Arbitraries.of(1900, 2023, 2998);
  }

  @Provide
  Arbitrary<ChangeFormat> formats() {
    return Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.DOWN, RoundingMode.CEILING)
        .flatMap(m -> Arbitraries.of(0, 1, 10).map(d -> ChangeFormat.of(d, m).withAmountDecimals(d)));
  }
}
