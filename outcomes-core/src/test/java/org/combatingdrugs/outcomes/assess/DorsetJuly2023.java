package org.combatingdrugs.outcomes.assess;

import java.math.BigDecimal;
import java.util.List;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.YearToDate;
import org.combatingdrugs.outcomes.rag.ChangeBand;
import org.combatingdrugs.outcomes.rag.ChangeBandsScheme;
import org.combatingdrugs.outcomes.rag.ChangeMeasure;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.rag.TargetToleranceScheme;
import org.combatingdrugs.outcomes.rag.Tolerance;
import org.combatingdrugs.outcomes.target.Target;

/**
 * The figures of the Dorset Combating Drugs Partnership's progress report of July 2023 ({@code
 * seeds/002}) and the continuity-of-care ratings of the Police and Crime Panel of July 2024
 * ({@code seeds/004}), as the partnership would hold them.
 */
final class DorsetJuly2023 {

  static final Metric ARRESTS =
      Metric.local("county-lines-arrests", "County lines arrests", Unit.COUNT, Polarity.HIGHER_IS_BETTER);
  static final Metric SOC =
      Metric.local("soc-disruptions", "Serious and organised crime disruptions", Unit.COUNT, Polarity.HIGHER_IS_BETTER);
  static final Metric CASH = Metric.local("cash-seized", "Cash seized", Unit.POUNDS, Polarity.HIGHER_IS_BETTER);
  static final Metric CRIME = NationalMetrics.NEIGHBOURHOOD_CRIME;
  static final Metric TREATMENT = NationalMetrics.NUMBERS_IN_TREATMENT;
  static final Metric CARE = NationalMetrics.CONTINUITY_OF_CARE_PRISON;
  /** Deaths registered in the year, as the report counts them (the national metric is a rate). */
  static final Metric DEATHS =
      Metric.local("drug-related-deaths", "Drug-related deaths", Unit.COUNT, Polarity.LOWER_IS_BETTER);

  static final FinancialYear LAST_YEAR = FinancialYear.of(2022);
  static final FinancialYear YEAR = FinancialYear.of(2023);
  static final YearToDate TO_SEPTEMBER = YearToDate.through(CalendarMonth.of(2023, 9));

  /** Improvement of at least 0% GREEN, a fall of up to 5% AMBER, further RED. */
  static final ChangeBandsScheme BANDS =
      ChangeBandsScheme.of(
          ChangeMeasure.RELATIVE,
          List.of(
              ChangeBand.below(Exact.of(-1, 20), RagStatus.RED),
              ChangeBand.between(Exact.of(-1, 20), Exact.ZERO, RagStatus.AMBER),
              ChangeBand.atLeast(Exact.ZERO, RagStatus.GREEN)));

  private DorsetJuly2023() {}

  static Dataset.Builder builder() {
    return Dataset.builder("Dorset CDP, July 2023", Areas.hierarchy())
        .metric(ARRESTS)
        .metric(SOC)
        .metric(CASH)
        .metrics(MetricCatalogue.national(), CRIME.id(), TREATMENT.id(), CARE.id())
        .metric(DEATHS)
        .defaultScheme(BANDS)
        .measurement(Measurement.of(ARRESTS, Areas.DORSET, YEAR.quarter(1), Count.of(38)))
        .measurement(Measurement.of(ARRESTS, Areas.DORSET, LAST_YEAR, Count.of(80)))
        .measurement(Measurement.of(SOC, Areas.DORSET, YEAR.quarter(1), Count.of(259)))
        .measurement(Measurement.of(SOC, Areas.DORSET, LAST_YEAR, Count.of(964)))
        .measurement(Measurement.of(CRIME, Areas.DORSET, TO_SEPTEMBER, Count.of(101)))
        .measurement(Measurement.of(CRIME, Areas.DORSET, LAST_YEAR, Count.of(188)))
        .measurement(Measurement.of(CASH, Areas.DORSET, YEAR.quarter(1), Money.of("23756")))
        .measurement(Measurement.of(CASH, Areas.DORSET, LAST_YEAR, Money.of("68413")))
        .measurement(Measurement.of(TREATMENT, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, LAST_YEAR, Count.of(2590)))
        .measurement(Measurement.of(TREATMENT, Areas.DORSET, LAST_YEAR, Count.of(1889)))
        .target(TREATMENT, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, Target.reach(Quantity.count(2700), YEAR))
        .target(TREATMENT, Areas.DORSET, Target.reach(Quantity.count(1942), YEAR))
        .measurement(Measurement.of(CARE, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, LAST_YEAR, PublishedPercentage.of("45.2")))
        .measurement(Measurement.of(CARE, Areas.DORSET, LAST_YEAR, PublishedPercentage.of("67.7")))
        .target(CARE, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, Target.reach(Quantity.percent("75"), FinancialYear.of(2024)))
        .target(CARE, Areas.DORSET, Target.reach(Quantity.percent("75"), FinancialYear.of(2024)))
        .measurement(Measurement.of(DEATHS, Areas.PAN_DORSET_CDP, CalendarYear.of(2021), Count.of(59)))
        .measurement(
            Measurement.of(DEATHS, Areas.PAN_DORSET_CDP, CalendarYear.of(2022), Count.of(55))
                .withStatus(DataStatus.PROVISIONAL));
  }

  /** The dataset, continuity of care rated against its target with a 5-point amber tolerance. */
  static Dataset dataset() {
    return builder().scheme(CARE, TargetToleranceScheme.of(Tolerance.points(new BigDecimal("5")))).build();
  }
}
