package org.combatingdrugs.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.combatingdrugs.outcomes.aggregate.Aggregation;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.audit.ChangeCheck;
import org.combatingdrugs.outcomes.audit.FigureCheck;
import org.combatingdrugs.outcomes.audit.ProjectionCheck;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.ChangeFormat;
import org.combatingdrugs.outcomes.calc.LinearTrend;
import org.combatingdrugs.outcomes.calc.Observation;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.calc.Projections;
import org.combatingdrugs.outcomes.calc.RunRateProjection;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.framework.Confidence;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.framework.Provenance;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.YearToDate;
import org.combatingdrugs.outcomes.rag.ChangeBand;
import org.combatingdrugs.outcomes.rag.ChangeBandsScheme;
import org.combatingdrugs.outcomes.rag.ChangeMeasure;
import org.combatingdrugs.outcomes.rag.DirectionOfTravel;
import org.combatingdrugs.outcomes.rag.ProjectedAttainmentScheme;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.rag.Rating;
import org.combatingdrugs.outcomes.rag.TargetToleranceScheme;
import org.combatingdrugs.outcomes.rag.Tolerance;
import org.combatingdrugs.outcomes.rag.TrajectoryScheme;
import org.combatingdrugs.outcomes.spc.XmrChart;
import org.combatingdrugs.outcomes.spc.XmrOptions;
import org.combatingdrugs.outcomes.stats.Benchmarks;
import org.combatingdrugs.outcomes.stats.ConfidenceLevel;
import org.combatingdrugs.outcomes.stats.Interval;
import org.combatingdrugs.outcomes.stats.MeanIntervals;
import org.combatingdrugs.outcomes.stats.PoissonChange;
import org.combatingdrugs.outcomes.stats.ProportionIntervals;
import org.combatingdrugs.outcomes.stats.RateIntervals;
import org.combatingdrugs.outcomes.stats.RecentTrend;
import org.combatingdrugs.outcomes.stats.StandardPopulation;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Bound;
import org.combatingdrugs.outcomes.target.Target;
import org.combatingdrugs.outcomes.target.Trajectory;
import org.junit.jupiter.api.Test;

/** What an analyst meets in JShell reads as a report writes it; the exact value is an accessor away. */
class ReadableToStringTest {

  private static final FinancialYear FY_2022 = FinancialYear.of(2022);
  private static final FinancialYear FY_2023 = FinancialYear.of(2023);
  private static final FinancialYear FY_2024 = FinancialYear.of(2024);
  private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;
  private static final TargetToleranceScheme FIVE_POINTS =
      TargetToleranceScheme.of(Tolerance.points(new BigDecimal("5")));

  private static ChangeCheck changeCheck(String published, long base, long current) {
    return ChangeCheck.of(
        new BigDecimal(published),
        PercentageChange.between(Quantity.count(base), Quantity.count(current)),
        RoundingMode.HALF_UP);
  }

  private static RunRateProjection firstQuarter(Quantity value, ElapsedBasis basis) {
    return Projections.runRate(value, FY_2023.quarter(1), FY_2023, basis);
  }

  private static List<Proportion> ofThousand(long... counts) {
    return Arrays.stream(counts).mapToObj(c -> Proportion.of(c, 1000)).toList();
  }

  @Test
  void test_relativeChange_readsAsASignedPercentage() {
    assertThat(PercentageChange.between(Quantity.count(59), Quantity.count(102)).relative().orElseThrow())
        .hasToString("+72.9%");
    assertThat(PercentageChange.between(Quantity.count(59), Quantity.count(55)).relative().orElseThrow())
        .hasToString("-6.8%");
    assertThat(PercentageChange.between(Quantity.count(5), Quantity.count(5)).relative().orElseThrow())
        .hasToString("0.0%");
  }

  @Test
  void test_change_readsAsAReportWritesIt() {
    Change arrests = PercentageChange.between(Quantity.count(80), Quantity.count(152));
    assertThat(arrests).hasToString("80 → 152: +90.0% (+72)");
    assertThat(PercentageChange.between(Quantity.percent("45.2"), Quantity.percent("67.7")))
        .hasToString("45.2% → 67.7%: +22.5 pp");
    assertThat(PercentageChange.between(Quantity.count(0), Quantity.count(5)))
        .hasToString("0 → 5: undefined (+5)");
    assertThat(PercentageChange.between(Quantity.pounds("68413"), Quantity.pounds("95024")))
        .hasToString("£68,413 → £95,024: +38.9% (+£26,611)");
    assertThat(PercentageChange.between(Rate.of(4089, 524_231, 1000).quantity(), Rate.of(4200, 524_231, 1000).quantity()))
        .hasToString("7.8 per 1,000 → 8.0 per 1,000: +2.7% (+0.2 per 1,000)");
  }

