package org.combatingdrugs.outcomes.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.ARRESTS;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.CARE;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.LAST_YEAR;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.TREATMENT;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.YEAR;

import java.math.BigDecimal;
import java.util.Optional;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaType;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;
import org.combatingdrugs.outcomes.framework.Outcome;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.rag.TargetToleranceScheme;
import org.combatingdrugs.outcomes.rag.Tolerance;
import org.combatingdrugs.outcomes.target.Bound;
import org.combatingdrugs.outcomes.target.Target;
import org.junit.jupiter.api.Test;

/** Scorecards of the Dorset figures: grouped by outcome, counted, pooled for pan-Dorset, and compared. */
class ScorecardTest {

  private static final Area BCP = Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE;
  private static final Area DORSET = Areas.DORSET;
  private static final Area PAN_DORSET = Areas.PAN_DORSET_CDP;

  @Test
  void test_panDorset_poolsAdultsInTreatment_andTheirTargets() {
    Scorecard card = Scorecards.of(DorsetJuly2023.dataset(), PAN_DORSET, LAST_YEAR);
    ScorecardLine adults = card.line(TREATMENT.id()).orElseThrow();
    assertThat(adults.pooledFrom()).containsExactly(BCP, DORSET);
    Assessment pooled = adults.assessment().orElseThrow();
    assertThat(pooled.latest().value().quantity()).isEqualTo(Quantity.count(4479));
    assertThat(pooled.target().orElseThrow()).isEqualTo(Target.reach(Quantity.count(4642), YEAR));
    assertThat(pooled.attainment().orElseThrow()).hasToString("4,479 against at least 4,642: 163 to go");
  }

  @Test
  void test_panDorset_refusesToAveragePublishedPercentages_andNamesMissingParts() {
    Scorecard card = Scorecards.of(DorsetJuly2023.dataset(), PAN_DORSET, LAST_YEAR);
    ScorecardLine care = card.line(CARE.id()).orElseThrow();
    assertThat(care.assessment().reason()).contains(AssessmentReason.PARTS_NOT_POOLABLE);
    assertThat(care.pooledFrom()).isEmpty();
    assertThat(care.toString()).doesNotContain("pooled from");
    ScorecardLine arrests = card.line(ARRESTS.id()).orElseThrow();
    assertThat(arrests.assessment().reason()).contains(AssessmentReason.PART_MISSING);
    assertThat(arrests.missingParts()).containsExactly(BCP);
    assertThat(arrests.toString()).contains("no value for Bournemouth, Christchurch and Poole");
  }

  @Test
  void test_proportionsArePooledFromTheirCounts_betweenTheParts() {
    Dataset data =
        Dataset.builder("care", Areas.hierarchy())
            .metrics(MetricCatalogue.national(), CARE.id())
            .measurement(Measurement.of(CARE, BCP, LAST_YEAR, Proportion.of(113, 250)))
            .measurement(Measurement.of(CARE, DORSET, LAST_YEAR, Proportion.of(203, 300)))
            .build();
    Assessment pooled = Scorecards.of(data, PAN_DORSET, LAST_YEAR).line(CARE.id()).orElseThrow().assessment().orElseThrow();
    assertThat(pooled.latest().value()).isEqualTo(Proportion.of(316, 550));
  }

  @Test
  void test_sectionsFollowTheFramework_strategicThenIntermediateThenLocal() {
    Scorecard card = Scorecards.of(DorsetJuly2023.dataset(), DORSET, YEAR.quarter(1));
    assertThat(card.sections())
        .extracting(s -> s.outcome().map(o -> o.kind().name()).orElse("LOCAL"))
        .containsExactly("STRATEGIC", "INTERMEDIATE", "LOCAL");
    assertThat(card.sections().get(card.sections().size() - 1).title()).isEqualTo("Local metrics");
    assertThat(card.sections().get(card.sections().size() - 1).lines())
        .extracting(l -> l.metric().id())
        .containsExactly("county-lines-arrests", "soc-disruptions", "cash-seized");
    assertThat(card.statusCounts()).containsEntry(RagStatus.GREEN, 3).containsEntry(RagStatus.AMBER, 0).containsEntry(RagStatus.RED, 0);
    assertThat(card.directionCounts()).containsEntry(Judgement.IMPROVING, 3);
    assertThat(card.lines()).hasSize(6);
    assertThat(card.notRated()).isEqualTo(3);
  }

