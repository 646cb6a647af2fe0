package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.combatingdrugs.outcomes.aggregate.PoolReason;
import org.combatingdrugs.outcomes.aggregate.Pooling;
import org.combatingdrugs.outcomes.assess.Assessment;
import org.combatingdrugs.outcomes.assess.Scorecard;
import org.combatingdrugs.outcomes.assess.ScorecardComparison;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.result.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Assessments, scorecards, scorecard comparisons and the report document read back as they were
 * written, and a document that does not say what its parts give is refused whole, naming the path.
 */
class AssessmentJsonTest {

  /** Trees that keep every decimal exactly as written. */
  private static final ObjectMapper TREES =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private static Report dorset() throws Exception {
    return ReportJsonTest.dorsetReport();
  }

  static Stream<Assessment> dorsetAssessments() throws Exception {
    return dorset().assessments().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dorsetAssessments")
  void test_dorsetAssessment_readsBackEqualAndWritesTheSameBytes(Assessment assessment) throws Exception {
    String written = OutcomesJson.write(assessment);
    Assessment read = OutcomesJson.read(written, Assessment.class);
    assertThat(read).isEqualTo(assessment);
    assertThat(OutcomesJson.write(read)).isEqualTo(written);
  }

  @Test
  void test_dorsetScorecardsAndComparison_readBackEqualAndWriteTheSameBytes() throws Exception {
    Report report = dorset();
    assertThat(report.scorecards()).hasSize(2);
    for (Scorecard scorecard : report.scorecards()) {
      String written = OutcomesJson.write(scorecard);
      Scorecard read = OutcomesJson.read(written, Scorecard.class);
      assertThat(read).isEqualTo(scorecard);
      assertThat(OutcomesJson.write(read)).isEqualTo(written);
    }
    ScorecardComparison comparison = report.scorecardComparisons().get(0);
    String written = OutcomesJson.write(comparison);
    assertThat(OutcomesJson.read(written, ScorecardComparison.class)).isEqualTo(comparison);
    assertThat(Json.read(Json.write(comparison), ScorecardComparison.class)).isEqualTo(comparison);
  }

  @Test
  void test_scorecard_listsTheAreasItsLinesNameInFull() throws Exception {
    JsonNode earlier = tree(dorset().scorecardComparisons().get(0)).get("earlierScorecard");
    assertThat(earlier.get("parts").findValuesAsText("code")).containsExactly("E06000058", "E06000059");
    assertThat(earlier.at("/parts/1/name").asText()).isEqualTo("Dorset");
    assertThat(earlier.at("/sections/0/lines/0/pooledFrom/0").asText()).isEqualTo("E06000058");
  }

  @Test
  void test_readReport_readsBackEqualWithoutAudits(@TempDir Path dir) throws Exception {
    Report report = dorset().withAudits(List.of());
    String written = OutcomesJson.writeReport(report);
    assertThat(OutcomesJson.readReport(written)).isEqualTo(report);
    Path file = dir.resolve("report.json");
    OutcomesJson.writeReport(report, file);
    assertThat(OutcomesJson.readReport(file)).isEqualTo(report);
    assertThat(Files.readString(file)).isEqualTo(written);
  }

  @Test
  void test_readReport_withItsAudits_andRefusesAnotherFormatVersion() throws Exception {
    String written = OutcomesJson.writeReport(dorset());
    Report read = OutcomesJson.readReport(written);
    assertThat(read.audits()).hasSameSizeAs(dorset().audits()).isNotEmpty();
    assertThat(read.audits().get(0).findings()).isEqualTo(dorset().audits().get(0).findings());
    assertThat(read.assessments()).isEqualTo(dorset().assessments());
    assertThat(OutcomesJson.writeReport(read)).isEqualTo(written);
    ObjectNode version = tree(dorset().withAudits(List.of()));
    version.put("formatVersion", 2);
    OutcomesJsonException two = refused(() -> OutcomesJson.readReport(version.toString()));
    assertThat(two.jsonPath()).isEqualTo("$.formatVersion");
    assertThat(two).hasMessageContaining("was 2");
  }

  @Test
  void test_scorecard_refusesAStatusCountThatIsNotTheLines() throws Exception {
    Scorecard scorecard = dorset().scorecards().get(0);
    int green = scorecard.statusCounts().getOrDefault(RagStatus.GREEN, 0);
    OutcomesJsonException e = spoiled(scorecard, Scorecard.class, s -> ((ObjectNode) s.get("statusCounts")).put("GREEN", green + 1));
    assertThat(e.jsonPath()).isEqualTo("$.statusCounts.GREEN");
    assertThat(e).hasMessageContaining("must be " + green).hasMessageContaining("was " + (green + 1));
    OutcomesJsonException notRated = spoiled(scorecard, Scorecard.class, s -> s.put("notRated", scorecard.notRated() + 1));
    assertThat(notRated.jsonPath()).isEqualTo("$.notRated");
    OutcomesJsonException missing = spoiled(scorecard, Scorecard.class, s -> ((ObjectNode) s.get("directionCounts")).remove("NO_CHANGE"));
    assertThat(missing.jsonPath()).isEqualTo("$.directionCounts");
    assertThat(missing).hasMessageContaining("'NO_CHANGE'");
  }

  @Test
  void test_scorecard_refusesATitlePartsAndCodesThatAreNotItsOwn() throws Exception {
    Scorecard pooled = dorset().scorecardComparisons().get(0).later();
    OutcomesJsonException title = spoiled(pooled, Scorecard.class, s -> section(s).put("title", "Reduce drug use"));
    assertThat(title.jsonPath()).isEqualTo("$.sections[0].title");
    assertThat(title).hasMessageContaining("Reduce drug use");
    OutcomesJsonException unnamed =
        spoiled(
            pooled,
            Scorecard.class,
            s -> ((ArrayNode) s.get("parts")).addObject().put("code", "E06000099").put("name", "Nowhere").put("type", "LOCAL_AUTHORITY"));
    assertThat(unnamed.jsonPath()).isEqualTo("$.parts[2]");
    assertThat(unnamed).hasMessageContaining("no line names Nowhere (E06000099)");
    OutcomesJsonException swapped =
        spoiled(
            pooled,
            Scorecard.class,
            s -> {
              ArrayNode parts = (ArrayNode) s.get("parts");
              JsonNode first = parts.get(0);
              parts.set(0, parts.get(1));
              parts.set(1, first);
            });
    assertThat(swapped.jsonPath()).isEqualTo("$.parts[0]");
    assertThat(swapped).hasMessageContaining("the next area the lines name");
    OutcomesJsonException unlisted =
        spoiled(pooled, Scorecard.class, s -> ((ArrayNode) section(s).get("lines").get(0).get("pooledFrom")).set(0, "E06000099"));
    assertThat(unlisted.jsonPath()).isEqualTo("$.sections[0].lines[0].pooledFrom[0]");
    assertThat(unlisted).hasMessageContaining("'E06000099' is not the code of an area listed in $.parts");
    OutcomesJsonException repeated = spoiled(pooled, Scorecard.class, s -> ((ArrayNode) s.get("parts")).add(s.get("parts").get(0)));
    assertThat(repeated.jsonPath()).isEqualTo("$.parts[2]");
    OutcomesJsonException empty = spoiled(pooled, Scorecard.class, s -> ((ArrayNode) section(s).get("lines")).removeAll());
    assertThat(empty.jsonPath()).isEqualTo("$.sections[0]");
    assertThat(empty).hasMessageContaining("a section must hold a line");
  }

  @Test
  void test_comparison_refusesChangesThatAreNotTheScorecards() throws Exception {
    ScorecardComparison comparison = dorset().scorecardComparisons().get(0);
    assertThat(comparison.changes()).hasSizeGreaterThan(1);
    OutcomesJsonException swapped =
        spoiled(
            comparison,
            ScorecardComparison.class,
            c -> {
              ArrayNode changes = (ArrayNode) c.get("changes");
              JsonNode first = changes.get(0);
              changes.set(0, changes.get(1));
              changes.set(1, first);
            });
    assertThat(swapped.jsonPath()).isEqualTo("$.changes[0]");
    assertThat(swapped).hasMessageContaining("which the scorecards compared give");
    OutcomesJsonException dropped = spoiled(comparison, ScorecardComparison.class, c -> ((ArrayNode) c.get("changes")).remove(0));
    assertThat(dropped.jsonPath()).isEqualTo("$.changes");
    OutcomesJsonException later = spoiled(comparison, ScorecardComparison.class, c -> c.put("later", "2023"));
    assertThat(later.jsonPath()).isEqualTo("$.later");
    assertThat(later).hasMessageContaining("2023");
    OutcomesJsonException order =
        spoiled(
            comparison,
            ScorecardComparison.class,
            c -> {
              JsonNode earlier = c.get("earlierScorecard");
              c.set("earlierScorecard", c.get("laterScorecard"));
              c.set("laterScorecard", earlier);
            });
    assertThat(order.jsonPath()).isEqualTo("$");
    assertThat(order).hasMessageContaining("earlier must come before");
  }

  @Test
  void test_assessment_refusesAnUnknownAMissingANullAndARepeatedElement() throws Exception {
    Assessment assessment = dorset().assessments().get(1);
    OutcomesJsonException unknown = spoiled(assessment, Assessment.class, a -> a.put("provisional", false));
    assertThat(unknown.jsonPath()).isEqualTo("$.provisional");
    assertThat(unknown).hasMessageContaining("is not a property of an assessment");
    OutcomesJsonException missing = spoiled(assessment, Assessment.class, a -> a.remove("trend"));
    assertThat(missing.jsonPath()).isEqualTo("$");
    assertThat(missing).hasMessageContaining("needs the property 'trend'");
    OutcomesJsonException nulled = spoiled(assessment, Assessment.class, a -> a.putNull("rating"));
    assertThat(nulled.jsonPath()).isEqualTo("$.rating");
    OutcomesJsonException reason = spoiled(assessment, Assessment.class, a -> a.set("target", TREES.createObjectNode().put("reason", "NO_SUCH_REASON").put("sentence", "")));
    assertThat(reason.jsonPath()).isEqualTo("$.target.reason");
    String written = Json.write(assessment);
    OutcomesJsonException repeated = refused(() -> Json.PLAIN.readValue(written.replaceFirst("\\{", "{\"assurance\":\"HIT_AND_MISS\","), Assessment.class));
    assertThat(repeated.jsonPath()).isEqualTo("$.assurance");
    assertThat(repeated).hasMessageContaining("is repeated");
  }

  @Test
  void test_scorecardLine_refusesAnAssessmentWithAnUnknownProperty() throws Exception {
    Scorecard scorecard = dorset().scorecards().get(0);
    OutcomesJsonException e =
        spoiled(scorecard, Scorecard.class, s -> ((ObjectNode) section(s).get("lines").get(0).get("assessment")).put("extra", 1));
    assertThat(e.jsonPath()).isEqualTo("$.sections[0].lines[0].assessment.extra");
  }

  private static final TypeReference<Result<Value, PoolReason>> POOLED = new TypeReference<>() {};

  @Test
  void test_result_readsAsItsDeclaredTypeAndIsRefusedRaw() throws Exception {
    Result<Value, PoolReason> pooled = Pooling.pool(List.of(Proportion.of(40, 100), Proportion.of(45, 100)));
    Result<Value, PoolReason> published = Pooling.pool(List.of(PublishedPercentage.of("41.1"), Proportion.of(45, 100)));
    for (Result<Value, PoolReason> result : List.of(pooled, published)) {
      String written = Json.write(result);
      assertThat(Json.PLAIN.readValue(written, POOLED)).isEqualTo(result);
      assertThat(Json.STRICT.readValue(written, POOLED)).isEqualTo(result);
    }
    OutcomesJsonException raw = refused(() -> Json.PLAIN.readValue(Json.write(pooled), Result.class));
    assertThat(raw.jsonPath()).isEqualTo("$");
    assertThat(raw).hasMessageContaining("declared types");
    OutcomesJsonException reason =
        refused(() -> Json.PLAIN.readValue("{\"reason\":\"NO_TARGET\",\"sentence\":\"\"}", POOLED));
    assertThat(reason.jsonPath()).isEqualTo("$.reason");
    assertThat(refused(() -> Json.PLAIN.readValue("null", POOLED)).jsonPath()).isEqualTo("$");
  }

  private static ObjectNode section(ObjectNode scorecard) {
    return (ObjectNode) scorecard.get("sections").get(0);
  }

  private static ObjectNode tree(Object value) throws Exception {
    return (ObjectNode) TREES.readTree(OutcomesJson.write(value));
  }

  /** The refusal of a value's written form, spoiled, by the facade and by a plain mapper alike. */
  private static <T> OutcomesJsonException spoiled(T value, Class<T> type, Consumer<ObjectNode> spoil) throws Exception {
    ObjectNode tree = tree(value);
    spoil.accept(tree);
    String json = tree.toString();
    OutcomesJsonException plain = refused(() -> Json.PLAIN.readValue(json, type));
    OutcomesJsonException facade = refused(() -> OutcomesJson.read(json, type));
    assertThat(facade.jsonPath()).isEqualTo(plain.jsonPath());
    return facade;
  }

  private static OutcomesJsonException refused(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isInstanceOf(OutcomesJsonException.class);
    return OutcomesJsonException.class.cast(thrown);
  }
}