  @Test
  void test_differencesOfPercentages_readAsPoints() {
    Target ambition = Target.reach(Quantity.percent("75"), FinancialYear.of(2024));
    assertThat(ambition.attainmentOf(Quantity.percent("45.2"), Polarity.HIGHER_IS_BETTER).orElseThrow().gap())
        .hasToString("29.8 pp");
    assertThat(PercentageChange.between(Quantity.percent("45.2"), Quantity.percent("67.7")).absolute())
        .hasToString("22.5 pp");
  }

  @Test
  void test_rate_readsPerItsMultiplier() {
    assertThat(Rate.of(4089, 524_231, 1000).quantity()).hasToString("7.8 per 1,000");
  }

  @Test
  void test_interval_readsWithItsMethodAndLevel() {
    assertThat(ProportionIntervals.wilson(65, 100, ConfidenceLevel.NINETY_FIVE))
        .hasToString("0.650 [0.553, 0.736] (Wilson, 95%)");
  }

  @Test
  void test_attainment_readsWithItsGapAndWhetherItIsMet() {
    Target ambition = Target.reach(Quantity.percent("75"), FinancialYear.of(2024));
    assertThat(ambition.attainmentOf(Quantity.percent("45.2"), Polarity.HIGHER_IS_BETTER).orElseThrow())
        .hasToString("45.2% against at least 75.0%: 29.8 pp to go");
    Target adults = Target.reach(Quantity.count(2700), FinancialYear.of(2023));
    assertThat(adults.attainmentOf(Quantity.count(2590), Polarity.HIGHER_IS_BETTER).orElseThrow())
        .hasToString("2,590 against at least 2,700: 110 to go");
    Target youngPeople = Target.reach(Quantity.count(75), FinancialYear.of(2023));
    assertThat(youngPeople.attainmentOf(Quantity.count(102), Polarity.HIGHER_IS_BETTER).orElseThrow())
        .hasToString("102 against at least 75: met");
  }

  @Test
  void test_changeSignificance_readsWithItsMethodAndVerdict() {
    assertThat(PoissonChange.test(59, 55, ConfidenceLevel.NINETY_FIVE))
        .hasToString("no significant change (exact conditional binomial, p = 0.779)");
  }

  @Test
  void test_figureCheck_saysWhatWasPrintedWhatWasExpectedAndWhichRoundingPrintsIt() {
    // Dorset, July 2023: 964 → 1,036 is 7.4688…%, printed 7.4.
    assertThat(FigureCheck.of(new BigDecimal("7.4"), Exact.of(7200, 964), RoundingMode.HALF_UP))
        .hasToString("printed 7.4 but 7.5 expected (7.4688… rounded HALF_UP); rounding DOWN or FLOOR prints 7.4");
    assertThat(FigureCheck.of(new BigDecimal("6.9"), Exact.of(1400, 188), RoundingMode.HALF_UP))
        .hasToString("printed 6.9 but 7.4 expected (7.4468… rounded HALF_UP); no rounding prints 6.9");
    assertThat(FigureCheck.of(new BigDecimal("90"), Exact.of(7200, 80), RoundingMode.HALF_UP))
        .hasToString("printed 90 as expected (90 rounded HALF_UP)");
    assertThat(FigureCheck.of(new BigDecimal("94304"), Exact.of(95024), RoundingMode.HALF_UP))
        .hasToString("printed 94,304 but 95,024 expected (95,024 rounded HALF_UP); no rounding prints 94,304");
  }

  @Test
  void test_changeCheck_namesTheSlipInWords() {
    assertThat(changeCheck("7.4", 964, 1036))
        .hasToString("printed 7.4% for 964 → 1,036, which is +7.5%: truncated, not rounded");
    assertThat(changeCheck("6.9", 188, 202))
        .hasToString(
            "printed 6.9% for 188 → 202, which is +7.4%: the change divided by the later value instead of the base");
    assertThat(changeCheck("90", 80, 152)).hasToString("printed 90% for 80 → 152, which is +90%: consistent");
    assertThat(changeCheck("3.1", 774, 750)).hasToString("printed 3.1% for 774 → 750, which is -3.1%: the sign reversed");
    assertThat(changeCheck("12.0", 774, 750))
        .hasToString("printed 12.0% for 774 → 750, which is -3.1%: no known slip explains it");
  }

