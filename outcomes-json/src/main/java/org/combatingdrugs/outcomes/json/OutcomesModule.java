package org.combatingdrugs.outcomes.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashSet;
import org.combatingdrugs.outcomes.aggregate.Aggregate;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.assess.AgainstBenchmark;
import org.combatingdrugs.outcomes.assess.Assessment;
import org.combatingdrugs.outcomes.assess.Comparison;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.assess.Presentation;
import org.combatingdrugs.outcomes.assess.ProjectedChange;
import org.combatingdrugs.outcomes.assess.Scorecard;
import org.combatingdrugs.outcomes.assess.ScorecardComparison;
import org.combatingdrugs.outcomes.assess.Sentence;
import org.combatingdrugs.outcomes.assess.SentenceFigure;
import org.combatingdrugs.outcomes.assess.StatusChange;
import org.combatingdrugs.outcomes.audit.AuditSummary;
import org.combatingdrugs.outcomes.audit.Explanation;
import org.combatingdrugs.outcomes.audit.Finding;
import org.combatingdrugs.outcomes.audit.PrintedChange;
import org.combatingdrugs.outcomes.audit.PrintedChangeCount;
import org.combatingdrugs.outcomes.audit.PrintedGap;
import org.combatingdrugs.outcomes.audit.PrintedPointsChange;
import org.combatingdrugs.outcomes.audit.PrintedProjection;
import org.combatingdrugs.outcomes.audit.PrintedRate;
import org.combatingdrugs.outcomes.audit.PrintedReport;
import org.combatingdrugs.outcomes.audit.PrintedShare;
import org.combatingdrugs.outcomes.audit.PrintedTotal;
import org.combatingdrugs.outcomes.audit.ReportAudit;
import org.combatingdrugs.outcomes.audit.ReportItem;
import org.combatingdrugs.outcomes.audit.WholeRange;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.LinearTrendProjection;
import org.combatingdrugs.outcomes.calc.PriorYearProfileProjection;
import org.combatingdrugs.outcomes.calc.Projection;
import org.combatingdrugs.outcomes.calc.RunRateProjection;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.json.deser.AggregateDeserializer;
import org.combatingdrugs.outcomes.json.deser.AreaDeserializer;
import org.combatingdrugs.outcomes.json.deser.AreaHierarchyDeserializer;
import org.combatingdrugs.outcomes.json.deser.AssessmentDeserializer;
import org.combatingdrugs.outcomes.json.deser.AuditDeserializer;
import org.combatingdrugs.outcomes.json.deser.BaselineDeserializer;
import org.combatingdrugs.outcomes.json.deser.ChangeDeserializer;
import org.combatingdrugs.outcomes.json.deser.DatasetDeserializer;
import org.combatingdrugs.outcomes.json.deser.ExactDeserializer;
import org.combatingdrugs.outcomes.json.deser.IntervalDeserializer;
import org.combatingdrugs.outcomes.json.deser.MeasurementDeserializer;
import org.combatingdrugs.outcomes.json.deser.MetricDeserializer;
import org.combatingdrugs.outcomes.json.deser.PeriodDeserializer;
import org.combatingdrugs.outcomes.json.deser.PresentationDeserializer;
import org.combatingdrugs.outcomes.json.deser.PrintedReportDeserializer;
import org.combatingdrugs.outcomes.json.deser.ProjectionDeserializer;
import org.combatingdrugs.outcomes.json.deser.QuantityDeserializer;
import org.combatingdrugs.outcomes.json.deser.RagSchemeDeserializer;
import org.combatingdrugs.outcomes.json.deser.RatingDeserializer;
import org.combatingdrugs.outcomes.json.deser.ReportAuditDeserializer;
import org.combatingdrugs.outcomes.json.deser.ReportDeserializer;
import org.combatingdrugs.outcomes.json.deser.ResultDeserializer;
import org.combatingdrugs.outcomes.json.deser.ScorecardDeserializer;
import org.combatingdrugs.outcomes.json.deser.SentenceDeserializer;
import org.combatingdrugs.outcomes.json.deser.TargetDeserializer;
import org.combatingdrugs.outcomes.json.deser.UnitDeserializer;
import org.combatingdrugs.outcomes.json.deser.ValueDeserializer;
import org.combatingdrugs.outcomes.json.deser.XmrChartDeserializer;
import org.combatingdrugs.outcomes.json.ser.AggregateSerializer;
import org.combatingdrugs.outcomes.json.ser.AreaHierarchySerializer;
import org.combatingdrugs.outcomes.json.ser.AreaSerializer;
import org.combatingdrugs.outcomes.json.ser.AssessmentSerializer;
import org.combatingdrugs.outcomes.json.ser.AuditSerializer;
import org.combatingdrugs.outcomes.json.ser.BaselineSerializer;
import org.combatingdrugs.outcomes.json.ser.ChangeSerializer;
import org.combatingdrugs.outcomes.json.ser.DatasetSerializer;
import org.combatingdrugs.outcomes.json.ser.ExactSerializer;
import org.combatingdrugs.outcomes.json.ser.IntervalSerializer;
import org.combatingdrugs.outcomes.json.ser.MeasurementSerializer;
import org.combatingdrugs.outcomes.json.ser.MetricSerializer;
import org.combatingdrugs.outcomes.json.ser.PeriodSerializer;
import org.combatingdrugs.outcomes.json.ser.PresentationSerializer;
import org.combatingdrugs.outcomes.json.ser.ProjectionSerializer;
import org.combatingdrugs.outcomes.json.ser.QuantitySerializer;
import org.combatingdrugs.outcomes.json.ser.RagSchemeSerializer;
import org.combatingdrugs.outcomes.json.ser.RatingSerializer;
import org.combatingdrugs.outcomes.json.ser.ReportSerializer;
import org.combatingdrugs.outcomes.json.ser.ResultSerializer;
import org.combatingdrugs.outcomes.json.ser.ScorecardSerializer;
import org.combatingdrugs.outcomes.json.ser.SentenceSerializer;
import org.combatingdrugs.outcomes.json.ser.TargetSerializer;
import org.combatingdrugs.outcomes.json.ser.UnitSerializer;
import org.combatingdrugs.outcomes.json.ser.ValueSerializer;
import org.combatingdrugs.outcomes.json.ser.XmrChartSerializer;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.CalendarQuarter;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.combatingdrugs.outcomes.period.CalendarYears;
import org.combatingdrugs.outcomes.period.DateRange;
import org.combatingdrugs.outcomes.period.FinancialQuarter;
import org.combatingdrugs.outcomes.period.FinancialQuarters;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.FinancialYears;
import org.combatingdrugs.outcomes.period.MonthRange;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.period.Rolling12Months;
import org.combatingdrugs.outcomes.period.YearToDate;
import org.combatingdrugs.outcomes.rag.ChangeBandsScheme;
import org.combatingdrugs.outcomes.rag.DirectionOfTravel;
import org.combatingdrugs.outcomes.rag.ProjectedAttainmentScheme;
import org.combatingdrugs.outcomes.rag.RagScheme;
import org.combatingdrugs.outcomes.rag.Rating;
import org.combatingdrugs.outcomes.rag.TargetToleranceScheme;
import org.combatingdrugs.outcomes.rag.Threshold;
import org.combatingdrugs.outcomes.rag.TrajectoryScheme;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.spc.XmrChart;
import org.combatingdrugs.outcomes.stats.BenchmarkComparison;
import org.combatingdrugs.outcomes.stats.ChangeSignificance;
import org.combatingdrugs.outcomes.stats.Interval;
import org.combatingdrugs.outcomes.stats.Trend;
import org.combatingdrugs.outcomes.target.AbsoluteChangeTarget;
import org.combatingdrugs.outcomes.target.Attainment;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.BoundTarget;
import org.combatingdrugs.outcomes.target.ReachTarget;
import org.combatingdrugs.outcomes.target.RelativeChangeTarget;
import org.combatingdrugs.outcomes.target.Target;

