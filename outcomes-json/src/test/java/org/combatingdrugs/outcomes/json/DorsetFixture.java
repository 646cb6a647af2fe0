package org.combatingdrugs.outcomes.json;

import java.math.BigDecimal;
import java.util.List;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.assess.Dataset;
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
 * The Dorset CDP progress report of July 2023 built in Java, figure by figure, to compare with
 * {@code dorset-progress-report-2023-07.json}.
 */
final class DorsetFixture {

  static final Metric COUNTY_LINES_ARRESTS =
      Metric.local("county-lines-arrests", "County lines arrests", Unit.COUNT, Polarity.HIGHER_IS_BETTER);
  static final Metric SOC_DISRUPTIONS =
      Metric.local("soc-disruptions", "SOC disruptions", Unit.COUNT, Polarity.HIGHER_IS_BETTER);
  static final Metric CASH_SEIZED = Metric.local("cash-seized", "Cash seized", Unit.POUNDS, Polarity.HIGHER_IS_BETTER);
  static final Metric DRUG_RELATED_DEATHS =
      Metric.local("drug-related-deaths", "Drug-related deaths", Unit.COUNT, Polarity.LOWER_IS_BETTER);

  static final String FILE = "dorset-progress-report-2023-07.json";

  private DorsetFixture() {}

  static Dataset progressReport() {
    FinancialYear year = FinancialYear.of(2023);
    FinancialYear lastYear = FinancialYear.of(2022);
    FinancialYear ambitionYear = FinancialYear.of(2024);
    YearToDate toSeptember = YearToDate.through(CalendarMonth.of(2023, 9));
    AreaHierarchy areas =
        AreaHierarchy.empty().compose(Areas.PAN_DORSET_CDP, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, Areas.DORSET);
    return Dataset.builder("Dorset CDP progress report, July 2023", areas)
        .metrics(
            MetricCatalogue.national(),
            NationalMetrics.NEIGHBOURHOOD_CRIME.id(),
            NationalMetrics.NUMBERS_IN_TREATMENT.id(),
            NationalMetrics.CONTINUITY_OF_CARE_PRISON.id())
        .metric(COUNTY_LINES_ARRESTS)
        .metric(SOC_DISRUPTIONS)
        .metric(CASH_SEIZED)
        .metric(DRUG_RELATED_DEATHS)
        .defaultScheme(
            ChangeBandsScheme.of(
                ChangeMeasure.RELATIVE,
                List.of(
                    ChangeBand.below(Exact.of(-1, 20), RagStatus.RED),
                    ChangeBand.between(Exact.of(-1, 20), Exact.ZERO, RagStatus.AMBER),
                    ChangeBand.atLeast(Exact.ZERO, RagStatus.GREEN))))
        .scheme(NationalMetrics.CONTINUITY_OF_CARE_PRISON, TargetToleranceScheme.of(Tolerance.points(new BigDecimal("5"))))
        .measurement(Measurement.of(COUNTY_LINES_ARRESTS, Areas.DORSET, year.quarter(1), Count.of(38)))
        .measurement(Measurement.of(COUNTY_LINES_ARRESTS, Areas.DORSET, lastYear, Count.of(80)))
        .measurement(Measurement.of(SOC_DISRUPTIONS, Areas.DORSET, year.quarter(1), Count.of(259)))
        .measurement(Measurement.of(SOC_DISRUPTIONS, Areas.DORSET, lastYear, Count.of(964)))
        .measurement(Measurement.of(NationalMetrics.NEIGHBOURHOOD_CRIME, Areas.DORSET, toSeptember, Count.of(101)))
        .measurement(Measurement.of(NationalMetrics.NEIGHBOURHOOD_CRIME, Areas.DORSET, lastYear, Count.of(188)))
        .measurement(Measurement.of(CASH_SEIZED, Areas.DORSET, year.quarter(1), Money.of("23756")))
        .measurement(Measurement.of(CASH_SEIZED, Areas.DORSET, lastYear, Money.of("68413")))
        .measurement(
            Measurement.of(NationalMetrics.NUMBERS_IN_TREATMENT, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, lastYear, Count.of(2590)))
        .measurement(Measurement.of(NationalMetrics.NUMBERS_IN_TREATMENT, Areas.DORSET, lastYear, Count.of(1889)))
        .measurement(
            Measurement.of(
                NationalMetrics.CONTINUITY_OF_CARE_PRISON,
                Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE,
                lastYear,
                PublishedPercentage.of("45.2")))
        .measurement(
            Measurement.of(NationalMetrics.CONTINUITY_OF_CARE_PRISON, Areas.DORSET, lastYear, PublishedPercentage.of("67.7")))
        .measurement(Measurement.of(DRUG_RELATED_DEATHS, Areas.PAN_DORSET_CDP, CalendarYear.of(2021), Count.of(59)))
        .measurement(
            Measurement.of(DRUG_RELATED_DEATHS, Areas.PAN_DORSET_CDP, CalendarYear.of(2022), Count.of(55))
                .withStatus(DataStatus.PROVISIONAL))
        .target(
            NationalMetrics.NUMBERS_IN_TREATMENT,
            Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE,
            Target.reach(Quantity.count(2700), year))
        .target(NationalMetrics.NUMBERS_IN_TREATMENT, Areas.DORSET, Target.reach(Quantity.count(1942), year))
        .target(
            NationalMetrics.CONTINUITY_OF_CARE_PRISON,
            Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE,
            Target.reach(Quantity.percent("75"), ambitionYear))
        .target(NationalMetrics.CONTINUITY_OF_CARE_PRISON, Areas.DORSET, Target.reach(Quantity.percent("75"), ambitionYear))
        .benchmark(NationalMetrics.CONTINUITY_OF_CARE_PRISON, lastYear, PublishedPercentage.of("41.1"))
        .build();
  }
}
