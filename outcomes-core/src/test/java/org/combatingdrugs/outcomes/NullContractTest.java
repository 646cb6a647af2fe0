package org.combatingdrugs.outcomes;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.aggregate.Aggregation;
import org.combatingdrugs.outcomes.aggregate.Pooling;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.audit.ChangeCheck;
import org.combatingdrugs.outcomes.audit.FigureCheck;
import org.combatingdrugs.outcomes.audit.PrintedFigureCheck;
import org.combatingdrugs.outcomes.audit.ProjectionCheck;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.ChangeFormat;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.calc.Projection;
import org.combatingdrugs.outcomes.calc.Projections;
import org.combatingdrugs.outcomes.calc.RunRateProjection;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.period.ReportingPeriods;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Outcome;
import org.combatingdrugs.outcomes.framework.Provenance;
import org.combatingdrugs.outcomes.rag.ChangeBandsScheme;
import org.combatingdrugs.outcomes.rag.ProjectedAttainmentScheme;
import org.combatingdrugs.outcomes.rag.TrajectoryScheme;
import org.combatingdrugs.outcomes.rag.DirectionOfTravel;
import org.combatingdrugs.outcomes.rag.TargetToleranceScheme;
import org.combatingdrugs.outcomes.rag.Tolerance;
import org.combatingdrugs.outcomes.stats.AtLevels;
import org.combatingdrugs.outcomes.stats.Benchmarks;
import org.combatingdrugs.outcomes.stats.ConfidenceLevel;
import org.combatingdrugs.outcomes.stats.Convention;
import org.combatingdrugs.outcomes.stats.CountIntervals;
import org.combatingdrugs.outcomes.stats.Interval;
import org.combatingdrugs.outcomes.stats.FunnelLimits;
import org.combatingdrugs.outcomes.stats.IntervalMethod;
import org.combatingdrugs.outcomes.stats.MeanIntervals;
import org.combatingdrugs.outcomes.stats.PoissonChange;
import org.combatingdrugs.outcomes.stats.ProportionChange;
import org.combatingdrugs.outcomes.stats.ProportionIntervals;
import org.combatingdrugs.outcomes.stats.RateIntervals;
import org.combatingdrugs.outcomes.stats.RecentTrend;
import org.combatingdrugs.outcomes.stats.StandardPopulation;
import org.combatingdrugs.outcomes.stats.StandardisedRates;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.framework.NationalAmbitions;
import org.combatingdrugs.outcomes.target.Trajectory;
import org.combatingdrugs.outcomes.target.Target;
import org.combatingdrugs.outcomes.spc.XmrChart;
import org.combatingdrugs.outcomes.spc.XmrOptions;
import org.junit.jupiter.api.Test;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.stats.IntervalReason;
import org.combatingdrugs.outcomes.period.FinancialQuarter;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.combatingdrugs.outcomes.period.FinancialQuarters;
import org.combatingdrugs.outcomes.period.FinancialYears;
import org.combatingdrugs.outcomes.period.CalendarYears;
import org.combatingdrugs.outcomes.period.CalendarQuarter;
import org.combatingdrugs.outcomes.period.MonthRange;
import org.combatingdrugs.outcomes.period.CalendarMonth;

/** Every public entry point refuses null at the boundary rather than failing later. */
class NullContractTest {