/**
 * The Jackson module of the outcomes library: it registers one serializer and one strict
 * deserializer for each family of core types and nothing else. Register it with {@code
 * mapper.registerModule(new OutcomesModule())}, or let {@code findAndRegisterModules()} find it
 * through the service loader.
 *
 * <p>Written and read: reporting periods (every kind, as labels), {@link Exact}, {@link Unit},
 * {@link Quantity}, the five {@link Value}s, {@link Metric}, {@link Area}, {@link AreaHierarchy},
 * {@link Measurement}, {@link Baseline}, the four {@link Target}s, the four {@link RagScheme}s,
 * {@link Presentation} and the dataset document ({@link Dataset}); and the results a tool
 * exchanges: {@link Change}, {@link Comparison}, {@link ProjectedChange}, {@link Rating} with its
 * {@link Threshold}, {@link DirectionOfTravel}, {@link Attainment}, {@link Interval}, {@link
 * ChangeSignificance}, {@link AgainstBenchmark}, {@link BenchmarkComparison}, {@link Trend}, {@link
 * StatusChange}, {@link Sentence} with its {@link SentenceFigure}s and {@link PrintedFigure}s,
 * {@link AuditSummary}, {@link Explanation} and {@link WholeRange}. A property that follows from
 * others (a change's {@code absolute}, an attainment's {@code met}) must say what they give.
 *
 * <p>Read by computing them again from the inputs written beside them, every other property
 * checked against the result: {@link Projection} (each method), {@link XmrChart}, {@link
 * Aggregate}, {@link ReportItem} (each kind), {@link PrintedReport} and {@link ReportAudit}. A
 * {@link Finding} is written, but read only within its audit, since it rests on the other items of
 * its report.
 *
 * <p>Also read, each part by the readers above and every derived property checked: {@link
 * Assessment}, {@link Scorecard}, {@link ScorecardComparison}, a {@link
 * org.combatingdrugs.outcomes.result.Result} of a declared type, and the report document ({@link
 * Report}). An element that is not computed is written with its reason, {@code {"reason":
 * "NO_TARGET", "sentence": "..."}}, never as {@code null}.
 *
 * <p>Reading is strict whatever the mapper's settings: unknown or repeated properties, {@code
 * null}, wrong kinds of JSON value and values the core refuses fail with {@link
 * OutcomesJsonException}, naming the JSON path.
 *
 * <p>Any other type of the library is not left to Jackson's defaults: an enum of the core (a
 * {@code RagStatus}, a {@code Polarity}) is written and read by its constants' exact names, and a
 * type with no JSON form of its own (a scorecard's line, funnel limits) is refused, on writing and
 * on reading, with a message naming it.
 */
