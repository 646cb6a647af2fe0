package org.combatingdrugs.outcomes.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.FinancialQuarter;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.rag.ProjectedAttainmentScheme;
import org.combatingdrugs.outcomes.rag.RagScheme;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.rag.Rating;
import org.combatingdrugs.outcomes.rag.Tolerance;
import org.combatingdrugs.outcomes.target.Target;

/** Invariants of an assessment over random quarterly series, targets and schemes. */
class AssessmentProperties {

  private static final Area AREA = Areas.DORSET;
  private static final FinancialQuarter FIRST = FinancialQuarter.of(2021, 1);

  /** A quarterly count series with last year's totals, a target for the latest year and a scheme. */
  record Case(Polarity polarity, List<Long> quarters, long target, int scheme) {

    Metric metric() {
      return Metric.local("arrests", "Arrests", Unit.COUNT, polarity);
    }

    FinancialQuarter latest() {
      return FIRST.plusQuarters(quarters.size() - 1);
    }

    List<Measurement> measurements(long latestValue) {
      List<Measurement> all = new ArrayList<>();
      for (int i = 0; i < quarters.size(); i++) {
        long value = i == quarters.size() - 1 ? latestValue : quarters.get(i);
        all.add(Measurement.of(metric(), AREA, FIRST.plusQuarters(i), Count.of(value)));
      }
      return all;
    }

    RagScheme ragScheme() {
      return scheme == 0
          ? DorsetJuly2023.BANDS
          : ProjectedAttainmentScheme.of(Tolerance.relative(Exact.of(scheme, 10)));
    }

    Dataset dataset(List<Measurement> measurements) {
      FinancialYear year = FinancialYear.containing(latest().start());
      return Dataset.builder("random", Areas.hierarchy())
          .metric(metric())
          .defaultScheme(ragScheme())
          .target(metric(), AREA, Target.reach(Quantity.count(target), year))
          .measurements(measurements)
          .build();
    }

    Assessment assess(long latestValue) {
      return Assessor.assess(dataset(measurements(latestValue)), metric(), AREA, latest()).orElseThrow();
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(
            Arbitraries.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER),
            Arbitraries.longs().between(0, 400).list().ofMinSize(1).ofMaxSize(12),
            Arbitraries.longs().between(0, 2000),
            Arbitraries.integers().between(0, 3))
        .as(Case::new);
  }

  @Property(tries = 200)
  void assessingTwice_orInAnotherOrder_givesEqualAssessments(@ForAll("cases") Case c, @ForAll Random random) {
    List<Measurement> measurements = c.measurements(c.quarters().get(c.quarters().size() - 1));
    Assessment once = c.assess(c.quarters().get(c.quarters().size() - 1));
    List<Measurement> shuffled = new ArrayList<>(measurements);
    Collections.shuffle(shuffled, random);
    Assessment reordered = Assessor.assess(c.dataset(shuffled), c.metric(), AREA, c.latest()).orElseThrow();
    assertThat(reordered).isEqualTo(once);
    assertThat(c.assess(c.quarters().get(c.quarters().size() - 1))).isEqualTo(once);
  }

  @Property(tries = 200)
  void anotherAreasMeasurements_neverChangeAnAssessment(
      @ForAll("cases") Case c, @ForAll @LongRange(min = 0, max = 1000) long other) {
    long latest = c.quarters().get(c.quarters().size() - 1);
    List<Measurement> more = c.measurements(latest);
    for (int i = 0; i < c.quarters().size(); i++) {
      more.add(Measurement.of(c.metric(), Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, FIRST.plusQuarters(i), Count.of(other + i)));
    }
    Assessment alone = c.assess(latest);
    assertThat(Assessor.assess(c.dataset(more), c.metric(), AREA, c.latest()).orElseThrow()).isEqualTo(alone);
  }

  @Property(tries = 300)
  void anImprovementOfTheLatestValue_neverWorsensItsStatusOrDirection(
      @ForAll("cases") Case c, @ForAll @IntRange(min = 1, max = 300) int step) {
    long latest = c.quarters().get(c.quarters().size() - 1);
    long better = c.polarity() == Polarity.HIGHER_IS_BETTER ? latest + step : Math.max(0, latest - step);
    Assessment before = c.assess(latest);
    Assessment after = c.assess(better);
    Optional<RagStatus> was = before.rating().value().map(Rating::status);
    if (was.isPresent()) {
      assertThat(after.rating().value().map(Rating::status)).isPresent();
      assertThat(after.rating().orElseThrow().status().compareTo(was.get())).isLessThanOrEqualTo(0);
    }
    Optional<Judgement> travelled = before.direction().value().map(d -> d.judgement());
    if (travelled.isPresent()) {
      assertThat(rank(after.direction().orElseThrow().judgement())).isGreaterThanOrEqualTo(rank(travelled.get()));
    }
  }

  @Property(tries = 300)
  void anySeriesOfProportions_isAssessedWithoutAnError(
      @ForAll("shares") List<Long> numerators, @ForAll @LongRange(min = 1, max = 1_000_000_000L) long denominator,
      @ForAll @LongRange(min = 0, max = 100) long benchmarkPercent) {
    Metric metric = NationalMetrics.CONTINUITY_OF_CARE_PRISON;
    Dataset.Builder builder =
        Dataset.builder("shares", Areas.hierarchy())
            .metric(metric)
            .defaultScheme(DorsetJuly2023.BANDS)
            .target(metric, AREA, Target.reach(Quantity.percent("75"), FinancialYear.of(2024)));
    FinancialQuarter latest = FIRST;
    for (int i = 0; i < numerators.size(); i++) {
      latest = FIRST.plusQuarters(i);
      long x = Math.min(numerators.get(i), denominator);
      builder.measurement(Measurement.of(metric, AREA, latest, Proportion.of(x, denominator)));
      builder.benchmark(metric, latest, Proportion.of(benchmarkPercent, 100));
    }
    Assessment assessed = Assessor.assess(builder.build(), metric, AREA, latest).orElseThrow();
    assertThat(assessed.interval().isComputed()).isTrue();
    assertThat(assessed.benchmark().isComputed()).isTrue();
  }

  @Provide
  Arbitrary<List<Long>> shares() {
    return Arbitraries.oneOf(
            Arbitraries.longs().between(0, 3), Arbitraries.longs().between(0, 1_000_000_000L), Arbitraries.just(1_000_000_000L))
        .list()
        .ofMinSize(1)
        .ofMaxSize(16);
  }

  private static int rank(Judgement judgement) {
    return switch (judgement) {
      case WORSENING -> 0;
      case NO_CHANGE, NOT_JUDGED -> 1;
      case IMPROVING -> 2;
    };
  }
}
