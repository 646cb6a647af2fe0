package org.combatingdrugs.outcomes.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.ARRESTS;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.CARE;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.LAST_YEAR;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.TREATMENT;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.YEAR;

import java.math.RoundingMode;
import java.util.Optional;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.framework.Outcome;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.stats.Interval;
import org.combatingdrugs.outcomes.stats.ProportionIntervals;
import org.combatingdrugs.outcomes.stats.Benchmarks;
import org.combatingdrugs.outcomes.stats.ConfidenceLevel;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.junit.jupiter.api.Test;

/**
 * What a scorecard and its parts print. Dorset in 2023/24 Q1 holds six metrics: the three local ones
 * rated GREEN and improving on last year (38 arrests projected to 152 against 80, and so on), and
 * neighbourhood crime, adults in treatment and continuity of care, which have no value for the
 * quarter.
 */
class ScorecardTextTest {

  private static Scorecard dorsetQ1() {
    return Scorecards.of(DorsetJuly2023.dataset(), Areas.DORSET, YEAR.quarter(1));
  }

  @Test
  void test_scorecard_countsAndPrintsItsStatuses() {
    Scorecard card = dorsetQ1();
    assertThat(card.lines()).hasSize(6);
    assertThat(card.notRated()).isEqualTo(3);
    assertThat(card.noDirection()).isEqualTo(3);
    assertThat(card.directionCounts().values().stream().mapToInt(Integer::intValue).sum() + card.noDirection())
        .isEqualTo(card.lines().size());
    assertThat(card).hasToString("Dorset, 2023/24 Q1: 3 GREEN, 0 AMBER, 0 RED, 3 not rated");
  }

  @Test
  void test_noDirection_countsOnlyTheLinesWithout() {
    Scorecard lastYear = Scorecards.of(DorsetJuly2023.dataset(), Areas.DORSET, LAST_YEAR);
    long withDirection = lastYear.lines().stream().filter(l -> l.direction().isPresent()).count();
    assertThat(lastYear.noDirection()).isEqualTo(lastYear.lines().size() - (int) withDirection);
  }

  @Test
  void test_line_printsStatusAndDirectionOrWhyNot() {
    Scorecard card = dorsetQ1();
    assertThat(card.line(ARRESTS.id()).orElseThrow()).hasToString("county-lines-arrests: GREEN, improving");
    assertThat(card.line(TREATMENT.id()).orElseThrow().toString())
        .startsWith("numbers-in-treatment: not assessed: ");
    Scorecard panDorset = Scorecards.of(DorsetJuly2023.dataset(), Areas.PAN_DORSET_CDP, LAST_YEAR);
    assertThat(panDorset.line(TREATMENT.id()).orElseThrow())
        .hasToString(
            "numbers-in-treatment: not rated, no direction (pooled from Bournemouth, Christchurch and Poole,"
                + " Dorset)");
  }

  @Test
  void test_section_titleAndCount() {
    Scorecard card = dorsetQ1();
    assertThat(card.sections()).extracting(ScorecardSection::toString)
        .containsExactly(
            "Reduce drug-related crime (strategic): 1 metric",
            "Increase engagement in drug treatment (intermediate): 2 metrics",
            "Local metrics: 3 metrics");
    assertThat(card.sections().get(0).outcome()).contains(Outcome.REDUCE_DRUG_RELATED_CRIME);
  }

  @Test
  void test_statusChange_noLongerRated() {
    StatusChange dropped = StatusChange.of(CARE, Optional.of(RagStatus.AMBER), Optional.empty());
    assertThat(dropped.movement()).isEqualTo(StatusChange.Movement.NO_LONGER_RATED);
    assertThat(dropped).hasToString("continuity-of-care-prison: AMBER → not rated (no longer rated)");
    assertThat(StatusChange.of(CARE, Optional.empty(), Optional.of(RagStatus.RED)).movement())
        .isEqualTo(StatusChange.Movement.NEWLY_RATED);
  }

  @Test
  void test_dataset_sizeKeysAndPresentation() {
    Dataset data = DorsetJuly2023.dataset();
    assertThat(data.size()).isEqualTo(14);
    assertThat(new SeriesKey("numbers-in-treatment", "E06000058")).hasToString("numbers-in-treatment in E06000058");
    Presentation twoPlaces = new Presentation(2, RoundingMode.DOWN);
    assertThat(DorsetJuly2023.builder().presentation(twoPlaces).build().presentation()).isEqualTo(twoPlaces);
    assertThat(data.presentation()).isEqualTo(Presentation.DEFAULT);
  }

  @Test
  void test_assessmentAndBenchmark_readAsTheirMeasurementAndComparison() {
    Assessment adults =
        Assessor.assess(DorsetJuly2023.dataset(), TREATMENT, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, LAST_YEAR)
            .orElseThrow();
    assertThat(adults).hasToString(adults.latest().toString());
    assertThat(adults.toString()).contains("2,590");
    Interval bcp = ProportionIntervals.wilson(113, 250, ConfidenceLevel.NINETY_FIVE, 100);
    AgainstBenchmark against =
        new AgainstBenchmark(Proportion.of(411, 1000), Benchmarks.byInterval(bcp, 41.1, Polarity.HIGHER_IS_BETTER));
    assertThat(against).hasToString("against 41.1%: " + against.comparison());
    assertThat(against.toString()).startsWith("against 41.1%: similar");
    assertThat(Measurement.of(CARE, Areas.DORSET, YEAR, Proportion.of(1, 2)).toString()).contains("50.0%");
  }
}
