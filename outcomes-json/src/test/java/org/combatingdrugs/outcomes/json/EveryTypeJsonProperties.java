package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
import org.combatingdrugs.outcomes.audit.PrintedReport;
import org.combatingdrugs.outcomes.audit.ReportAudit;
import org.combatingdrugs.outcomes.audit.ReportItem;
import org.combatingdrugs.outcomes.audit.WholeRange;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.LinearTrendProjection;
import org.combatingdrugs.outcomes.calc.Projection;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.DirectionOfTravel;
import org.combatingdrugs.outcomes.rag.RagScheme;
import org.combatingdrugs.outcomes.rag.Rating;
import org.combatingdrugs.outcomes.rag.Threshold;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.spc.XmrChart;
import org.combatingdrugs.outcomes.stats.BenchmarkComparison;
import org.combatingdrugs.outcomes.stats.ChangeSignificance;
import org.combatingdrugs.outcomes.stats.Interval;
import org.combatingdrugs.outcomes.stats.Trend;
import org.combatingdrugs.outcomes.target.Attainment;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Target;

/**
 * Every type the module reads, each read as itself: every part of a random dataset, of the report
 * made from it and of the audit of a random printed report reads back equal and is written the
 * same twice; and together these, the report's properties ({@link ReportJsonProperties}) and the
 * family properties ({@link ChartJsonProperties} for pooled measurements and projections
 * along a linear trend, which no assessment makes; {@link DatasetJsonProperties} for every kind of
 * period) leave out no type the module reads but a
 * finding (read only within its audit) and a result (read only with a declared type, as every
 * element of an assessment is).
 */
class EveryTypeJsonProperties {

  private static final Set<Class<?>> READ_TYPES = new OutcomesModule().readTypes();

  /** A value and the type it is read as. */
  record Part(Object value, Class<?> type) {
    @Override
    public String toString() {
      return type.getSimpleName() + " " + value;
    }
  }

  @Property(tries = 30)
  void everyPartOfADatasetAndItsReportReadsBackEqualAndWritesTheSameBytes(@ForAll("datasets") Dataset dataset)
      throws Exception {
    for (Part part : new LinkedHashSet<>(parts(dataset))) {
      assertReadsBack(part);
    }
  }

  @Property(tries = 100)
  void everyPartOfAnAuditReadsBackEqualAndWritesTheSameBytes(@ForAll("printedReports") PrintedReport report)
      throws Exception {
    for (Part part : new LinkedHashSet<>(parts(ReportAudit.of(report)))) {
      assertReadsBack(part);
    }
  }

  @Example
  void theseAndTheFamilyPropertiesLeaveOutNoTypeTheModuleReads() {
    Random random = new Random(20_230_701L);
    Set<Class<?>> covered = new HashSet<>();
    for (int i = 0; i < 60; i++) {
      parts(new RandomDatasets(random).dataset()).forEach(part -> covered.add(part.type()));
      parts(ReportAudit.of(new AuditJsonProperties.RandomItems(random).report())).forEach(part -> covered.add(part.type()));
    }
    Set<Class<?>> left = new HashSet<>(READ_TYPES);
    left.removeAll(covered);
    left.removeIf(ReportingPeriod.class::isAssignableFrom);
    left.remove(Aggregate.class);
    left.remove(LinearTrendProjection.class);
    left.remove(Finding.class);
    left.remove(Result.class);
    assertThat(left).isEmpty();
  }

  private static void assertReadsBack(Part part) throws Exception {
    String written = OutcomesJson.write(part.value());
    assertThat(OutcomesJson.write(part.value())).as(written).isEqualTo(written);
    Object read = OutcomesJson.read(written, part.type());
    if (read instanceof Dataset d) {
      Json.assertSameLookups(d, Dataset.class.cast(part.value()));
    } else if (read instanceof AreaHierarchy h) {
      AreaHierarchy expected = AreaHierarchy.class.cast(part.value());
      assertThat(h.areas()).isEqualTo(expected.areas());
      for (Area area : expected.areas()) {
        assertThat(h.membersOf(area)).isEqualTo(expected.membersOf(area));
      }
    } else if (read instanceof ReportAudit audit) {
      Json.assertSameAudit(audit, ReportAudit.class.cast(part.value()));
    } else {
      assertThat(read).as(written).isEqualTo(part.value());
    }
    assertThat(OutcomesJson.write(read)).as(part.toString()).isEqualTo(written);
  }

  /** The value as its declared type and, where the module reads that too, as its own class. */
  private static void both(List<Part> out, Object value, Class<?> declared) {
    out.add(new Part(value, declared));
    if (value.getClass() != declared && READ_TYPES.contains(value.getClass())) {
      out.add(new Part(value, value.getClass()));
    }
  }

