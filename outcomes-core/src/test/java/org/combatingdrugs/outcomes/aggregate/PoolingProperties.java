package org.combatingdrugs.outcomes.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.area.AreaType;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.MeasureType;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.result.Result;

class PoolingProperties {

  /** Proportions of 1 to 1,000,000, none of them, some, or all of them; a denominator of one. */
  @Provide
  Arbitrary<Proportion> proportions() {
    Arbitrary<Long> denominators = Arbitraries.longs().between(1, 1_000_000);
    Arbitrary<Proportion> any = denominators.flatMap(d -> Arbitraries.longs().between(0, d).map(n -> Proportion.of(n, d)));
    Arbitrary<Proportion> none = denominators.map(d -> Proportion.of(0, d));
    Arbitrary<Proportion> all = denominators.map(d -> Proportion.of(d, d));
    return Arbitraries.frequencyOf(Tuple.of(8, any), Tuple.of(1, none), Tuple.of(1, all));
  }

  /** Rates per 100,000 of populations up to 10,000,000, with no events and with some. */
  @Provide
  Arbitrary<Rate> rates() {
    Arbitrary<Long> populations = Arbitraries.longs().between(1, 10_000_000);
    return Arbitraries.frequencyOf(
        Tuple.of(9, Combinators.combine(Arbitraries.longs().between(0, 10_000), populations).as((e, p) -> Rate.of(e, p, 100_000))),
        Tuple.of(1, populations.map(p -> Rate.of(0, p, 100_000))));
  }

  @Provide
  Arbitrary<Count> counts() {
    return Arbitraries.longs().between(0, 1_000_000).map(Count::of);
  }

  @Provide
  Arbitrary<Money> money() {
    return Arbitraries.longs().between(0, 100_000_000).map(pence -> Money.of(BigDecimal.valueOf(pence, 2)));
  }

  /** A count, a proportion or a rate: the kinds of value the national metrics hold. */
  @Provide
  Arbitrary<Value> values() {
    return Arbitraries.oneOf(proportions().map(p -> p), rates().map(r -> r), counts().map(c -> c));
  }

  /** A value of any kind that pools. */
  @Provide
  Arbitrary<Value> poolable() {
    return Arbitraries.oneOf(values(), money().map(m -> m));
  }

  /** One value or several, all of one kind (rates at one multiplier). */
  @Provide
  Arbitrary<List<Value>> parts() {
    return Arbitraries.oneOf(
        proportions().list().ofMinSize(1).ofMaxSize(8).map(PoolingProperties::values),
        rates().list().ofMinSize(1).ofMaxSize(8).map(PoolingProperties::values),
        counts().list().ofMinSize(1).ofMaxSize(8).map(PoolingProperties::values),
        money().list().ofMinSize(1).ofMaxSize(8).map(PoolingProperties::values));
  }

  private static List<Value> values(List<? extends Value> values) {
    return new ArrayList<>(values);
  }

  private static Value pool(List<? extends Value> values) {
    return Pooling.pool(values).orElseThrow();
  }

  /** Fails the property unless it pools one value and several, and parts that are zero. */
  private static void cover(List<? extends Value> parts) {
    Statistics.label("parts").collect(parts.size() == 1 ? "one" : "several");
    Statistics.label("parts").coverage(checker -> {
      checker.check("one").count(c -> c > 0);
      checker.check("several").percentage(p -> p > 50);
    });
    coverZero(parts);
  }

  /** Fails the property unless some of its values are zero (no events, no one, nothing). */
  private static void coverZero(List<? extends Value> parts) {
    Statistics.label("a zero part").collect(parts.stream().anyMatch(p -> p.quantity().signum() == 0));
    Statistics.label("kind").collect(parts.get(0).type());
    Statistics.label("a zero part").coverage(checker -> checker.check(true).count(c -> c > 0));
  }

  private static void coverKinds(MeasureType... kinds) {
    Statistics.label("kind").coverage(checker -> {
      for (MeasureType kind : kinds) {
        checker.check(kind).count(c -> c > 0);
      }
    });
  }