  private static final FinancialYear YEAR = FinancialYear.of(2023);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(ReportingPeriod.class, YEAR)
        .setDefault(Quantity.class, Quantity.count(1))
        .setDefault(PrintedFigure.class, PrintedFigure.parse("£78k"))
        .setDefault(Value.class, Count.of(1))
        .setDefault(Exact.class, Exact.ONE)
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(RoundingMode.class, RoundingMode.HALF_UP)
        .setDefault(Unit.class, Unit.COUNT)
        .setDefault(ElapsedBasis.class, ElapsedBasis.QUARTERS)
        .setDefault(ConfidenceLevel.class, ConfidenceLevel.NINETY_FIVE)
        .setDefault(Interval.class, new Interval(1, 0, 2, ConfidenceLevel.NINETY_FIVE, IntervalMethod.BYAR))
        .setDefault(Area.class, Areas.DORSET)
        .setDefault(AreaHierarchy.class, Areas.hierarchy())
        .setDefault(Metric.class, NationalMetrics.NUMBERS_IN_TREATMENT)
        .setDefault(Target.class, Target.reach(Quantity.count(2), YEAR))
        .setDefault(Baseline.class, Baseline.of(YEAR.previous(), Quantity.count(1)))
        .setDefault(Change.class, PercentageChange.between(Quantity.count(1), Quantity.count(2)))
        .setDefault(
            RunRateProjection.class,
            Projections.runRate(Quantity.count(1), YEAR.quarter(1), YEAR, ElapsedBasis.QUARTERS))
        .setDefault(
            Trajectory.class,
            Trajectory.linear(
                Baseline.of(YEAR.previous(), Quantity.count(1)),
                Target.reach(Quantity.count(2), YEAR),
                ElapsedBasis.QUARTERS))
        .setDefault(
            Projection.class,
            Projections.runRate(Quantity.count(1), YEAR.quarter(1), YEAR, ElapsedBasis.QUARTERS))
        .setDefault(Tolerance.class, Tolerance.relative(Exact.of(1, 10)))
        .setDefault(ImmutableList.class, ImmutableList.of())
        .setDefault(FunnelLimits.class, new FunnelLimits(1, 0, 2, 1, ConfidenceLevel.NINETY_FIVE, Convention.FINGERTIPS))
        .setDefault(Convention.class, Convention.FINGERTIPS)
        .setDefault(Polarity.class, Polarity.HIGHER_IS_BETTER)
        .setDefault(CalendarYear.class, CalendarYear.of(2022))
        .setDefault(FinancialYear.class, FinancialYear.of(2023))
        .setDefault(FinancialQuarter.class, FinancialQuarter.of(2023, 1))
        .setDefault(CalendarMonth.class, CalendarMonth.of(2023, 4))
        .setDefault(XmrOptions.class, XmrOptions.defaults())
        .setDefault(Enum.class, IntervalReason.TOTAL_COUNT_BELOW_TEN);
  }

  @Test
  void test_staticEntryPoints_refuseNull() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        ImmutableList.of(
            Exact.class, Quantity.class, PercentageChange.class, Projections.class,
            ReportingPeriods.class, Target.class, Baseline.class, Tolerance.class,
            TargetToleranceScheme.class, DirectionOfTravel.class, Pooling.class, Aggregation.class,
            Metric.class, ProportionIntervals.class, CountIntervals.class, RateIntervals.class,
            StandardisedRates.class, MeanIntervals.class, ProportionChange.class, PoissonChange.class,
            Benchmarks.class, RecentTrend.class, XmrChart.class, FigureCheck.class, ChangeCheck.class,
            ProjectionCheck.class, PrintedFigure.class, PrintedFigureCheck.class, Trajectory.class, ChangeBandsScheme.class, Outcome.class,
            NationalAmbitions.class, AtLevels.class, StandardPopulation.class, AreaHierarchy.class,
            Measurement.class, Area.class, Provenance.class, Result.class, FinancialYear.class,
            FinancialQuarter.class, CalendarMonth.class, FinancialYears.class, FinancialQuarters.class,
            CalendarYears.class, CalendarQuarter.class, MonthRange.class)) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void test_instances_refuseNull() {
    NullPointerTester tester = tester();
    tester.testAllPublicInstanceMethods(ChangeFormat.of(1, RoundingMode.HALF_UP));
    tester.testAllPublicInstanceMethods(Result.computed("59"));
    tester.testAllPublicInstanceMethods(Result.notComputed(IntervalReason.TOTAL_COUNT_BELOW_TEN));
    tester.testAllPublicInstanceMethods(MetricCatalogue.national());
    tester.testAllPublicInstanceMethods(Areas.hierarchy());
    tester.testAllPublicInstanceMethods(Quantity.count(3));
    tester.testAllPublicInstanceMethods(PrintedFigure.parse("£78k"));
    tester.testAllPublicInstanceMethods(YEAR);
    tester.testAllPublicInstanceMethods(Target.reach(Quantity.count(2), YEAR));
    tester.testAllPublicInstanceMethods(new Interval(1, 0, 2, ConfidenceLevel.NINETY_FIVE, IntervalMethod.BYAR));
    tester.testAllPublicInstanceMethods(TrajectoryScheme.of(Tolerance.relative(Exact.of(1, 10))));
    tester.testAllPublicInstanceMethods(ProjectedAttainmentScheme.of(Tolerance.relative(Exact.of(1, 10))));
    tester.testAllPublicInstanceMethods(
        XmrChart.of(java.util.List.of(1.0, 2.0, 3.0), Polarity.HIGHER_IS_BETTER, XmrOptions.defaults()));
    tester.testAllPublicInstanceMethods(
        ProportionChange.newcombe(1, 10, 2, 10, ConfidenceLevel.NINETY_FIVE));
  }
}
