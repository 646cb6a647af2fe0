package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.combatingdrugs.outcomes.json.Json.q;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.combatingdrugs.outcomes.aggregate.Pooling;
import org.combatingdrugs.outcomes.assess.AgainstBenchmark;
import org.combatingdrugs.outcomes.assess.Assessment;
import org.combatingdrugs.outcomes.assess.Comparison;
import org.combatingdrugs.outcomes.assess.ProjectedChange;
import org.combatingdrugs.outcomes.assess.ScorecardComparison;
import org.combatingdrugs.outcomes.assess.Sentence;
import org.combatingdrugs.outcomes.assess.SentenceFigure;
import org.combatingdrugs.outcomes.assess.StatusChange;
import org.combatingdrugs.outcomes.audit.AuditSummary;
import org.combatingdrugs.outcomes.audit.Explanation;
import org.combatingdrugs.outcomes.audit.Finding;
import org.combatingdrugs.outcomes.audit.ImpliedRanges;
import org.combatingdrugs.outcomes.audit.ReportAudit;
import org.combatingdrugs.outcomes.audit.WholeRange;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.rag.DirectionOfTravel;
import org.combatingdrugs.outcomes.rag.Rating;
import org.combatingdrugs.outcomes.rag.Threshold;
import org.combatingdrugs.outcomes.stats.BenchmarkComparison;
import org.combatingdrugs.outcomes.stats.Benchmarks;
import org.combatingdrugs.outcomes.stats.ChangeSignificance;
import org.combatingdrugs.outcomes.stats.ConfidenceLevel;
import org.combatingdrugs.outcomes.stats.Interval;
import org.combatingdrugs.outcomes.stats.PoissonChange;
import org.combatingdrugs.outcomes.stats.ProportionIntervals;
import org.combatingdrugs.outcomes.stats.RecentTrend;
import org.combatingdrugs.outcomes.stats.Trend;
import org.combatingdrugs.outcomes.target.Attainment;
import java.util.Set;
import java.util.stream.Collectors;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.assess.Presentation;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.RagScheme;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Target;
import org.combatingdrugs.outcomes.aggregate.Aggregate;
import org.combatingdrugs.outcomes.audit.PrintedReport;
import org.combatingdrugs.outcomes.audit.ReportItem;
import org.combatingdrugs.outcomes.calc.Projection;
import org.combatingdrugs.outcomes.spc.XmrChart;
import org.combatingdrugs.outcomes.calc.LinearTrendProjection;
import org.combatingdrugs.outcomes.calc.PriorYearProfileProjection;
import org.combatingdrugs.outcomes.assess.Scorecard;
import org.combatingdrugs.outcomes.result.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The results a tool exchanges read back as they were written: every element of the Dorset report
 * with a read form, and literal cases; a property that follows from others must say what they give.
 */
class ResultJsonTest {

  /** A value and the type it is read as. */
  record Exchanged(Object value, Class<?> type) {
    @Override
    public String toString() {
      return type.getSimpleName() + " " + value;
    }
  }