  @Test
  void test_projectionCheck_namesTheSlipInWords() {
    RunRateProjection cash = firstQuarter(Quantity.pounds("23756"), ElapsedBasis.QUARTERS);
    assertThat(ProjectionCheck.of(new BigDecimal("94304"), cash, RoundingMode.HALF_UP))
        .hasToString(
            "printed £94,304 for 2023/24 from £23,756 in 2023/24 Q1 × 4, which is £95,024: projected from the"
                + " value so far with two adjacent digits swapped");
    RunRateProjection countyLines = firstQuarter(Quantity.count(38), ElapsedBasis.QUARTERS);
    assertThat(ProjectionCheck.of(new BigDecimal("152"), countyLines, RoundingMode.HALF_UP))
        .hasToString("printed 152 for 2023/24 from 38 in 2023/24 Q1 × 4, which is 152: consistent");
  }

  @Test
  void test_rating_readsWithTheThresholdItCrossedAndItsBasis() {
    Target dorsetTarget = Target.reach(Quantity.percent("58"), FY_2024);
    Rating dorset = FIVE_POINTS.rate(Quantity.percent("55"), dorsetTarget, Polarity.HIGHER_IS_BETTER).orElseThrow();
    assertThat(dorset).hasToString("AMBER (actual value below 58)");
    assertThat(dorset.crossed()).hasToString("value below 58 → AMBER");
    assertThat(FIVE_POINTS.rate(Quantity.percent("52.9"), dorsetTarget, Polarity.HIGHER_IS_BETTER))
        .hasToString("RED (actual value below 53)");
    assertThat(FIVE_POINTS.rate(Quantity.percent("58"), dorsetTarget, Polarity.HIGHER_IS_BETTER))
        .hasToString("GREEN (actual value at 58)");
    assertThat(FIVE_POINTS.rate(Quantity.percent("10"), dorsetTarget, Polarity.NO_JUDGEMENT))
        .hasToString("not computed: the metric has no better direction, so it is not rated");
    ProjectedAttainmentScheme projected = ProjectedAttainmentScheme.of(Tolerance.relative(Exact.of(1, 10)));
    RunRateProjection countyLines = firstQuarter(Quantity.count(38), ElapsedBasis.QUARTERS);
    assertThat(projected.rate(countyLines, Target.reach(Quantity.count(160), FY_2023), Polarity.HIGHER_IS_BETTER))
        .hasToString("AMBER (projected value below 160)");
  }

  @Test
  void test_changeBands_readAsIntervalsAndImprovements() {
    ChangeBandsScheme bands =
        ChangeBandsScheme.of(
            ChangeMeasure.RELATIVE,
            List.of(
                ChangeBand.below(Exact.of(-1, 20), RagStatus.RED),
                ChangeBand.between(Exact.of(-1, 20), Exact.ZERO, RagStatus.AMBER),
                ChangeBand.atLeast(Exact.ZERO, RagStatus.GREEN)));
    assertThat(bands)
        .hasToString("bands of relative improvement: (-∞, -0.05) → RED, [-0.05, 0) → AMBER, [0, +∞) → GREEN");
    assertThat(ChangeBand.everything(RagStatus.GREEN)).hasToString("(-∞, +∞) → GREEN");
    assertThat(bands.rate(PercentageChange.between(Quantity.count(964), Quantity.count(1036)), Polarity.LOWER_IS_BETTER))
        .hasToString("RED (actual improvement below -5.0%)");
    assertThat(bands.rate(PercentageChange.between(Quantity.count(59), Quantity.count(55)), Polarity.LOWER_IS_BETTER))
        .hasToString("GREEN (actual improvement above 0.0%)");
    ChangeBandsScheme points =
        ChangeBandsScheme.of(
            ChangeMeasure.POINTS,
            List.of(ChangeBand.below(Exact.ZERO, RagStatus.RED), ChangeBand.atLeast(Exact.ZERO, RagStatus.GREEN)));
    assertThat(points).hasToString("bands of improvement in points: (-∞, 0) → RED, [0, +∞) → GREEN");
    assertThat(points.rate(PercentageChange.between(Quantity.percent("45.2"), Quantity.percent("67.7")), Polarity.HIGHER_IS_BETTER))
        .hasToString("GREEN (actual improvement above 0.0 pp)");
  }

