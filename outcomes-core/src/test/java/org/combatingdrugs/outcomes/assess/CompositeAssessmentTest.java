package org.combatingdrugs.outcomes.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.TREATMENT;

import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.area.AreaType;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.junit.jupiter.api.Test;

/**
 * A composite assessed on its own, as a scorecard line is: from its parts' numerators and
 * denominators pooled, from the areas its members are made of when a member holds only a published
 * percentage, and refused with the reason when the parts cannot be pooled.
 */
class CompositeAssessmentTest {

  private static final Area BCP = Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE;
  private static final Area DORSET = Areas.DORSET;
  private static final Area PAN_DORSET = Areas.PAN_DORSET_CDP;
  private static final Metric CARE = NationalMetrics.CONTINUITY_OF_CARE_PRISON;
  private static final FinancialYear YEAR = FinancialYear.of(2023);

  @Test
  void test_assess_aCompositeWithoutItsOwnValues_isPooledAsItsScorecardLineIs() {
    Dataset data =
        Dataset.builder("treatment", Areas.hierarchy())
            .metrics(MetricCatalogue.national(), TREATMENT.id())
            .measurement(Measurement.of(TREATMENT, BCP, YEAR, Count.of(2700)))
            .measurement(Measurement.of(TREATMENT, DORSET, YEAR, Count.of(1900)))
            .build();
    Assessment pooled = Assessor.assess(data, TREATMENT, PAN_DORSET, YEAR).orElseThrow();
    assertThat(pooled.latest().value().quantity()).isEqualTo(Quantity.count(4600));
    assertThat(pooled)
        .isEqualTo(
            Scorecards.of(data, PAN_DORSET, YEAR)
                .line(TREATMENT.id())
                .orElseThrow()
                .assessment()
                .orElseThrow());
  }

  @Test
  void test_assess_aCompositeWithAPartMissing_saysSo() {
    Dataset data =
        Dataset.builder("treatment", Areas.hierarchy())
            .metrics(MetricCatalogue.national(), TREATMENT.id())
            .measurement(Measurement.of(TREATMENT, BCP, YEAR, Count.of(2700)))
            .build();
    assertThat(Assessor.assess(data, TREATMENT, PAN_DORSET, YEAR).reason())
        .contains(AssessmentReason.PART_MISSING);
  }

  @Test
  void test_assess_aMiddleLevelPublishedPercentage_isPooledFromTheAreasBeneathIt() {
    Area east = Area.of("east-cdp", "East partnership", AreaType.COMBATING_DRUGS_PARTNERSHIP);
    Area west = Area.of("west-cdp", "West partnership", AreaType.COMBATING_DRUGS_PARTNERSHIP);
    Area region = Area.of("south-region", "South", AreaType.REGION);
    AreaHierarchy areas =
        AreaHierarchy.empty()
            .compose(east, BCP, DORSET)
            .compose(west, Areas.CORNWALL, Areas.PLYMOUTH)
            .compose(region, east, west);
    Dataset data =
        Dataset.builder("region", areas)
            .metrics(MetricCatalogue.national(), CARE.id())
            // The partnerships publish percentages; their authorities' counts are held too.
            .measurement(Measurement.of(CARE, east, YEAR, PublishedPercentage.of("45.2")))
            .measurement(Measurement.of(CARE, west, YEAR, PublishedPercentage.of("30.0")))
            .measurement(Measurement.of(CARE, BCP, YEAR, Proportion.of(40, 100)))
            .measurement(Measurement.of(CARE, DORSET, YEAR, Proportion.of(30, 50)))
            .measurement(Measurement.of(CARE, Areas.CORNWALL, YEAR, Proportion.of(20, 80)))
            .measurement(Measurement.of(CARE, Areas.PLYMOUTH, YEAR, Proportion.of(10, 20)))
            .build();
    // (40 + 30 + 20 + 10) / (100 + 50 + 80 + 20) = 100 / 250 = 40%.
    Assessment south = Assessor.assess(data, CARE, region, YEAR).orElseThrow();
    assertThat(south.latest().value().quantity())
        .isEqualTo(Quantity.of(Exact.of(40), Unit.PERCENT));
    ScorecardLine line = Scorecards.of(data, region, YEAR).line(CARE.id()).orElseThrow();
    assertThat(line.pooledFrom()).containsExactly(BCP, DORSET, Areas.CORNWALL, Areas.PLYMOUTH);
    assertThat(line.assessment().orElseThrow()).isEqualTo(south);
  }

  @Test
  void test_assess_publishedPercentagesAllTheWayDown_areNotPooled() {
    Dataset data =
        Dataset.builder("care", Areas.hierarchy())
            .metrics(MetricCatalogue.national(), CARE.id())
            .measurement(Measurement.of(CARE, BCP, YEAR, PublishedPercentage.of("45.2")))
            .measurement(Measurement.of(CARE, DORSET, YEAR, PublishedPercentage.of("38.0")))
            .build();
    assertThat(Assessor.assess(data, CARE, PAN_DORSET, YEAR).reason())
        .contains(AssessmentReason.PARTS_NOT_POOLABLE);
  }
}