public final class OutcomesModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private final LinkedHashSet<Class<?>> readTypes = new LinkedHashSet<>();

  /** Creates the module; it registers nothing that carries state. */
  public OutcomesModule() {
    super("OutcomesModule", Version.unknownVersion());
    addSerializer(ReportingPeriod.class, PeriodSerializer.INSTANCE);
    addDeserializer(ReportingPeriod.class, PeriodDeserializer.ANY);
    period(FinancialYear.class);
    period(FinancialYears.class);
    period(FinancialQuarter.class);
    period(FinancialQuarters.class);
    period(CalendarMonth.class);
    period(MonthRange.class);
    period(CalendarQuarter.class);
    period(CalendarYear.class);
    period(CalendarYears.class);
    period(YearToDate.class);
    period(Rolling12Months.class);
    period(DateRange.class);

    addSerializer(Exact.class, ExactSerializer.INSTANCE);
    addDeserializer(Exact.class, ExactDeserializer.INSTANCE);
    addSerializer(Unit.class, UnitSerializer.INSTANCE);
    addDeserializer(Unit.class, UnitDeserializer.INSTANCE);
    addSerializer(Quantity.class, QuantitySerializer.INSTANCE);
    addDeserializer(Quantity.class, QuantityDeserializer.INSTANCE);

    addSerializer(Value.class, ValueSerializer.INSTANCE);
    addDeserializer(Value.class, ValueDeserializer.ANY);
    addDeserializer(Count.class, new ValueDeserializer<>(Count.class));
    addDeserializer(Proportion.class, new ValueDeserializer<>(Proportion.class));
    addDeserializer(Rate.class, new ValueDeserializer<>(Rate.class));
    addDeserializer(Money.class, new ValueDeserializer<>(Money.class));
    addDeserializer(PublishedPercentage.class, new ValueDeserializer<>(PublishedPercentage.class));

    addSerializer(Metric.class, MetricSerializer.INSTANCE);
    addDeserializer(Metric.class, MetricDeserializer.INSTANCE);
    addSerializer(Area.class, AreaSerializer.INSTANCE);
    addDeserializer(Area.class, AreaDeserializer.INSTANCE);
    addSerializer(AreaHierarchy.class, AreaHierarchySerializer.INSTANCE);
    addDeserializer(AreaHierarchy.class, AreaHierarchyDeserializer.INSTANCE);
    addSerializer(Measurement.class, MeasurementSerializer.INSTANCE);
    addDeserializer(Measurement.class, MeasurementDeserializer.INSTANCE);
    addSerializer(Baseline.class, BaselineSerializer.INSTANCE);
    addDeserializer(Baseline.class, BaselineDeserializer.INSTANCE);

    addSerializer(Target.class, TargetSerializer.INSTANCE);
    addDeserializer(Target.class, TargetDeserializer.ANY);
    addDeserializer(ReachTarget.class, new TargetDeserializer<>(ReachTarget.class));
    addDeserializer(RelativeChangeTarget.class, new TargetDeserializer<>(RelativeChangeTarget.class));
    addDeserializer(AbsoluteChangeTarget.class, new TargetDeserializer<>(AbsoluteChangeTarget.class));
    addDeserializer(BoundTarget.class, new TargetDeserializer<>(BoundTarget.class));

    addSerializer(RagScheme.class, RagSchemeSerializer.INSTANCE);
    addDeserializer(RagScheme.class, RagSchemeDeserializer.ANY);
    addDeserializer(TargetToleranceScheme.class, new RagSchemeDeserializer<>(TargetToleranceScheme.class));
    addDeserializer(ProjectedAttainmentScheme.class, new RagSchemeDeserializer<>(ProjectedAttainmentScheme.class));
    addDeserializer(TrajectoryScheme.class, new RagSchemeDeserializer<>(TrajectoryScheme.class));
    addDeserializer(ChangeBandsScheme.class, new RagSchemeDeserializer<>(ChangeBandsScheme.class));

    addSerializer(Presentation.class, PresentationSerializer.INSTANCE);
    addDeserializer(Presentation.class, PresentationDeserializer.INSTANCE);
    addSerializer(Dataset.class, DatasetSerializer.INSTANCE);
    addDeserializer(Dataset.class, DatasetDeserializer.INSTANCE);

    addSerializer(ResultSerializer.INSTANCE);
    addSerializer(Change.class, ChangeSerializer.INSTANCE);
    addSerializer(Comparison.class, ChangeSerializer.COMPARISON);
    addSerializer(ProjectedChange.class, ChangeSerializer.PROJECTED_CHANGE);
    addSerializer(Projection.class, ProjectionSerializer.INSTANCE);
    addSerializer(Rating.class, RatingSerializer.INSTANCE);
    addSerializer(Threshold.class, RatingSerializer.THRESHOLD);
    addSerializer(DirectionOfTravel.class, RatingSerializer.DIRECTION);
    addSerializer(Attainment.class, RatingSerializer.ATTAINMENT);
    addSerializer(Interval.class, IntervalSerializer.INSTANCE);
    addSerializer(ChangeSignificance.class, IntervalSerializer.SIGNIFICANCE);
    addSerializer(AgainstBenchmark.class, IntervalSerializer.AGAINST_BENCHMARK);
    addSerializer(BenchmarkComparison.class, IntervalSerializer.BENCHMARK_COMPARISON);
    addSerializer(Trend.class, IntervalSerializer.TREND);
    addSerializer(XmrChart.class, XmrChartSerializer.INSTANCE);
    addSerializer(Aggregate.class, AggregateSerializer.INSTANCE);
    addSerializer(Assessment.class, AssessmentSerializer.INSTANCE);
    addSerializer(Scorecard.class, ScorecardSerializer.INSTANCE);
    addSerializer(ScorecardComparison.class, ScorecardSerializer.COMPARISON);
    addSerializer(StatusChange.class, ScorecardSerializer.STATUS_CHANGE);
    addSerializer(PrintedFigure.class, SentenceSerializer.PRINTED);
    addSerializer(SentenceFigure.class, SentenceSerializer.FIGURE);
    addSerializer(Sentence.class, SentenceSerializer.INSTANCE);
    addSerializer(ReportItem.class, AuditSerializer.ITEM);
    addSerializer(PrintedReport.class, AuditSerializer.PRINTED_REPORT);
    addSerializer(WholeRange.class, AuditSerializer.RANGE);
    addSerializer(Explanation.class, AuditSerializer.EXPLANATION);
    addSerializer(Finding.class, AuditSerializer.FINDING);
    addSerializer(AuditSummary.class, AuditSerializer.SUMMARY);
    addSerializer(ReportAudit.class, AuditSerializer.INSTANCE);
    addSerializer(Report.class, ReportSerializer.INSTANCE);

    addDeserializer(Change.class, ChangeDeserializer.INSTANCE);
    addDeserializer(Comparison.class, ChangeDeserializer.COMPARISON);
    addDeserializer(ProjectedChange.class, ChangeDeserializer.PROJECTED_CHANGE);
    addDeserializer(Rating.class, RatingDeserializer.INSTANCE);
    addDeserializer(Threshold.class, RatingDeserializer.THRESHOLD);
    addDeserializer(DirectionOfTravel.class, RatingDeserializer.DIRECTION);
    addDeserializer(Attainment.class, RatingDeserializer.ATTAINMENT);
    addDeserializer(StatusChange.class, RatingDeserializer.STATUS_CHANGE);
    addDeserializer(Interval.class, IntervalDeserializer.INSTANCE);
    addDeserializer(ChangeSignificance.class, IntervalDeserializer.SIGNIFICANCE);
    addDeserializer(AgainstBenchmark.class, IntervalDeserializer.AGAINST_BENCHMARK);
    addDeserializer(BenchmarkComparison.class, IntervalDeserializer.BENCHMARK_COMPARISON);
    addDeserializer(Trend.class, IntervalDeserializer.TREND);
    addDeserializer(Projection.class, ProjectionDeserializer.PROJECTION);
    addDeserializer(RunRateProjection.class, ProjectionDeserializer.RUN_RATE);
    addDeserializer(PriorYearProfileProjection.class, ProjectionDeserializer.PRIOR_YEAR_PROFILE);
    addDeserializer(LinearTrendProjection.class, ProjectionDeserializer.LINEAR_TREND);
    addDeserializer(XmrChart.class, XmrChartDeserializer.CHART);
    addDeserializer(Aggregate.class, AggregateDeserializer.AGGREGATE);
    addDeserializer(PrintedFigure.class, SentenceDeserializer.PRINTED);
    addDeserializer(SentenceFigure.class, SentenceDeserializer.FIGURE);
    addDeserializer(Sentence.class, SentenceDeserializer.INSTANCE);
    addDeserializer(Assessment.class, AssessmentDeserializer.INSTANCE);
    addDeserializer(Scorecard.class, ScorecardDeserializer.INSTANCE);
    addDeserializer(ScorecardComparison.class, ScorecardDeserializer.COMPARISON);
    addDeserializer(Report.class, ReportDeserializer.INSTANCE);
    addDeserializer(Result.class, ResultDeserializer.INSTANCE);
    addDeserializer(Explanation.class, AuditDeserializer.EXPLANATION);
    addDeserializer(WholeRange.class, AuditDeserializer.RANGE);
    addDeserializer(AuditSummary.class, AuditDeserializer.INSTANCE);
    addDeserializer(ReportItem.class, PrintedReportDeserializer.ITEM);
    addDeserializer(PrintedChange.class, PrintedReportDeserializer.itemOf(PrintedChange.class));
    addDeserializer(PrintedPointsChange.class, PrintedReportDeserializer.itemOf(PrintedPointsChange.class));
    addDeserializer(PrintedChangeCount.class, PrintedReportDeserializer.itemOf(PrintedChangeCount.class));
    addDeserializer(PrintedProjection.class, PrintedReportDeserializer.itemOf(PrintedProjection.class));
    addDeserializer(PrintedGap.class, PrintedReportDeserializer.itemOf(PrintedGap.class));
    addDeserializer(PrintedRate.class, PrintedReportDeserializer.itemOf(PrintedRate.class));
    addDeserializer(PrintedShare.class, PrintedReportDeserializer.itemOf(PrintedShare.class));
    addDeserializer(PrintedTotal.class, PrintedReportDeserializer.itemOf(PrintedTotal.class));
    addDeserializer(PrintedReport.class, PrintedReportDeserializer.INSTANCE);
    addDeserializer(ReportAudit.class, ReportAuditDeserializer.INSTANCE);
    addDeserializer(Finding.class, ReportAuditDeserializer.FINDING);
  }

  /**
   * Registers the module's serializers and deserializers, and after them what stands for the
   * library's other types: an enum of the core is written and read by its constants' names, and
   * any other type of the library, one with no JSON form of its own, is refused on writing and on
   * reading rather than handled by Jackson's accessor-based defaults.
   *
   * @param context Jackson's set-up context
   */
  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addSerializers(CoreTypes.serializers(_serializers));
    context.addDeserializers(CoreTypes.deserializers(_deserializers));
  }

  /**
   * Registers a deserializer, as {@link SimpleModule} does, and records the type as one this module
   * reads.
   *
   * @param type the type read
   * @param deser its reader
   * @param <T> the type read
   * @return this module
   */
  @Override
  public <T> SimpleModule addDeserializer(Class<T> type, JsonDeserializer<? extends T> deser) {
    readTypes.add(type);
    return super.addDeserializer(type, deser);
  }

  /** The types this module has a reader for, in the order registered. */
  ImmutableSet<Class<?>> readTypes() {
    return ImmutableSet.copyOf(readTypes);
  }

  private <T extends ReportingPeriod> void period(Class<T> kind) {
    addDeserializer(kind, new PeriodDeserializer<>(kind));
  }
}