  private static final MeasureType[] POOLED =
      {MeasureType.COUNT, MeasureType.PROPORTION, MeasureType.RATE, MeasureType.MONEY};

  @Property
  @StatisticsReport(onFailureOnly = true)
  void aPooledProportionLiesBetweenItsParts(
      @ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("proportions") Proportion> parts) {
    cover(parts);
    Value pooled = pool(parts);
    assertThat(parts.stream().anyMatch(p -> p.quantity().compareTo(pooled.quantity()) <= 0)).isTrue();
    assertThat(parts.stream().anyMatch(p -> p.quantity().compareTo(pooled.quantity()) >= 0)).isTrue();
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void aPooledRateLiesBetweenItsParts(
      @ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("rates") Rate> parts) {
    cover(parts);
    Value pooled = pool(parts);
    assertThat(parts.stream().anyMatch(p -> p.quantity().compareTo(pooled.quantity()) <= 0)).isTrue();
    assertThat(parts.stream().anyMatch(p -> p.quantity().compareTo(pooled.quantity()) >= 0)).isTrue();
  }

  /** Pooling the pools of a split is pooling the whole, and the order of the parts does not matter. */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void poolingIsAssociativeAndOrderIndependent(
      @ForAll("parts") List<Value> parts, @ForAll long seed) {
    cover(parts);
    coverKinds(POOLED);
    int split = (int) Math.floorMod(seed, (long) parts.size() + 1);
    Value whole = pool(parts);
    if (split > 0 && split < parts.size()) {
      Value left = pool(parts.subList(0, split));
      Value right = pool(parts.subList(split, parts.size()));
      assertThat(pool(List.of(left, right))).isEqualTo(whole);
    }
    List<Value> shuffled = new ArrayList<>(parts);
    Collections.shuffle(shuffled, new java.util.Random(seed));
    assertThat(pool(shuffled)).isEqualTo(whole);
    assertThat(whole.type()).isEqualTo(parts.get(0).type());
    assertThat(whole.quantity().unit()).isEqualTo(parts.get(0).quantity().unit());
  }

  /** Pooling a single value gives it back; a published percentage alone still cannot be pooled. */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void poolingOneValueGivesItBack(@ForAll("poolable") Value value) {
    coverZero(List.of(value));
    coverKinds(POOLED);
    assertThat(Pooling.pool(List.of(value))).isEqualTo(Result.computed(value));
    if (value instanceof Proportion) {
      assertThat(Pooling.pool(List.of(value, PublishedPercentage.of("45.2"))))
          .isEqualTo(Result.notComputed(PoolReason.PUBLISHED_PERCENTAGE_WITHOUT_COUNTS));
    }
  }

  /**
   * Adding a part that stands at the pooled level leaves the pooled level alone; k copies of one
   * part pool to that part's level (and, for counts and money, to k times it).
   */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void aPartAtThePooledLevelLeavesItAlone(
      @ForAll("parts") List<Value> parts, @ForAll @IntRange(min = 1, max = 8) int copies) {
    cover(parts);
    coverKinds(POOLED);
    Value pooled = pool(parts);
    List<Value> more = new ArrayList<>(parts);
    more.add(pooled);
    assertThat(pool(more).quantity()).isEqualTo(
        pooled instanceof Count || pooled instanceof Money
            ? pooled.quantity().plus(pooled.quantity())
            : pooled.quantity());
    Value first = parts.get(0);
    Value repeated = pool(Collections.nCopies(copies, first));
    assertThat(repeated.quantity()).isEqualTo(
        first instanceof Count || first instanceof Money
            ? first.quantity().multiply(org.combatingdrugs.outcomes.exact.Exact.of(copies))
            : first.quantity());
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void theAggregateOfOneAreaIsThatAreasValue(@ForAll("values") Value value) {
    coverZero(List.of(value));
    coverKinds(MeasureType.COUNT, MeasureType.PROPORTION, MeasureType.RATE);
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
    assertThat(result.parts()).containsExactly(part);
  }
}