  static Stream<Exchanged> dorsetResults() throws Exception {
    Report report = ReportJsonTest.dorsetReport();
    List<Exchanged> out = new ArrayList<>();
    out.add(new Exchanged(report, Report.class));
    report.assessments().forEach(v -> out.add(new Exchanged(v, Assessment.class)));
    report.scorecards().forEach(v -> out.add(new Exchanged(v, Scorecard.class)));
    report.scorecardComparisons().forEach(v -> out.add(new Exchanged(v, ScorecardComparison.class)));
    for (Assessment a : report.assessments()) {
      a.comparison().value().ifPresent(v -> out.add(new Exchanged(v, Comparison.class)));
      a.comparison().value().ifPresent(v -> out.add(new Exchanged(v.change(), Change.class)));
      a.direction().value().ifPresent(v -> out.add(new Exchanged(v, DirectionOfTravel.class)));
      a.projectedChange().value().ifPresent(v -> out.add(new Exchanged(v, ProjectedChange.class)));
      a.attainment().value().ifPresent(v -> out.add(new Exchanged(v, Attainment.class)));
      a.rating().value().ifPresent(v -> out.add(new Exchanged(v, Rating.class)));
      a.interval().value().ifPresent(v -> out.add(new Exchanged(v, Interval.class)));
      a.significance().value().ifPresent(v -> out.add(new Exchanged(v, ChangeSignificance.class)));
      a.benchmark().value().ifPresent(v -> out.add(new Exchanged(v, AgainstBenchmark.class)));
      a.benchmark().value().ifPresent(v -> out.add(new Exchanged(v.comparison(), BenchmarkComparison.class)));
      a.trend().value().ifPresent(v -> out.add(new Exchanged(v, Trend.class)));
      a.projection().value().ifPresent(v -> out.add(new Exchanged(v, Projection.class)));
      a.projection().value().ifPresent(v -> out.add(new Exchanged(v, v.getClass())));
      a.variation().value().ifPresent(v -> out.add(new Exchanged(v, XmrChart.class)));
    }
    for (ScorecardComparison c : report.scorecardComparisons()) {
      c.changes().forEach(v -> out.add(new Exchanged(v, StatusChange.class)));
    }
    report.sentences().forEach(v -> out.add(new Exchanged(v, Sentence.class)));
    for (ReportAudit audit : report.audits()) {
      out.add(new Exchanged(audit, ReportAudit.class));
      out.add(new Exchanged(audit.report(), PrintedReport.class));
      out.add(new Exchanged(audit.summary(), AuditSummary.class));
      for (Finding f : audit.findings()) {
        f.explanations().forEach(v -> out.add(new Exchanged(v, Explanation.class)));
        f.range().ifPresent(v -> out.add(new Exchanged(v, WholeRange.class)));
        out.add(new Exchanged(f.item().printed(), PrintedFigure.class));
        out.add(new Exchanged(f.item(), ReportItem.class));
        out.add(new Exchanged(f.item(), f.item().getClass()));
      }
    }
    report.sentences().forEach(v -> v.figures().forEach(f -> out.add(new Exchanged(f, SentenceFigure.class))));
    for (Assessment a : report.assessments()) {
      a.rating().value().ifPresent(v -> out.add(new Exchanged(v.crossed(), Threshold.class)));
    }
    List<Proportion> series =
        List.of(Proportion.of(40, 100), Proportion.of(45, 100), Proportion.of(52, 100), Proportion.of(58, 100), Proportion.of(66, 100));
    out.add(new Exchanged(RecentTrend.ofProportions(series).orElseThrow(), Trend.class));
    Interval area = ProportionIntervals.wilson(181, 400, ConfidenceLevel.NINETY_FIVE);
    BenchmarkComparison compared = Benchmarks.byInterval(area, 0.411, Polarity.HIGHER_IS_BETTER);
    out.add(new Exchanged(compared, BenchmarkComparison.class));
    out.add(new Exchanged(new AgainstBenchmark(PublishedPercentage.of("41.1"), compared), AgainstBenchmark.class));
    out.add(new Exchanged(ChartJsonTest.panDorset(ChartJsonTest.treatment()), Aggregate.class));
    out.add(new Exchanged(ChartJsonTest.priorYear(), PriorYearProfileProjection.class));
    out.add(new Exchanged(ChartJsonTest.trend(), LinearTrendProjection.class));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dorsetResults")
  void test_dorsetResult_readsBackEqualAndWritesTheSameBytes(Exchanged x) throws Exception {
    String written = OutcomesJson.write(x.value());
    Object read = OutcomesJson.read(written, x.type());
    if (read instanceof Report r) {
      // A report holds audits, which have no equals: the rest is compared, and the bytes above.
      assertThat(r.withAudits(List.of())).isEqualTo(Report.class.cast(x.value()).withAudits(List.of()));
    } else if (read instanceof ReportAudit audit) {
      Json.assertSameAudit(audit, ReportAudit.class.cast(x.value()));
    } else {
      assertThat(read).isEqualTo(x.value());
    }
    assertThat(OutcomesJson.write(read)).isEqualTo(written);
  }

  /** What a dataset holds, read back by the dataset tests rather than here. */
  private static boolean isDatasetPart(Class<?> type) {
    return Stream.of(ReportingPeriod.class, Exact.class, Unit.class, Quantity.class, Value.class, Metric.class,
            Area.class, AreaHierarchy.class, Measurement.class, Baseline.class, Target.class, RagScheme.class,
            Presentation.class, Dataset.class)
        .anyMatch(part -> part.isAssignableFrom(type));
  }

  @Test
  void test_dorsetResults_coverEveryResultTypeTheModuleReads() throws Exception {
    Set<Class<?>> covered = dorsetResults().map(Exchanged::type).collect(Collectors.toSet());
    // A result standing alone is read with its declared type (AssessmentJsonTest); a finding is
    // read only within its audit, which makes it again from the other items.
    List<Class<?>> results =
        new OutcomesModule()
            .readTypes().stream().filter(type -> !isDatasetPart(type) && type != Finding.class && type != Result.class)
            .toList();
    assertThat(results).hasSizeGreaterThanOrEqualTo(19);
    assertThat(covered).containsAll(results);
  }

  @Test
  void test_change_literal() {
    Change change = PercentageChange.between(Quantity.count(964), Quantity.count(1036));
    String json =
        "{'base':{'amount':964,'unit':'count'},'current':{'amount':1036,'unit':'count'},"
            + "'absolute':{'amount':72,'unit':'count'},'relative':'18/241'}";
    Json.assertRoundTrip(change, json, Change.class);
    Change points = PercentageChange.between(Quantity.percent("45.2"), Quantity.percent("67.7"));
    assertThat(Json.write(points)).contains(q("'percentagePoints':{'amount':22.5,'unit':'points'}"));
    Change fromZero = PercentageChange.between(Quantity.count(0), Quantity.count(3));
    assertThat(Json.write(fromZero)).contains(q("'relative':{'reason':'ZERO_BASE','sentence':"));
    assertThat(Json.read(Json.write(fromZero), Change.class)).isEqualTo(fromZero);
  }

  @Test
  void test_audit_summaryTextAndExplanationDescriptionMustBeTheirOwn() throws Exception {
    List<Exchanged> exchanged = dorsetResults().toList();
    Object summary = exchanged.stream().filter(x -> x.type() == AuditSummary.class).findFirst().orElseThrow().value();
    String text = OutcomesJson.write(summary);
    assertThat(text).contains("\"text\": \"");
    Throwable refused = catchThrowable(() -> OutcomesJson.read(text.replace("\"text\": \"", "\"text\": \"not "), AuditSummary.class));
    assertThat(refused).isInstanceOf(OutcomesJsonException.class).hasMessageContaining("$.text");
    Object explanation =
        exchanged.stream().filter(x -> x.type() == Explanation.class).findFirst().orElseThrow().value();
    String described = OutcomesJson.write(explanation);
    assertThat(described).contains("\"description\": \"");
    Throwable wrong =
        catchThrowable(
            () -> OutcomesJson.read(described.replace("\"description\": \"", "\"description\": \"not "), Explanation.class));
    assertThat(wrong).isInstanceOf(OutcomesJsonException.class).hasMessageContaining("$.description");
  }

  @Test
  void test_change_derivedPropertiesMustSayWhatTheOthersGive() {
    String json =
        "{'base':{'amount':964,'unit':'count'},'current':{'amount':1036,'unit':'count'},"
            + "'absolute':{'amount':73,'unit':'count'},'relative':'18/241'}";
    assertThat(Json.refusal(json, Change.class)).hasMessageStartingWith("$.absolute: must be 72, which the other properties give, but was 73");
    assertThat(Json.refusal(json.replace("73", "72").replace("'18/241'", "0.075"), Change.class))
        .hasMessageStartingWith("$.relative: must be ");
    assertThat(Json.refusal(json.replace("73", "72").replace("'relative'", "'percentagePoints':{'amount':1,'unit':'points'},'relative'"), Change.class))
        .hasMessage("$.percentagePoints: must not be given: the other properties give it no value");
  }

  @Test
  void test_interval_doublesAreTheShortestTextThatReadsBack() {
    var wilson = ProportionIntervals.wilson(65, 100, ConfidenceLevel.NINETY_FIVE);
    String written = Json.write(wilson);
    assertThat(written).startsWith("{\"estimate\":0.65,\"lower\":").contains("\"level\":0.95,\"method\":\"WILSON\"}");
    assertThat(Json.read(written, Interval.class)).isEqualTo(wilson);
    assertThat(Json.refusal("{'estimate':0.5,'lower':0.6,'upper':0.7,'level':0.95,'method':'WILSON'}", Interval.class))
        .hasMessageContaining("must hold its estimate");
    assertThat(Json.refusal("{'estimate':0.5,'lower':0.4,'upper':0.7,'level':0.95,'method':'GUESS'}", Interval.class))
        .hasMessageStartingWith("$.method: must be one of WILSON");
  }

  @Test
  void test_significance_withAndWithoutItsEffect() {
    var test = PoissonChange.test(59, 55, ConfidenceLevel.NINETY_FIVE);
    assertThat(Json.read(Json.write(test), ChangeSignificance.class)).isEqualTo(test);
    assertThat(Json.refusal("{'direction':'NO_CHANGE','method':'BYAR','effect':{'reason':'NOT_A_REASON','sentence':''}}", ChangeSignificance.class))
        .hasMessageStartingWith("$.effect.reason: must be one of ");
  }

  @Test
  void test_printedFigure_readFromItsTextWithItsRounding() {
    PrintedFigure truncated = PrintedFigure.parse("7.4%", RoundingMode.DOWN);
    assertThat(Json.write(truncated)).isEqualTo(q("{'text':'7.4%','value':7.4,'unit':'percent','rounding':'DOWN'}"));
    assertThat(Json.read(Json.write(truncated), PrintedFigure.class)).isEqualTo(truncated);
    assertThat(Json.write(PrintedFigure.parse("£1.2m"))).isEqualTo(q("{'text':'£1.2m','value':1200000,'unit':'pounds','rounding':'HALF_UP'}"));
    assertThat(Json.refusal("{'text':'£1.2m','value':1200,'unit':'pounds','rounding':'HALF_UP'}", PrintedFigure.class))
        .hasMessageStartingWith("$.value: must be 1200000");
  }

  @Test
  void test_range_impliedBases() {
    var bases = ImpliedRanges.basesOfChangeCount(PrintedFigure.parse("-3.1%"), PrintedFigure.parse("(-24)"));
    Json.assertRoundTrip(bases, "{'empty':false,'lowest':762,'highest':786}", WholeRange.class);
    assertThat(Json.refusal("{'empty':false,'lowest':786,'highest':762}", WholeRange.class))
        .hasMessageContaining("lowest at most its highest");
  }

  @Test
  void test_resultStandingAlone_isItsValueOrItsReason() throws Exception {
    var pooled = Pooling.pool(
        List.of(Count.of(2590), Count.of(1889)));
    assertThat(Json.write(pooled)).isEqualTo("{\"count\":4479}");
    var refused = Pooling.pool(
        List.of(PublishedPercentage.of("45.2"), PublishedPercentage.of("67.7")));
    assertThat(Json.write(refused)).startsWith("{\"reason\":\"PUBLISHED_PERCENTAGE_WITHOUT_COUNTS\",\"sentence\":\"");
  }

  @Test
  void test_findingStandingAlone_isWrittenButReadOnlyWithinItsAudit() throws Exception {
    Report report = ReportJsonTest.dorsetReport();
    Finding finding = report.audits().get(0).findings().get(0);
    assertThat(OutcomesJson.write(finding)).contains("\"verdict\": \"SLIPS\"");
    Throwable thrown = catchThrowable(() -> OutcomesJson.read(OutcomesJson.write(finding), Finding.class));
    assertThat(thrown).isInstanceOf(OutcomesJsonException.class).hasMessageContaining("within its audit");
  }
}
