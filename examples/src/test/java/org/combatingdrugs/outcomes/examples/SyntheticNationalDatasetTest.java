package org.combatingdrugs.outcomes.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.assess.Scorecard;
import org.combatingdrugs.outcomes.assess.ScorecardLine;
import org.combatingdrugs.outcomes.assess.ScorecardSection;
import org.combatingdrugs.outcomes.assess.Scorecards;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.MeasureType;
import org.junit.jupiter.api.Test;

class SyntheticNationalDatasetTest {

  private static final Dataset SMALL = SyntheticNationalDataset.generate(3, SyntheticNationalDataset.SEED);

  @Test
  void holdsEveryMetricInEveryAreaForFortyQuarters() {
    int metrics = MetricCatalogue.national().all().size() + 1;
    assertThat(SMALL.metrics()).hasSize(metrics);
    assertThat(SMALL.areas().areas()).hasSize(3);
    assertThat(SMALL.size()).isEqualTo(3 * metrics * 40);
    Area first = SMALL.areas().areas().get(0);
    for (Metric metric : SMALL.metrics()) {
      assertThat(SMALL.series(metric, first).firstKey()).isEqualTo(SyntheticNationalDataset.FIRST);
      assertThat(SMALL.series(metric, first).lastKey()).isEqualTo(SyntheticNationalDataset.LATEST);
      assertThat(SMALL.latest(metric, first).orElseThrow().status()).isEqualTo(DataStatus.PROVISIONAL);
      boolean judged = metric.polarity() != Polarity.NO_JUDGEMENT;
      assertThat(SMALL.target(metric, first).isPresent()).as(metric.id()).isEqualTo(judged);
      assertThat(SMALL.baseline(metric, first).isPresent()).as(metric.id()).isEqualTo(judged);
    }
  }

  @Test
  void coversEveryMeasureType() {
    Set<MeasureType> types = EnumSet.noneOf(MeasureType.class);
    SMALL.metrics().forEach(m -> types.add(m.measureType()));
    assertThat(types).containsExactlyInAnyOrder(MeasureType.values());
  }

  @Test
  void benchmarksProportionsAndRatesOnly() {
    for (Metric metric : SMALL.metrics()) {
      boolean pooled =
          metric.measureType() == MeasureType.PROPORTION || metric.measureType() == MeasureType.RATE;
      assertThat(SMALL.benchmark(metric, SyntheticNationalDataset.LATEST).isPresent())
          .as(metric.id())
          .isEqualTo(pooled);
    }
  }

  @Test
  void theSameSeedGivesTheSameDatasetAndAnAreaDoesNotDependOnHowManyAreGenerated() {
    Dataset again = SyntheticNationalDataset.generate(3, SyntheticNationalDataset.SEED);
    Dataset more = SyntheticNationalDataset.generate(5, SyntheticNationalDataset.SEED);
    Dataset otherSeed = SyntheticNationalDataset.generate(3, SyntheticNationalDataset.SEED + 1);
    Area area = SMALL.areas().areas().get(2);
    for (Metric metric : SMALL.metrics()) {
      assertThat(again.series(metric, area)).isEqualTo(SMALL.series(metric, area));
      assertThat(more.series(metric, area)).isEqualTo(SMALL.series(metric, area));
      assertThat(more.target(metric, area)).isEqualTo(SMALL.target(metric, area));
    }
    assertThat(otherSeed.series(SMALL.metrics().get(0), area))
        .isNotEqualTo(SMALL.series(SMALL.metrics().get(0), area));
  }

  @Test
  void everyAreaHasAScorecardLineForEveryMetricWithAnAssessment() {
    for (Area area : SMALL.areas().areas()) {
      Scorecard card = Scorecards.of(SMALL, area, SyntheticNationalDataset.LATEST);
      int lines = 0;
      for (ScorecardSection section : card.sections()) {
        for (ScorecardLine line : section.lines()) {
          assertThat(line.assessment().isComputed()).as(line.metric().id()).isTrue();
          lines++;
        }
      }
      assertThat(lines).isEqualTo(SMALL.metrics().size());
    }
  }

  @Test
  void choosesASchemeByMeasureType() {
    for (Metric metric : SMALL.metrics()) {
      String expected =
          switch (metric.measureType()) {
            case PROPORTION -> "TargetToleranceScheme";
            case RATE -> "ProjectedAttainmentScheme";
            case COUNT, MONEY -> "ChangeBandsScheme";
          };
      assertThat(SMALL.scheme(metric).orElseThrow().getClass().getSimpleName()).as(metric.id()).isEqualTo(expected);
    }
    assertThat(SMALL.scheme(SyntheticNationalDataset.CASH_SEIZED)).contains(SyntheticNationalDataset.CHANGE_BANDS);
  }

  @Test
  void refusesAnAreaCountThatIsNoNumber() {
    assertThatThrownBy(() -> SyntheticNationalDataset.main(new String[] {"many", "x.json"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("number of areas")
        .hasMessageContaining("'many'");
  }

  @Test
  void refusesAnAreaCountOutOfRange() {
    assertThatThrownBy(() -> SyntheticNationalDataset.generate(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("areaCount")
        .hasMessageContaining("0");
    assertThatThrownBy(() -> SyntheticNationalDataset.generate(100_000, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("100000");
  }
}
