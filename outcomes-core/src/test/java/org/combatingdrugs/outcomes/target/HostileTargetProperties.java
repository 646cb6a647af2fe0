package org.combatingdrugs.outcomes.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.combatingdrugs.outcomes.HostileInput.validOrRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.combatingdrugs.outcomes.HostileInput;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.combatingdrugs.outcomes.period.DateRange;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialQuarter;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * Issue 14's rule for targets and trajectories: levels, baselines and changes of huge and tiny
 * magnitude, relative changes at and beyond −1, and periods at the first and last years give a
 * target whose level, attainment and trajectory hold their rules and print, or a refusal naming
 * the caller's field or value, promptly.
 */
class HostileTargetProperties {

  private static final Unit[] UNITS = {Unit.COUNT, Unit.POUNDS, Unit.PERCENT, Unit.POINTS, Unit.ratePer(1000)};

  @Property(tries = 150)
  void anyTargetAndActual_giveAnAttainmentOrAreRefusedNamingThem(
      @ForAll("quantities") Quantity baselineValue,
      @ForAll("quantities") Quantity change,
      @ForAll("relatives") Exact relative,
      @ForAll("quantities") Quantity actual,
      @ForAll("periods") ReportingPeriod from,
      @ForAll("periods") ReportingPeriod due,
      @ForAll Polarity polarity,
      @ForAll Bound bound) {
    Baseline baseline = Baseline.of(from, baselineValue);
    List<Target> targets = new ArrayList<>(List.of(Target.reach(baselineValue, due), Target.stayWithin(bound, change, due)));
    validOrRefused(() -> Target.changeBy(baseline, relative, due), t -> level(t), "relative", "due period")
        .ifPresent(targets::add);
    validOrRefused(() -> Target.changeByAbsolute(baseline, change, due), t -> level(t), "delta", "due period")
        .ifPresent(targets::add);
    for (Target target : targets) {
      validOrRefused(
          () -> target.attainmentOf(actual, polarity),
          attainment ->
              attainment
                  .value()
                  .ifPresent(
                      a -> {
                        assertThat(a.shortfall().signum()).isNotNegative();
                        assertThat(a.met()).isEqualTo(a.shortfall().signum() == 0);
                        assertThat(a.toString()).doesNotContain(" .").doesNotStartWith(".");
                        a.attainedFraction().value().ifPresent(f -> assertThat(f).isEqualTo(actual.amount().divide(a.level().amount())));
                      }),
          "actual",
          "bound");
      for (ElapsedBasis basis : ElapsedBasis.values()) {
        Optional<Trajectory> trajectory =
            validOrRefused(
                () -> Trajectory.linear(baseline, target, basis),
                t -> assertThat(t.expectedAt(due)).isEqualTo(target.level()),
                "target",
                "end date");
        trajectory.ifPresent(
            t ->
                validOrRefused(
                    () -> t.expectedAt(from),
                    expected -> assertThat(expected).isEqualTo(baselineValue),
                    "period"));
      }
    }
  }

  @Example
  void test_attainment_shortByLessThanItsPrintedPlaces_keepsItsFirstDigit() {
    Attainment tiny =
        Attainment.of(Quantity.percent("50"), Quantity.of(Exact.of(50).subtract(Exact.of(new BigDecimal("1e-10"))), Unit.PERCENT), Bound.AT_LEAST);
    assertThat(tiny.toString()).isEqualTo("50.0% against at least 50.0%: 0.000000 pp to go");
    Attainment some = Attainment.of(Quantity.count(2700), Quantity.count(2590), Bound.AT_LEAST);
    assertThat(some.toString()).isEqualTo("2,590 against at least 2,700: 110 to go");
  }

  private static void level(Target target) {
    assertThat(target.level().unit().difference()).isEqualTo(target.baseline().orElseThrow().value().unit().difference());
  }

  @Provide
  Arbitrary<Quantity> quantities() {
    Arbitrary<Exact> amounts =
        Arbitraries.oneOf(
            HostileInput.longs().map(Exact::of),
            HostileInput.decimals()
                .filter(d -> d.precision() <= 40 && d.scale() >= -1000 && d.scale() <= 1000)
                .map(Exact::of),
            Arbitraries.of(Exact.of(new BigDecimal("1e-1000")), Exact.of(-1, 3), Exact.of(new BigDecimal("1e-10"))));
    return amounts.flatMap(a -> Arbitraries.of(UNITS).map(u -> Quantity.of(a, u)));
  }

  @Provide
  Arbitrary<Exact> relatives() {
    return Arbitraries.of(
        Exact.of(-1), Exact.of(-2), Exact.ONE.negate().add(Exact.of(new BigDecimal("1e-1000"))), Exact.ZERO,
        Exact.of(1, 10).negate(), Exact.of(Long.MAX_VALUE), Exact.of(new BigDecimal("1e1000")));
  }

  @Provide
  Arbitrary<ReportingPeriod> periods() {
    return Arbitraries.of(
        FinancialYear.of(1900), FinancialYear.of(2023), FinancialYear.of(2998), FinancialQuarter.of(2024, 2),
        CalendarMonth.of(2999, 12), CalendarYear.of(1900), CalendarYear.of(2024),
        DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 15)));
  }
}

