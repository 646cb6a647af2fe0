package org.combatingdrugs.outcomes.examples.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.assess.Scorecard;
import org.combatingdrugs.outcomes.assess.Scorecards;
import org.combatingdrugs.outcomes.examples.SyntheticNationalDataset;
import org.combatingdrugs.outcomes.json.OutcomesJson;
import org.combatingdrugs.outcomes.json.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The national report written and read as JSON by the outcomes module, beside plain Jackson on
 * {@link PlainReport}'s records (the {@code plain...} benchmarks, the baselines of the ratios).
 *
 * <p>The report is the synthetic national dataset (150 areas) assessed into one scorecard per area
 * for {@link SyntheticNationalDataset#LATEST}: 5,100 lines, each with its assessment and an XmR
 * chart of 40 points, and no assessments standing alone (each is already in its scorecard's line;
 * listing them again would double the document). Written compactly by the module's mapper: the
 * facade's {@link OutcomesJson#writeReport} indents, which makes the document 112.7 million
 * characters instead of 44.8 million, and {@link OutcomesJson#readReport(String)} refuses it, as
 * it passes both the facade's {@value OutcomesJson#MAX_DOCUMENT_BYTES} bytes and its {@value
 * OutcomesJson#MAX_TOKENS} tokens (it has 5,354,988). So both sides write compact JSON,
 * and the module's side reads with {@link OutcomesJson#mapper()} whose factory is given no limit
 * of length or tokens, with the same strictness otherwise.
 *
 * <p>The two documents are the same JSON: 44,823,552 characters written by the module, and the
 * same number by the plain records, character for character (compared and printed in setup).
 * Reading by the module builds every core object again and re-derives and checks every computed
 * figure (each change, projection, rating, interval, trend and XmR chart, which is its contract);
 * the plain reader only fills records, so the ratio shows that cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ReportJsonBenchmark {

  private final ObjectMapper mapper = OutcomesJson.mapper();

  private final ObjectWriter writer = mapper.writer();

  private final ObjectMapper plainMapper = PlainReport.mapper();

  private Report report = Report.empty();

  private PlainReport plain = PlainReport.of(List.of());

  private String json = "";

  private String plainJson = "";

  /**
   * Assesses the national dataset into its scorecards, builds both reports and writes both
   * documents, then checks that each reads back equal to what was written.
   *
   * @throws JsonProcessingException never: both documents are written and read whole
   */
  @Setup(Level.Trial)
  public void prepare() throws JsonProcessingException {
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(OutcomesJson.MAX_NESTING)
                .maxNumberLength(OutcomesJson.MAX_NUMBER_LENGTH)
                .maxStringLength(OutcomesJson.MAX_STRING_LENGTH)
                .maxNameLength(OutcomesJson.MAX_NAME_LENGTH)
                .maxDocumentLength(-1)
                .maxTokenCount(-1)
                .build());
    Dataset data = Workloads.national();
    List<Scorecard> cards = new ArrayList<>();
    for (Area area : data.areas().areas()) {
      cards.add(Scorecards.of(data, area, SyntheticNationalDataset.LATEST));
    }
    report = Report.of(List.of(), cards);
    plain = PlainReport.of(cards);
    json = writer.writeValueAsString(report);
    plainJson = plainMapper.writeValueAsString(plain);
    System.out.printf(
        "%nthe report: %,d characters; the plain report: %,d characters, %s%n",
        json.length(), plainJson.length(), json.equals(plainJson) ? "the same text" : "a different text");
    if (!mapper.readValue(json, Report.class).equals(report)) {
      throw new IllegalStateException("the report does not read back equal to what was written");
    }
    if (!plainMapper.readValue(plainJson, PlainReport.class).equals(plain)) {
      throw new IllegalStateException("the plain report does not read back equal to what was written");
    }
  }

  /**
   * The report written by the module.
   *
   * @return the document
   * @throws JsonProcessingException never
   */
  @Benchmark
  public String writeReport() throws JsonProcessingException {
    return writer.writeValueAsString(report);
  }

  /**
   * The baseline: the plain report written by Jackson.
   *
   * @return the document
   * @throws JsonProcessingException never
   */
  @Benchmark
  public String plainWriteReport() throws JsonProcessingException {
    return plainMapper.writeValueAsString(plain);
  }

  /**
   * The report read by the module, every figure checked.
   *
   * @return the report
   * @throws JsonProcessingException never
   */
  @Benchmark
  public Report readReport() throws JsonProcessingException {
    return mapper.readValue(json, Report.class);
  }

  /**
   * The baseline: the plain report read by Jackson.
   *
   * @return the plain report
   * @throws JsonProcessingException never
   */
  @Benchmark
  public PlainReport plainReadReport() throws JsonProcessingException {
    return plainMapper.readValue(plainJson, PlainReport.class);
  }
}