  @Test
  void test_ragSchemesAndTolerances_readAsRules() {
    assertThat(FIVE_POINTS).hasToString("GREEN when the target is met, AMBER when short of it by up to 5.0 pp, RED beyond");
    assertThat(ProjectedAttainmentScheme.of(Tolerance.relative(Exact.of(1, 10))))
        .hasToString(
            "on the projected value, GREEN when the target is met, AMBER when short of it by up to 10.0% of the"
                + " level, RED beyond");
    assertThat(TrajectoryScheme.of(Tolerance.points(new BigDecimal("5"))))
        .hasToString("GREEN on or ahead of the trajectory, AMBER behind it by up to 5.0 pp, RED further behind");
    assertThat(Tolerance.absolute(Quantity.count(100))).hasToString("100");
    assertThat(Tolerance.relative(Exact.of(1, 20))).hasToString("5.0% of the level");
    assertThat(Tolerance.points(new BigDecimal("5"))).hasToString("5.0 pp");
  }

  @Test
  void test_directionOfTravel_readsAsMovementAndJudgement() {
    assertThat(DirectionOfTravel.of(Quantity.count(59), Quantity.count(55), Polarity.LOWER_IS_BETTER))
        .hasToString("down, improving");
    assertThat(DirectionOfTravel.of(Quantity.count(964), Quantity.count(1036), Polarity.LOWER_IS_BETTER))
        .hasToString("up, worsening");
    assertThat(DirectionOfTravel.of(Quantity.count(59), Quantity.count(65), Polarity.NO_JUDGEMENT))
        .hasToString("up, not judged");
    assertThat(DirectionOfTravel.of(Quantity.count(59), Quantity.count(59), Polarity.LOWER_IS_BETTER))
        .hasToString("no change");
  }

  @Test
  void test_projections_readWithTheirMethodAndBasis() {
    assertThat(firstQuarter(Quantity.pounds("23756"), ElapsedBasis.QUARTERS))
        .hasToString("£95,024 for 2023/24 by run rate from £23,756 in 2023/24 Q1 (×4 by quarters)");
    assertThat(firstQuarter(Quantity.count(38), ElapsedBasis.DAYS))
        .hasToString("152.8 for 2023/24 by run rate from 38 in 2023/24 Q1 (×366/91 by days)");
    assertThat(Projections.runRate(Quantity.count(70), YearToDate.through(CalendarMonth.of(2023, 10)), FY_2023, ElapsedBasis.MONTHS))
        .hasToString("120 for 2023/24 by run rate from 70 in 2023/24 to October (×12/7 by months)");
    assertThat(
            Projections.priorYearProfile(Quantity.count(45), FY_2023.quarter(1), FY_2023, Quantity.count(30), Quantity.count(100)))
        .hasToString("150 for 2023/24 by last year's profile from 45 in 2023/24 Q1 (last year 30 of 100 by then)");
    List<Observation> deaths =
        List.of(
            Observation.of(CalendarYear.of(2019), Quantity.count(50)),
            Observation.of(CalendarYear.of(2020), Quantity.count(54)),
            Observation.of(CalendarYear.of(2021), Quantity.count(59)),
            Observation.of(CalendarYear.of(2022), Quantity.count(55)));
    assertThat(Projections.linearTrend(deaths, CalendarYear.of(2024)))
        .hasToString("61.5 for 2024 by linear trend through 2019 to 2022 (4 periods, +2 per period)");
    assertThat(Projections.linearTrend(deaths, CalendarYear.of(2024)).orElseThrow().trend())
        .hasToString("y = 51.5 + 2 × x");
    assertThat(ChangeFormat.of(1, RoundingMode.HALF_UP)).hasToString("percentages to 1 place, amounts to 0, rounded HALF_UP");
    assertThat(ChangeFormat.of(0, RoundingMode.DOWN).withAmountDecimals(2))
        .hasToString("percentages to 0 places, amounts to 2, rounded DOWN");
    assertThat(LinearTrend.fit(List.of(Exact.of(0), Exact.of(1), Exact.of(2)), List.of(Exact.of(10), Exact.of(9), Exact.of(9))))
        .hasToString("y = 59/6 − 0.5 × x");
  }

