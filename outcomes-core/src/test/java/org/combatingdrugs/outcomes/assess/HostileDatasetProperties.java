package org.combatingdrugs.outcomes.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.FinancialQuarter;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.ProjectedAttainmentScheme;
import org.combatingdrugs.outcomes.rag.RagScheme;
import org.combatingdrugs.outcomes.rag.TargetToleranceScheme;
import org.combatingdrugs.outcomes.rag.Tolerance;
import org.combatingdrugs.outcomes.rag.TrajectoryScheme;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Bound;
import org.combatingdrugs.outcomes.target.Target;

/**
 * The rule of issue 14 for the assessment layer: for any dataset the builder accepts, however
 * extreme its values (counts near {@code Long.MAX_VALUE}, money of 30 digits, proportions of
 * 10^18, rates per huge populations), an assessment and a scorecard are computed promptly, each
 * element present or with its reason, and their sentences written; nothing else is thrown.
 */
class HostileDatasetProperties {

  private static final Duration PROMPTLY = Duration.ofSeconds(2);

  @Provide
  Arbitrary<Long> hostileCounts() {
    return Arbitraries.oneOf(
        Arbitraries.of(0L, 1L, 9L, 10L, Long.MAX_VALUE, Long.MAX_VALUE - 1, 1L << 53, (1L << 53) + 1),
        Arbitraries.longs().between(0, Long.MAX_VALUE));
  }

  @Property(tries = 150)
  void anyCountSeries_isAssessedPromptly(@ForAll("series") List<Long> counts, @ForAll("hostileCounts") long target) {
    Metric metric = Metric.local("arrests", "Arrests", Unit.COUNT, Polarity.HIGHER_IS_BETTER);
    Dataset.Builder builder =
        Dataset.builder("hostile", Areas.hierarchy())
            .metric(metric)
            .defaultScheme(DorsetJuly2023.BANDS)
            .target(metric, Areas.DORSET, Target.reach(Quantity.count(target), FinancialYear.of(2023)));
    for (int i = 0; i < counts.size(); i++) {
      builder.measurement(Measurement.of(metric, Areas.DORSET, FinancialQuarter.of(2022, 1).plusQuarters(i), Count.of(counts.get(i))));
    }
    assessesPromptly(builder.build(), metric, FinancialQuarter.of(2022, 1).plusQuarters(counts.size() - 1));
  }

  @Property(tries = 150)
  void anyValueOfAnyKind_isAssessedPromptly(
      @ForAll("hostileCounts") long a, @ForAll("hostileCounts") long b, @ForAll("kinds") int kind) {
    long small = Math.min(a, b);
    long large = Math.max(Math.max(a, b), 1);
    Value earlier;
    Value later;
    Unit unit;
    switch (kind) {
      case 0 -> {
        unit = Unit.PERCENT;
        earlier = Proportion.of(small, large);
        later = Proportion.of(large, large);
      }
      case 1 -> {
        unit = Unit.ratePer(100_000);
        earlier = Rate.of(small, large, 100_000);
        later = Rate.of(large, large, 100_000);
      }
      default -> {
        unit = Unit.POUNDS;
        earlier = Money.of(a + "." + b % 100);
        later = Money.of("9".repeat(28));
      }
    }
    Metric metric = Metric.local("measure", "Measure", unit, Polarity.LOWER_IS_BETTER);
    Dataset data =
        Dataset.builder("hostile", Areas.hierarchy())
            .metric(metric)
            .defaultScheme(DorsetJuly2023.BANDS)
            .measurement(Measurement.of(metric, Areas.DORSET, FinancialYear.of(2022), earlier))
            .measurement(Measurement.of(metric, Areas.DORSET, FinancialYear.of(2023), later))
            .benchmark(metric, FinancialYear.of(2023), earlier)
            .build();
    assessesPromptly(data, metric, FinancialYear.of(2023));
  }

  @Property(tries = 200)
  void anyCountSeries_underAnySchemeAndTarget_isAssessedPromptly(
      @ForAll("series") List<Long> counts,
      @ForAll("hostileCounts") long level,
      @ForAll("schemes") int scheme,
      @ForAll("targets") int targetKind) {
    Metric metric = Metric.local("arrests", "Arrests", Unit.COUNT, Polarity.HIGHER_IS_BETTER);
    FinancialQuarter first = FinancialQuarter.of(2022, 1);
    Baseline baseline = Baseline.of(first, Quantity.count(counts.get(0)));
    RagScheme rag =
        switch (scheme) {
          case 0 -> DorsetJuly2023.BANDS;
          case 1 -> TargetToleranceScheme.of(Tolerance.relative(Exact.of(1, 10)));
          case 2 -> TrajectoryScheme.of(Tolerance.relative(Exact.of(1, 20)));
          default -> ProjectedAttainmentScheme.of(Tolerance.relative(Exact.of(1, 10)));
        };
    ReportingPeriod due = first.plusQuarters(counts.size() - 1 + (int) (level % 6));
    Target target =
        switch (targetKind) {
          case 0 -> Target.reach(Quantity.count(level), due);
          case 1 -> Target.changeBy(baseline, Exact.of(level % 40 - 19, 20), FinancialYear.of(2024));
          case 2 -> Target.stayWithin(Bound.AT_LEAST, Quantity.count(level), FinancialYear.of(2023));
          default -> Target.reach(Quantity.count(level), FinancialYear.containing(due.start()));
        };
    Dataset.Builder builder =
        Dataset.builder("hostile", Areas.hierarchy())
            .metric(metric)
            .defaultScheme(rag)
            .baseline(metric, Areas.DORSET, baseline)
            .target(metric, Areas.DORSET, target);
    for (int i = 0; i < counts.size(); i++) {
      builder.measurement(Measurement.of(metric, Areas.DORSET, first.plusQuarters(i), Count.of(counts.get(i))));
    }
    Dataset data;
    try {
      data = builder.build();
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).contains("arrests");
      return;
    }
    assessesPromptly(data, metric, first.plusQuarters(counts.size() - 1));
  }

  @Provide
  Arbitrary<Integer> schemes() {
    return Arbitraries.integers().between(0, 3);
  }

  @Provide
  Arbitrary<Integer> targets() {
    return Arbitraries.integers().between(0, 3);
  }

  @Provide
  Arbitrary<List<Long>> series() {
    return hostileCounts().list().ofMinSize(1).ofMaxSize(14);
  }

  @Provide
  Arbitrary<Integer> kinds() {
    return Arbitraries.integers().between(0, 2);
  }

  private static void assessesPromptly(Dataset data, Metric metric, ReportingPeriod period) {
    Throwable thrown =
        catchThrowable(
            () ->
                assertTimeoutPreemptively(
                    PROMPTLY,
                    () -> {
                      Assessment assessment = Assessor.assess(data, metric, Areas.DORSET, period).orElseThrow();
                      assertThat(PanelSentences.of(data.presentation()).sentences(assessment)).isNotEmpty();
                      assertThat(Scorecards.of(data, Areas.PAN_DORSET_CDP, period).lines()).isNotEmpty();
                      assertThat(Scorecards.of(data, Areas.DORSET, period).toString()).isNotBlank();
                    }));
    assertThat(thrown).isNull();
  }
}
