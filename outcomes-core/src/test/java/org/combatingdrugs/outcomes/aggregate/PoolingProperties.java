package org.combatingdrugs.outcomes.aggregate;

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
import net.jqwik.api.constraints.Size;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.area.AreaType;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.FinancialYear;

class PoolingProperties {

  @Provide
  Arbitrary<Proportion> proportions() {
    return Arbitraries.longs()
        .between(1, 1_000_000)
        .flatMap(d -> Arbitraries.longs().between(0, d).map(n -> Proportion.of(n, d)));
  }

  @Provide
  Arbitrary<Rate> rates() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 10_000), Arbitraries.longs().between(1, 10_000_000))
        .as((e, p) -> Rate.of(e, p, 100_000));
  }

  @Provide
  Arbitrary<Value> values() {
    return Arbitraries.oneOf(
        proportions().list().ofMinSize(1).ofMaxSize(8).map(l -> l.get(0)),
        rates().map(r -> r),
        Arbitraries.longs().between(0, 1_000_000).map(Count::of));
  }

  private static Value pool(List<? extends Value> values) {
    return Pooling.pool(values).orElseThrow();
  }

  @Property
  void aPooledProportionLiesBetweenItsParts(
      @ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("proportions") Proportion> parts) {
    Value pooled = pool(parts);
    assertThat(parts.stream().anyMatch(p -> p.quantity().compareTo(pooled.quantity()) <= 0)).isTrue();
    assertThat(parts.stream().anyMatch(p -> p.quantity().compareTo(pooled.quantity()) >= 0)).isTrue();
  }

  @Property
  void aPooledRateLiesBetweenItsParts(
      @ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("rates") Rate> parts) {
    Value pooled = pool(parts);
    assertThat(parts.stream().anyMatch(p -> p.quantity().compareTo(pooled.quantity()) <= 0)).isTrue();
    assertThat(parts.stream().anyMatch(p -> p.quantity().compareTo(pooled.quantity()) >= 0)).isTrue();
  }

  @Property
  void poolingIsAssociativeAndOrderIndependent(
      @ForAll @Size(min = 2, max = 8) List<@net.jqwik.api.From("proportions") Proportion> parts,
      @ForAll long seed) {
    int split = (int) Math.floorMod(seed, (long) parts.size() - 1) + 1;
    Value left = pool(parts.subList(0, split));
    Value right = pool(parts.subList(split, parts.size()));
    assertThat(pool(List.of(left, right))).isEqualTo(pool(parts));
    List<Proportion> shuffled = new ArrayList<>(parts);
    Collections.shuffle(shuffled, new java.util.Random(seed));
    assertThat(pool(shuffled)).isEqualTo(pool(parts));
  }

  @Property
  void theAggregateOfOneAreaIsThatAreasValue(@ForAll("values") Value value) {
    Area only = Area.of("E06000059", "Dorset", AreaType.LOCAL_AUTHORITY);
    Area cdp = Area.of("dorset-cdp", "Dorset CDP", AreaType.COMBATING_DRUGS_PARTNERSHIP);
    AreaHierarchy hierarchy = AreaHierarchy.empty().compose(cdp, only);
    var metric =
        value instanceof Count
            ? NationalMetrics.NUMBERS_IN_TREATMENT
            : value instanceof Proportion
                ? NationalMetrics.CONTINUITY_OF_CARE_PRISON
                : NationalMetrics.DRUG_MISUSE_DEATHS;
    Measurement part = Measurement.of(metric, only, FinancialYear.of(2022), value);
    var result = Aggregation.aggregate(cdp, hierarchy, List.of(part)).orElseThrow();
    assertThat(result.measurement().value()).isEqualTo(value);
    assertThat(result.measurement().area()).isEqualTo(cdp);
  }
}