  @Test
  void test_targetsAndTrajectories_readAsAReportStatesThem() {
    Baseline bcp = Baseline.of(FY_2022, Quantity.count(2590));
    assertThat(bcp).hasToString("2,590 in 2022/23");
    assertThat(Target.reach(Quantity.count(2700), FY_2023)).hasToString("reach 2,700 by 2023/24");
    assertThat(Target.changeBy(bcp, Exact.of(11, 259), FY_2023))
        .hasToString("change by +4.2% from 2,590 in 2022/23 to 2,700 by 2023/24");
    assertThat(Target.changeBy(Baseline.of(CalendarYear.of(2021), Quantity.count(59)), Exact.of(-1, 10), CalendarYear.of(2024)))
        .hasToString("change by -10.0% from 59 in 2021 to 53.1 by 2024");
    assertThat(Target.changeByAbsolute(Baseline.of(FY_2022, Quantity.percent("45.2")), Quantity.percent("5"), FY_2024))
        .hasToString("change by +5.0 pp from 45.2% in 2022/23 to 50.2% by 2024/25");
    assertThat(Target.stayWithin(Bound.AT_MOST, Quantity.percent("5"), FY_2024)).hasToString("stay at most 5.0% by 2024/25");
    assertThat(Trajectory.linear(bcp, Target.reach(Quantity.count(2700), FY_2023), ElapsedBasis.MONTHS))
        .hasToString("from 2,590 in 2022/23 to 2,700 by 2023/24, linear in months");
    assertThat(
            Trajectory.linear(
                Baseline.of(FY_2022, Quantity.percent("45.2")), Target.reach(Quantity.percent("75"), FY_2024), ElapsedBasis.QUARTERS))
        .hasToString("from 45.2% in 2022/23 to 75.0% by 2024/25, linear in quarters");
  }

  @Test
  void test_trend_readsAsFingertipsMarkerWithItsTest() {
    assertThat(RecentTrend.ofProportions(ofThousand(100, 120, 140, 160, 180)))
        .hasToString("increasing (Cochran–Armitage, χ² = 33.22, Fingertips)");
    assertThat(RecentTrend.ofProportions(ofThousand(100, 105, 98, 102, 101)))
        .hasToString("no significant change (Cochran–Armitage, χ² = 0.001, Fingertips)");
    assertThat(RecentTrend.ofProportions(ofThousand(100, 100, 100, 100, 300)))
        .hasToString("no significant change (Cochran–Armitage, χ² = 132.9, not robust, Fingertips)");
    List<Interval> flat =
        List.of(59L, 55L, 61L, 57L, 58L).stream().map(c -> RateIntervals.crude(c, 400_000, 100_000, P95)).toList();
    assertThat(RecentTrend.ofIntervals(flat))
        .hasToString("no significant change (weighted least squares, χ² = 0.000, Fingertips)");
  }

  @Test
  void test_benchmarkComparisonAndFunnel_readAsFingertipsWordsThem() {
    Interval wilson = ProportionIntervals.wilson(65, 100, P95);
    assertThat(Benchmarks.byInterval(wilson, 0.5, Polarity.HIGHER_IS_BETTER))
        .hasToString("better: higher than the benchmark (confidence interval, 95%)");
    assertThat(Benchmarks.byInterval(wilson, 0.6, Polarity.HIGHER_IS_BETTER))
        .hasToString("similar to the benchmark (confidence interval, 95%)");
    assertThat(Benchmarks.byInterval(wilson, 0.5, Polarity.LOWER_IS_BETTER))
        .hasToString("worse: higher than the benchmark (confidence interval, 95%)");
    assertThat(Benchmarks.byInterval(wilson, 0.5, Polarity.NO_JUDGEMENT))
        .hasToString("higher than the benchmark (confidence interval, 95%)");
    assertThat(Benchmarks.proportionFunnel(0.5, 400, P95))
        .hasToString("0.500 [0.451, 0.549] (funnel, 95%, Fingertips; expected 200.0)");
    assertThat(Benchmarks.rateFunnel(25, 10_000, 100_000, P95))
        .hasToString("25.00 [6.19, 72.25] (funnel, 95%, Fingertips; expected 2.50)");
  }

