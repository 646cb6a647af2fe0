package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.combatingdrugs.outcomes.assess.AgainstBenchmark;
import org.combatingdrugs.outcomes.assess.Assessment;
import org.combatingdrugs.outcomes.assess.Comparison;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.assess.ProjectedChange;
import org.combatingdrugs.outcomes.assess.ScorecardComparison;
import org.combatingdrugs.outcomes.assess.Sentence;
import org.combatingdrugs.outcomes.assess.StatusChange;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.rag.DirectionOfTravel;
import org.combatingdrugs.outcomes.rag.Rating;
import org.combatingdrugs.outcomes.stats.ChangeSignificance;
import org.combatingdrugs.outcomes.stats.Interval;
import org.combatingdrugs.outcomes.stats.Trend;
import org.combatingdrugs.outcomes.target.Attainment;

/**
 * Over random datasets: the report of everything the library makes from them validates against
 * the report schema and is written the same twice; every result with a read form reads back
 * equal; and a document spoiled anywhere is refused with the one exception type, never half read.
 */
class ReportJsonProperties {

  @Property(tries = 60)
  void aWrittenReportAlwaysValidatesAndIsWrittenTheSameTwice(@ForAll("datasets") Dataset dataset) throws Exception {
    String written = OutcomesJson.writeReport(Reports.everything(dataset));
    assertThat(Schemas.reportErrors(written)).as(written).isEmpty();
    assertThat(OutcomesJson.writeReport(Reports.everything(dataset))).isEqualTo(written);
    assertThat(written).doesNotContain("null").doesNotContain("NaN").doesNotContain("Infinity");
  }

  @Property(tries = 60)
  void everyResultWithAReadFormReadsBackEqual(@ForAll("datasets") Dataset dataset) throws Exception {
    Report report = Reports.everything(dataset);
    List<Object[]> values = new ArrayList<>();
    for (Assessment a : report.assessments()) {
      a.comparison().value().ifPresent(v -> values.add(new Object[] {v, Comparison.class}));
      a.comparison().value().ifPresent(v -> values.add(new Object[] {v.change(), Change.class}));
      a.direction().value().ifPresent(v -> values.add(new Object[] {v, DirectionOfTravel.class}));
      a.projectedChange().value().ifPresent(v -> values.add(new Object[] {v, ProjectedChange.class}));
      a.attainment().value().ifPresent(v -> values.add(new Object[] {v, Attainment.class}));
      a.rating().value().ifPresent(v -> values.add(new Object[] {v, Rating.class}));
      a.interval().value().ifPresent(v -> values.add(new Object[] {v, Interval.class}));
      a.significance().value().ifPresent(v -> values.add(new Object[] {v, ChangeSignificance.class}));
      a.benchmark().value().ifPresent(v -> values.add(new Object[] {v, AgainstBenchmark.class}));
      a.trend().value().ifPresent(v -> values.add(new Object[] {v, Trend.class}));
    }
    for (ScorecardComparison c : report.scorecardComparisons()) {
      c.changes().forEach(v -> values.add(new Object[] {v, StatusChange.class}));
    }
    for (Sentence s : report.sentences()) {
      values.add(new Object[] {s, Sentence.class});
    }
    for (Object[] pair : values) {
      Class<?> type = Class.class.cast(pair[1]);
      String written = OutcomesJson.write(pair[0]);
      Object read = OutcomesJson.read(written, type);
      assertThat(read).as(written).isEqualTo(pair[0]);
      assertThat(OutcomesJson.write(read)).isEqualTo(written);
    }
  }

  @Property(tries = 300)
  void aSpoiledDocumentIsRefusedWholeOrReadWhole(
      @ForAll("datasets") Dataset dataset,
      @ForAll @IntRange(min = 0, max = 1_000_000) int where,
      @ForAll("spoilers") String spoiler,
      @ForAll boolean truncate) throws Exception {
    String written = OutcomesJson.writeDataset(dataset);
    int at = where % written.length();
    String spoiled = truncate ? written.substring(0, at) : written.substring(0, at) + spoiler + written.substring(at + 1);
    Throwable thrown = catchThrowable(() -> OutcomesJson.readDataset(spoiled));
    if (thrown == null) {
      Dataset read = OutcomesJson.readDataset(spoiled);
      assertThat(OutcomesJson.readDataset(OutcomesJson.writeDataset(read)).size()).isEqualTo(read.size());
    } else {
      assertThat(thrown).isInstanceOf(OutcomesJsonException.class);
      assertThat(OutcomesJsonException.class.cast(thrown).jsonPath()).startsWith("$");
    }
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return Arbitraries.randomValue(random -> new RandomDatasets(random).dataset());
  }

  @Provide
  Arbitrary<String> spoilers() {
    return Arbitraries.of("", "\"", "{", "}", "[", "]", ",", ":", "-", "0", "9", "x", "null", "1e999", "\\u0000", " ", "\"\"");
  }
}
