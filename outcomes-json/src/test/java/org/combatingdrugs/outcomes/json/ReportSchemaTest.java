package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.combatingdrugs.outcomes.assess.Comparison;
import org.combatingdrugs.outcomes.assess.SentenceFigure;
import org.combatingdrugs.outcomes.assess.StatusChange;
import org.combatingdrugs.outcomes.audit.NotCheckableReason;
import org.combatingdrugs.outcomes.audit.PrintedGap;
import org.combatingdrugs.outcomes.audit.Slip;
import org.combatingdrugs.outcomes.audit.Verdict;
import org.combatingdrugs.outcomes.calc.ProjectionMethod;
import org.combatingdrugs.outcomes.framework.Outcome;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.rag.RatingBasis;
import org.combatingdrugs.outcomes.rag.Threshold;
import org.combatingdrugs.outcomes.spc.Assurance;
import org.combatingdrugs.outcomes.spc.Side;
import org.combatingdrugs.outcomes.spc.SpecialCauseRule;
import org.combatingdrugs.outcomes.spc.Variation;
import org.combatingdrugs.outcomes.stats.BenchmarkComparison;
import org.combatingdrugs.outcomes.stats.Convention;
import org.combatingdrugs.outcomes.stats.IntervalMethod;
import org.combatingdrugs.outcomes.stats.Trend;
import org.combatingdrugs.outcomes.target.Bound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report schema (draft 2020-12): it names the core's words exactly, accepts what the module
 * writes (see also {@link ReportJsonProperties}) and refuses, as the reader does, reports that are
 * not the module's.
 */
class ReportSchemaTest {

  private static final ObjectMapper TREES = new ObjectMapper();

  /** The schema's word lists, each the constants of one core enum. */
  private static final Map<String, Class<? extends Enum<?>>> WORDS =
      Map.ofEntries(
          Map.entry("Direction", Direction.class),
          Map.entry("Judgement", Judgement.class),
          Map.entry("Polarity", Polarity.class),
          Map.entry("Outcome", Outcome.class),
          Map.entry("DataStatus", DataStatus.class),
          Map.entry("ComparisonBasis", Comparison.Basis.class),
          Map.entry("ProjectionMethod", ProjectionMethod.class),
          Map.entry("ElapsedBasis", ElapsedBasis.class),
          Map.entry("Bound", Bound.class),
          Map.entry("RatingBasis", RatingBasis.class),
          Map.entry("ThresholdScale", Threshold.Scale.class),
          Map.entry("ThresholdSide", Threshold.Side.class),
          Map.entry("IntervalMethod", IntervalMethod.class),
          Map.entry("BenchmarkComparison", BenchmarkComparison.Comparison.class),
          Map.entry("BenchmarkMethod", BenchmarkComparison.Method.class),
          Map.entry("TrendMethod", Trend.Method.class),
          Map.entry("Convention", Convention.class),
          Map.entry("SpcSide", Side.class),
          Map.entry("SpecialCauseRule", SpecialCauseRule.class),
          Map.entry("Variation", Variation.class),
          Map.entry("Assurance", Assurance.class),
          Map.entry("StatusMovement", StatusChange.Movement.class),
          Map.entry("Verdict", Verdict.class),
          Map.entry("Slip", Slip.class),
          Map.entry("NotCheckableReason", NotCheckableReason.class),
          Map.entry("GapSide", PrintedGap.Side.class),
          Map.entry("FigureRole", SentenceFigure.Role.class));

  @Test
  void test_schema_namesTheCoresWordsExactly() throws Exception {
    JsonNode defs = TREES.readTree(OutcomesJson.reportSchema()).get("$defs");
    for (Map.Entry<String, Class<? extends Enum<?>>> entry : WORDS.entrySet()) {
      List<String> listed = new ArrayList<>();
      defs.get(entry.getKey()).get("enum").forEach(word -> listed.add(word.asText()));
      List<String> core = Stream.of(entry.getValue().getEnumConstants()).map(Enum::name).toList();
      assertThat(listed).as("$defs.%s, the constants of %s", entry.getKey(), entry.getValue().getName()).isEqualTo(core);
    }
  }

  /** A variant of the Dorset report: what is replaced, and by what. */
  record Spoiled(String what, String find, String replace) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Spoiled> spoiled() {
    return Stream.of(
        new Spoiled("another format version", "\"formatVersion\": 1", "\"formatVersion\": 2"),
        new Spoiled(
            "a null element",
            "\"target\": {\n        \"reason\": \"NO_TARGET\",\n        \"sentence\": \"no target is set for this metric in this area\"\n      }",
            "\"target\": null"),
        new Spoiled("an unknown property", "\"formatVersion\": 1,", "\"formatVersion\": 1, \"generatedAt\": \"today\","),
        new Spoiled("an unknown verdict", "\"verdict\": \"SLIPS\"", "\"verdict\": \"WRONG\""),
        new Spoiled("an unknown status", "\"status\": \"GREEN\"", "\"status\": \"BLUE\""),
        new Spoiled("a decimal as a string", "\"amount\": 152", "\"amount\": \"152.0\""),
        new Spoiled("no sentences", ",\n  \"sentences\": [", ",\n  \"sentence\": ["),
        new Spoiled("a negative count", "\"count\": 80", "\"count\": -80"),
        new Spoiled("an unknown polarity", "\"polarity\": \"HIGHER_IS_BETTER\"", "\"polarity\": \"UPWARDS\""),
        new Spoiled("an unknown interval method", "\"method\": \"BYAR\"", "\"method\": \"GUESS\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spoiled")
  void test_schemaAndReader_refuseAReportThatIsNotTheModules(Spoiled spoiled) throws Exception {
    String golden = Json.resource("dorset-progress-report-2023-07.report.json");
    assertThat(golden).contains(spoiled.find());
    String document = golden.replaceFirst(Pattern.quote(spoiled.find()), Matcher.quoteReplacement(spoiled.replace()));
    assertThat(Schemas.reportErrors(document)).as("schema errors").isNotEmpty();
    assertThat(catchThrowable(() -> OutcomesJson.readReport(document))).isInstanceOf(OutcomesJsonException.class);
  }
}