  /** Every part of a dataset, and of the report of everything made from it. */
  static List<Part> parts(Dataset dataset) {
    List<Part> out = new ArrayList<>();
    out.add(new Part(dataset, Dataset.class));
    out.add(new Part(dataset.presentation(), Presentation.class));
    out.add(new Part(dataset.areas(), AreaHierarchy.class));
    for (Area area : dataset.areas().areas()) {
      out.add(new Part(area, Area.class));
    }
    for (Metric metric : dataset.metrics()) {
      out.add(new Part(metric, Metric.class));
      out.add(new Part(metric.unit(), Unit.class));
      dataset.scheme(metric).ifPresent(s -> both(out, s, RagScheme.class));
      for (Area area : dataset.areas().areas()) {
        for (Measurement m : dataset.series(metric, area).values()) {
          out.add(new Part(m, Measurement.class));
          both(out, m.value(), Value.class);
          both(out, m.period(), ReportingPeriod.class);
          dataset.benchmark(metric, m.period()).ifPresent(v -> both(out, v, Value.class));
        }
        dataset.baseline(metric, area).ifPresent(b -> {
          out.add(new Part(b, Baseline.class));
          out.add(new Part(b.value(), Quantity.class));
          out.add(new Part(b.value().amount(), Exact.class));
        });
        dataset.target(metric, area).ifPresent(t -> both(out, t, Target.class));
      }
    }
    out.addAll(parts(Reports.everything(dataset)));
    return out;
  }

  /** Every part of a report with a read form. */
  static List<Part> parts(Report report) {
    List<Part> out = new ArrayList<>();
    out.add(new Part(report, Report.class));
    for (Assessment a : report.assessments()) {
      out.add(new Part(a, Assessment.class));
      a.comparison().value().ifPresent(v -> out.add(new Part(v, Comparison.class)));
      a.comparison().value().ifPresent(v -> out.add(new Part(v.change(), Change.class)));
      a.direction().value().ifPresent(v -> out.add(new Part(v, DirectionOfTravel.class)));
      a.projection().value().ifPresent(v -> both(out, v, Projection.class));
      a.projectedChange().value().ifPresent(v -> out.add(new Part(v, ProjectedChange.class)));
      a.attainment().value().ifPresent(v -> out.add(new Part(v, Attainment.class)));
      a.rating().value().ifPresent(v -> out.add(new Part(v, Rating.class)));
      a.rating().value().ifPresent(v -> out.add(new Part(v.crossed(), Threshold.class)));
      a.interval().value().ifPresent(v -> out.add(new Part(v, Interval.class)));
      a.significance().value().ifPresent(v -> out.add(new Part(v, ChangeSignificance.class)));
      a.benchmark().value().ifPresent(v -> out.add(new Part(v, AgainstBenchmark.class)));
      a.benchmark().value().ifPresent(v -> out.add(new Part(v.comparison(), BenchmarkComparison.class)));
      a.trend().value().ifPresent(v -> out.add(new Part(v, Trend.class)));
      a.variation().value().ifPresent(v -> out.add(new Part(v, XmrChart.class)));
    }
    report.scorecards().forEach(v -> out.add(new Part(v, Scorecard.class)));
    for (ScorecardComparison c : report.scorecardComparisons()) {
      out.add(new Part(c, ScorecardComparison.class));
      c.changes().forEach(v -> out.add(new Part(v, StatusChange.class)));
    }
    for (Sentence s : report.sentences()) {
      out.add(new Part(s, Sentence.class));
      for (SentenceFigure f : s.figures()) {
        out.add(new Part(f, SentenceFigure.class));
        out.add(new Part(f.printed(), PrintedFigure.class));
      }
    }
    report.audits().forEach(audit -> out.addAll(parts(audit)));
    return out;
  }

  /** Every part of an audit with a read form: a finding is read only within its audit. */
  static List<Part> parts(ReportAudit audit) {
    List<Part> out = new ArrayList<>();
    out.add(new Part(audit, ReportAudit.class));
    out.add(new Part(audit.report(), PrintedReport.class));
    out.add(new Part(audit.summary(), AuditSummary.class));
    for (ReportItem item : audit.report().items()) {
      both(out, item, ReportItem.class);
      out.add(new Part(item.printed(), PrintedFigure.class));
    }
    for (Finding f : audit.findings()) {
      f.explanations().forEach(v -> out.add(new Part(v, Explanation.class)));
      f.range().ifPresent(v -> out.add(new Part(v, WholeRange.class)));
    }
    return out;
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return Arbitraries.randomValue(random -> new RandomDatasets(random).dataset());
  }

  @Provide
  Arbitrary<PrintedReport> printedReports() {
    return Arbitraries.randomValue(random -> new AuditJsonProperties.RandomItems(random).report());
  }
}
