package org.combatingdrugs.outcomes.examples;

import java.math.BigDecimal;
import java.util.List;
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
 * The Dorset figures as the partnership holds them, each typed once: the progress report of July
 * 2023 ({@code seeds/002}) and the Police and Crime Panel's continuity-of-care ratings of July 2024
 * ({@code seeds/004}). The two are separate datasets because they set different targets for the
 * same metric and area (the national 75% ambition, and the panel's local targets of 58% and 57%).
 */
public final class DorsetData {

  /** The partnership's own enforcement and treatment metrics, which the national catalogue does not hold. */
  public static final Metric COUNTY_LINES_ARRESTS =
      Metric.local("county-lines-arrests", "County lines arrests", Unit.COUNT, Polarity.HIGHER_IS_BETTER);

  /** Disruptions of serious and organised crime. */
  public static final Metric SOC_DISRUPTIONS =
      Metric.local("soc-disruptions", "SOC disruptions", Unit.COUNT, Polarity.HIGHER_IS_BETTER);

  /** Cash seized. */
  public static final Metric CASH_SEIZED =
      Metric.local("cash-seized", "Cash seized", Unit.POUNDS, Polarity.HIGHER_IS_BETTER);

  /** Young people in treatment (the catalogue's numbers in treatment counts adults). */
  public static final Metric YOUNG_PEOPLE_IN_TREATMENT =
      Metric.local("young-people-in-treatment", "Young people in treatment", Unit.COUNT, Polarity.HIGHER_IS_BETTER);

  /** Residential rehabilitation placements. */
  public static final Metric RESIDENTIAL_REHAB =
      Metric.local("residential-rehab-placements", "Residential rehab placements", Unit.COUNT, Polarity.HIGHER_IS_BETTER);

  /** Deaths registered in the year, as the report counts them (the national metric is a rate). */
  public static final Metric DRUG_RELATED_DEATHS =
      Metric.local("drug-related-deaths", "Drug-related deaths", Unit.COUNT, Polarity.LOWER_IS_BETTER);

  /** The year the progress report projects to. */
  public static final FinancialYear YEAR = FinancialYear.of(2023);

  /** The year before, whose totals the projections are compared with. */
  public static final FinancialYear LAST_YEAR = FinancialYear.of(2022);

  /** The report's months so far for neighbourhood crime. */
  public static final YearToDate TO_SEPTEMBER = YearToDate.through(CalendarMonth.of(2023, 9));

  /** The month of the panel's continuity-of-care figures. */
  public static final CalendarMonth MAY_2024 = CalendarMonth.of(2024, 5);

  /** Improvement of at least 0% GREEN, a fall of up to 5% AMBER, further RED. */
  public static final ChangeBandsScheme CHANGE_BANDS =
      ChangeBandsScheme.of(
          ChangeMeasure.RELATIVE,
          List.of(
              ChangeBand.below(Exact.of(-1, 20), RagStatus.RED),
              ChangeBand.between(Exact.of(-1, 20), Exact.ZERO, RagStatus.AMBER),
              ChangeBand.atLeast(Exact.ZERO, RagStatus.GREEN)));

  /** A target met GREEN, short by up to 5 percentage points AMBER, further RED. */
  public static final TargetToleranceScheme FIVE_POINTS =
      TargetToleranceScheme.of(Tolerance.points(new BigDecimal("5")));

  private DorsetData() {}

  /** The figures of the progress report of July 2023. */
  public static Dataset progressReport() {
    FinancialYear ambitionYear = FinancialYear.of(2024);
    return Dataset.builder("Dorset CDP progress report, July 2023", Areas.hierarchy())
        .metrics(
            MetricCatalogue.national(),
            NationalMetrics.NEIGHBOURHOOD_CRIME.id(),
            NationalMetrics.NUMBERS_IN_TREATMENT.id(),
            NationalMetrics.CONTINUITY_OF_CARE_PRISON.id())
        .metric(COUNTY_LINES_ARRESTS)
        .metric(SOC_DISRUPTIONS)
        .metric(CASH_SEIZED)
        .metric(YOUNG_PEOPLE_IN_TREATMENT)
        .metric(RESIDENTIAL_REHAB)
        .metric(DRUG_RELATED_DEATHS)
        .defaultScheme(CHANGE_BANDS)
        .scheme(NationalMetrics.CONTINUITY_OF_CARE_PRISON, FIVE_POINTS)
        .measurement(Measurement.of(COUNTY_LINES_ARRESTS, Areas.DORSET, YEAR.quarter(1), Count.of(38)))
        .measurement(Measurement.of(COUNTY_LINES_ARRESTS, Areas.DORSET, LAST_YEAR, Count.of(80)))
        .measurement(Measurement.of(SOC_DISRUPTIONS, Areas.DORSET, YEAR.quarter(1), Count.of(259)))
        .measurement(Measurement.of(SOC_DISRUPTIONS, Areas.DORSET, LAST_YEAR, Count.of(964)))
        .measurement(Measurement.of(NationalMetrics.NEIGHBOURHOOD_CRIME, Areas.DORSET, TO_SEPTEMBER, Count.of(101)))
        .measurement(Measurement.of(NationalMetrics.NEIGHBOURHOOD_CRIME, Areas.DORSET, LAST_YEAR, Count.of(188)))
        .measurement(Measurement.of(CASH_SEIZED, Areas.DORSET, YEAR.quarter(1), Money.of("23756")))
        .measurement(Measurement.of(CASH_SEIZED, Areas.DORSET, LAST_YEAR, Money.of("68413")))
        .measurement(Measurement.of(NationalMetrics.NUMBERS_IN_TREATMENT, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, LAST_YEAR, Count.of(2590)))
        .measurement(Measurement.of(NationalMetrics.NUMBERS_IN_TREATMENT, Areas.DORSET, LAST_YEAR, Count.of(1889)))
        .target(NationalMetrics.NUMBERS_IN_TREATMENT, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, Target.reach(Quantity.count(2700), YEAR))
        .target(NationalMetrics.NUMBERS_IN_TREATMENT, Areas.DORSET, Target.reach(Quantity.count(1942), YEAR))
        .measurement(Measurement.of(YOUNG_PEOPLE_IN_TREATMENT, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, LAST_YEAR, Count.of(86)))
        .measurement(Measurement.of(YOUNG_PEOPLE_IN_TREATMENT, Areas.DORSET, LAST_YEAR, Count.of(102)))
        .target(YOUNG_PEOPLE_IN_TREATMENT, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, Target.reach(Quantity.count(120), YEAR))
        .target(YOUNG_PEOPLE_IN_TREATMENT, Areas.DORSET, Target.reach(Quantity.count(75), YEAR))
        .measurement(Measurement.of(RESIDENTIAL_REHAB, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, LAST_YEAR, Count.of(30)))
        .measurement(Measurement.of(RESIDENTIAL_REHAB, Areas.DORSET, LAST_YEAR, Count.of(16)))
        .target(RESIDENTIAL_REHAB, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, Target.reach(Quantity.count(30), YEAR))
        .target(RESIDENTIAL_REHAB, Areas.DORSET, Target.reach(Quantity.count(16), YEAR))
        .measurement(Measurement.of(NationalMetrics.CONTINUITY_OF_CARE_PRISON, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, LAST_YEAR, PublishedPercentage.of("45.2")))
        .measurement(Measurement.of(NationalMetrics.CONTINUITY_OF_CARE_PRISON, Areas.DORSET, LAST_YEAR, PublishedPercentage.of("67.7")))
        .target(NationalMetrics.CONTINUITY_OF_CARE_PRISON, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, Target.reach(Quantity.percent("75"), ambitionYear))
        .target(NationalMetrics.CONTINUITY_OF_CARE_PRISON, Areas.DORSET, Target.reach(Quantity.percent("75"), ambitionYear))
        .benchmark(NationalMetrics.CONTINUITY_OF_CARE_PRISON, LAST_YEAR, PublishedPercentage.of("41.1"))
        .measurement(Measurement.of(DRUG_RELATED_DEATHS, Areas.PAN_DORSET_CDP, CalendarYear.of(2021), Count.of(59)))
        .measurement(
            Measurement.of(DRUG_RELATED_DEATHS, Areas.PAN_DORSET_CDP, CalendarYear.of(2022), Count.of(55))
                .withStatus(DataStatus.PROVISIONAL))
        .build();
  }

  /** The Police and Crime Panel's continuity-of-care figures and local targets of July 2024. */
  public static Dataset panelJuly2024() {
    FinancialYear year = FinancialYear.of(2024);
    return Dataset.builder("Police and Crime Panel, July 2024", Areas.hierarchy())
        .metrics(MetricCatalogue.national(), NationalMetrics.CONTINUITY_OF_CARE_PRISON.id())
        .defaultScheme(FIVE_POINTS)
        .measurement(Measurement.of(NationalMetrics.CONTINUITY_OF_CARE_PRISON, Areas.DORSET, MAY_2024, PublishedPercentage.of("55")))
        .measurement(Measurement.of(NationalMetrics.CONTINUITY_OF_CARE_PRISON, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, MAY_2024, PublishedPercentage.of("60")))
        .target(NationalMetrics.CONTINUITY_OF_CARE_PRISON, Areas.DORSET, Target.reach(Quantity.percent("58"), year))
        .target(NationalMetrics.CONTINUITY_OF_CARE_PRISON, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, Target.reach(Quantity.percent("57"), year))
        .build();
  }
}