  @Test
  void test_meanAndStandardPopulation_readInBrief() {
    assertThat(MeanIntervals.studentT(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0), P95))
        .hasToString("5.50 [3.33, 7.67] (Student's t, 95%; n = 10, sd 3.03)");
    assertThat(MeanIntervals.studentT(List.of(42.0), P95))
        .hasToString("42.00 (n = 1; no interval: a single value has no spread, so its limits cannot be computed)");
    assertThat(StandardPopulation.ESP_2013)
        .hasToString("European Standard Population 2013 (19 bands, 0-4 to 90+, total weight 100000)");
  }

  @Test
  void test_xmrChart_readsAsASummaryAndItsPartsInWords() {
    // NHSRplotthedots' "deviations" vignette: one point far above the rest.
    List<Double> deviations =
        List.of(1.0, 2.0, 1.0, 2.0, 10.0, 1.0, 2.0, 1.0, 2.0, 1.0, 2.0, 1.0, 2.0, 1.0, 2.0, 1.0, 2.0, 1.0);
    XmrChart chart = XmrChart.of(deviations, Polarity.HIGHER_IS_BETTER, XmrOptions.defaults());
    assertThat(chart)
        .hasToString("XmR chart of 18 points in 1 group; mean 1.94, limits [-0.72, 4.60]; 1 improving, 0 concerning, 17 common cause");
    assertThat(chart.lastGroup())
        .hasToString(
            "group 0, points 0 to 17: mean 1.94, limits [-0.72, 4.60], two-sigma [0.17, 3.72], mean moving range 1.00");
    assertThat(chart.lastGroup().limits().orElseThrow())
        .hasToString("mean 1.94, limits [-0.72, 4.60], two-sigma [0.17, 3.72], mean moving range 1.00");
    assertThat(chart.points().get(4))
        .hasToString("point 4: 10.00 above the mean, outside the limits; special cause, improving (above the upper limit)");
    assertThat(chart.points().get(0)).hasToString("point 0: 1.00 below the mean; common cause");

    XmrChart rebased = XmrChart.of(List.of(5.0, 6.0, 7.0), Polarity.HIGHER_IS_BETTER, XmrOptions.defaults(), List.of(2));
    assertThat(rebased)
        .hasToString(
            "XmR chart of 3 points in 2 groups; last group mean 7.00, limits not computed: a group of one point has"
                + " no moving range; 0 improving, 0 concerning, 3 common cause; trial limits (a group of fewer than 13"
                + " points)");
    assertThat(rebased.groups().get(1))
        .hasToString("group 1, point 2: mean 7.00, limits not computed: a group of one point has no moving range; short, so trial limits");
    assertThat(XmrOptions.defaults())
        .hasToString(
            "moving ranges screened, trends of 7 points, shifts of 7 points, limits from every point, groups of fewer"
                + " than 13 points short");
    assertThat(XmrOptions.defaults().withScreening(false).withBaselineFixedAfter(12))
        .hasToString(
            "moving ranges not screened, trends of 7 points, shifts of 7 points, limits from the first 12 points,"
                + " groups of fewer than 13 points short");
  }

  @Test
  void test_measurementAggregateAndProvenance_readAsFigures() {
    Metric treatment = NationalMetrics.NUMBERS_IN_TREATMENT;
    Measurement bcp = Measurement.of(treatment, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, FY_2022, Count.of(2590));
    Measurement dorset = Measurement.of(treatment, Areas.DORSET, FY_2022, Count.of(1889));
    assertThat(dorset.withStatus(DataStatus.PROVISIONAL))
        .hasToString("numbers-in-treatment, Dorset (E06000059), 2022/23: 1,889 (provisional)");
    assertThat(Aggregation.aggregate(Areas.PAN_DORSET_CDP, Areas.hierarchy(), List.of(bcp, dorset)))
        .hasToString(
            "numbers-in-treatment, Pan-Dorset Combating Drugs Partnership (pan-dorset-cdp), 2022/23: 4,479 (final),"
                + " pooled from 2,590 in E06000058 and 1,889 in E06000059");
    assertThat(Provenance.definedBy("Dorset CDP")).hasToString("defined by Dorset CDP (high confidence)");
    assertThat(Metric.local("arrests", "County lines arrests", Unit.COUNT, Polarity.HIGHER_IS_BETTER).provenance())
        .hasToString("defined by its user (high confidence)");
    assertThat(new Provenance("Dorset CDP progress report, July 2023", Confidence.MEDIUM, "UNCONFIRMED: frequency"))
        .hasToString("Dorset CDP progress report, July 2023 (medium confidence, with notes)");
    assertThat(Areas.DORSET).hasToString("Dorset (E06000059)");
  }
}