  @Test
  void test_twoPeriods_sayWhatChanged() {
    FinancialYear year = FinancialYear.of(2024);
    Dataset data =
        Dataset.builder("panel", Areas.hierarchy())
            .metrics(MetricCatalogue.national(), CARE.id(), TREATMENT.id())
            .defaultScheme(TargetToleranceScheme.of(Tolerance.points(new BigDecimal("5"))))
            .target(CARE, DORSET, Target.reach(Quantity.percent("58"), year))
            .measurement(Measurement.of(CARE, DORSET, CalendarMonth.of(2024, 4), PublishedPercentage.of("60")))
            .measurement(Measurement.of(CARE, DORSET, CalendarMonth.of(2024, 5), PublishedPercentage.of("55")))
            .measurement(Measurement.of(TREATMENT, DORSET, CalendarMonth.of(2024, 5), Count.of(1900)))
            .build();
    ScorecardComparison compared = Scorecards.compare(data, DORSET, CalendarMonth.of(2024, 4), CalendarMonth.of(2024, 5));
    assertThat(compared.change(CARE.id()).orElseThrow()).hasToString("continuity-of-care-prison: GREEN → AMBER (worsened)");
    assertThat(compared.change(TREATMENT.id()).orElseThrow().movement()).isEqualTo(StatusChange.Movement.NOT_RATED);
    assertThat(compared).hasToString("April 2024 → May 2024: 0 improved, 1 worsened, 0 unchanged");
  }

  @Test
  void test_statusChange_mustBeTheMoveItsStatusesMake() {
    assertThatThrownBy(
            () -> new StatusChange(CARE, Optional.of(RagStatus.RED), Optional.of(RagStatus.GREEN), StatusChange.Movement.WORSENED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be IMPROVED");
  }

  @Test
  void test_aDefaultPointsScheme_ratesOnlyThePercentages_andAnExplicitOneMustFit() {
    Dataset data =
        Dataset.builder("mixed", Areas.hierarchy())
            .metrics(MetricCatalogue.national(), CARE.id(), TREATMENT.id())
            .defaultScheme(TargetToleranceScheme.of(Tolerance.points(new BigDecimal("5"))))
            .measurement(Measurement.of(CARE, DORSET, LAST_YEAR, PublishedPercentage.of("55")))
            .target(CARE, DORSET, Target.reach(Quantity.percent("58"), LAST_YEAR))
            .measurement(Measurement.of(TREATMENT, DORSET, LAST_YEAR, Count.of(1889)))
            .target(TREATMENT, DORSET, Target.reach(Quantity.count(1942), LAST_YEAR))
            .build();
    Scorecard card = Scorecards.of(data, DORSET, LAST_YEAR);
    assertThat(card.line(CARE.id()).orElseThrow().status()).contains(RagStatus.AMBER);
    assertThat(card.line(TREATMENT.id()).orElseThrow().assessment().orElseThrow().rating().reason())
        .contains(AssessmentReason.NO_SCHEME);
    assertThatThrownBy(
            () ->
                Dataset.builder("mixed", Areas.hierarchy())
                    .metrics(MetricCatalogue.national(), TREATMENT.id())
                    .scheme(TREATMENT, TargetToleranceScheme.of(Tolerance.points(new BigDecimal("5")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scheme for numbers-in-treatment does not fit its unit");
  }

  @Test
  void test_aTargetAgainstTheMetricsPolarity_isRefusedNamingMetricAndArea() {
    assertThatThrownBy(
            () ->
                Dataset.builder("bound", Areas.hierarchy())
                    .metrics(MetricCatalogue.national(), CARE.id())
                    .target(CARE, DORSET, Target.stayWithin(Bound.AT_MOST, Quantity.percent("39"), LAST_YEAR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("target for continuity-of-care-prison in E06000059")
        .hasMessageContaining("contradicts polarity");
  }

  @Test
  void test_anAreaOutsideTheDataset_isRefused() {
    Area elsewhere = new Area("E06000001", "Hartlepool", AreaType.LOCAL_AUTHORITY);
    assertThatThrownBy(() -> Scorecards.of(DorsetJuly2023.dataset(), elsewhere, LAST_YEAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Hartlepool");
  }
}
