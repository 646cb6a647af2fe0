package org.combatingdrugs.outcomes.assess;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.FinancialYear;

/** Invariants of scorecards over random parts of a composite. */
class ScorecardProperties {

  private static final Metric CARE = NationalMetrics.CONTINUITY_OF_CARE_PRISON;
  private static final FinancialYear YEAR = FinancialYear.of(2023);

  @Property(tries = 300)
  void aPooledProportion_liesBetweenItsParts(
      @ForAll @LongRange(min = 1, max = 1_000_000) long bcpTotal,
      @ForAll @LongRange(min = 0, max = 1_000_000) long bcpCount,
      @ForAll @LongRange(min = 1, max = 1_000_000) long dorsetTotal,
      @ForAll @LongRange(min = 0, max = 1_000_000) long dorsetCount) {
    Proportion bcp = Proportion.of(Math.min(bcpCount, bcpTotal), bcpTotal);
    Proportion dorset = Proportion.of(Math.min(dorsetCount, dorsetTotal), dorsetTotal);
    Dataset data =
        Dataset.builder("care", Areas.hierarchy())
            .metrics(MetricCatalogue.national(), CARE.id())
            .measurement(Measurement.of(CARE, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, YEAR, bcp))
            .measurement(Measurement.of(CARE, Areas.DORSET, YEAR, dorset))
            .build();
    Quantity pooled =
        Scorecards.of(data, Areas.PAN_DORSET_CDP, YEAR)
            .line(CARE.id())
            .orElseThrow()
            .assessment()
            .orElseThrow()
            .latest()
            .value()
            .quantity();
    Quantity low = bcp.quantity().compareTo(dorset.quantity()) <= 0 ? bcp.quantity() : dorset.quantity();
    Quantity high = bcp.quantity().compareTo(dorset.quantity()) <= 0 ? dorset.quantity() : bcp.quantity();
    assertThat(pooled).isBetween(low, high);
  }
}
