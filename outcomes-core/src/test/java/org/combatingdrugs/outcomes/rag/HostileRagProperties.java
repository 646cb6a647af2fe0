package org.combatingdrugs.outcomes.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.combatingdrugs.outcomes.HostileInput.validOrRefused;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.combatingdrugs.outcomes.HostileInput;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.target.Bound;
import org.combatingdrugs.outcomes.target.Target;

/**
 * Issue 14's rule for RAG ratings: values, levels, tolerances and band edges of huge and tiny
 * magnitude give a rating whose threshold leads to its status and whose text prints, a reason it
 * is not rated, or a refusal naming the caller's field or value, promptly.
 */
class HostileRagProperties {

  private static final Unit[] UNITS = {Unit.COUNT, Unit.POUNDS, Unit.PERCENT, Unit.ratePer(1000)};

  @Property(tries = 150)
  void anyValueAgainstAnyTarget_isRatedOrNotRatedOrRefusedNamingIt(
      @ForAll("quantities") Quantity actual,
      @ForAll("quantities") Quantity level,
      @ForAll("exacts") Exact width,
      @ForAll Polarity polarity,
      @ForAll Bound bound) {
    List<Tolerance> tolerances =
        new ArrayList<>(List.of(Tolerance.relative(width.abs()), Tolerance.absolute(Quantity.of(width.abs(), level.unit()))));
    validOrRefused(
            () -> Tolerance.points(width.abs().toDecimal(30, RoundingMode.HALF_UP)),
            points -> assertThat(points.points().signum()).isNotNegative(),
            "points")
        .ifPresent(tolerances::add);
    for (Tolerance tolerance : tolerances) {
      for (Target target :
          new Target[] {Target.reach(level, FinancialYear.of(2023)), Target.stayWithin(bound, level, FinancialYear.of(2023))}) {
        validOrRefused(
            () -> TargetToleranceScheme.of(tolerance).rate(actual, target, polarity),
            rating -> rating.value().ifPresent(HostileRagProperties::aRating),
            "actual",
            "bound",
            "tolerance",
            "percentage points");
      }
    }
    validOrRefused(
        () -> DirectionOfTravel.of(level, actual, polarity),
        direction -> assertThat(direction.toString()).isNotBlank(),
        "later");
  }

  @Property(tries = 150)
  void anyChangeThroughAnyBands_isRatedOrNotRatedOrRefusedNamingIt(
      @ForAll("quantities") Quantity base,
      @ForAll("quantities") Quantity current,
      @ForAll("exacts") Exact edge,
      @ForAll("exacts") Exact other,
      @ForAll ChangeMeasure measure,
      @ForAll Polarity polarity) {
    validOrRefused(
        () ->
            ChangeBandsScheme.of(
                measure,
                List.of(
                    ChangeBand.below(edge.min(other), RagStatus.RED),
                    ChangeBand.between(edge.min(other), edge.max(other), RagStatus.AMBER),
                    ChangeBand.atLeast(edge.max(other), RagStatus.GREEN))),
        scheme ->
            validOrRefused(
                () -> scheme.rate(PercentageChange.between(base, current), polarity),
                rating -> rating.value().ifPresent(HostileRagProperties::aRating),
                "base",
                "current",
                "change must be between percentages"),
        "band");
  }

  @Example
  void test_points_beyondAnExactValue_isRefusedNamingThePoints() {
    assertThatThrownBy(() -> Tolerance.points(new BigDecimal("1e-5000")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("points must be a decimal an exact value holds: decimal must have a scale within -1000..1000 but was 5000");
  }

  private static void aRating(Rating rating) {
    assertThat(rating.crossed().status()).isEqualTo(rating.status());
    assertThat(rating.toString()).startsWith(rating.status().name());
    assertThat(rating.crossed().toString()).endsWith("→ " + rating.status());
  }

  @Provide
  Arbitrary<Exact> exacts() {
    return Arbitraries.oneOf(
        HostileInput.longs().map(Exact::of),
        HostileInput.decimals()
            .filter(d -> d.precision() <= 40 && d.scale() >= -1000 && d.scale() <= 1000)
            .map(Exact::of),
        Arbitraries.of(Exact.of(new BigDecimal("1e-1000")), Exact.of(1, 3), Exact.of(new BigDecimal("-5e-2"))));
  }

  @Provide
  Arbitrary<Quantity> quantities() {
    return exacts().flatMap(a -> Arbitraries.of(UNITS).map(u -> Quantity.of(a, u)));
  }
}
