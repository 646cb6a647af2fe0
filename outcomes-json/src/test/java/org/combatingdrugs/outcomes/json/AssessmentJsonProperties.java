package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.combatingdrugs.outcomes.assess.Assessment;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.assess.Scorecard;
import org.combatingdrugs.outcomes.assess.ScorecardComparison;

/**
 * Over random datasets: every assessment, scorecard and comparison the library makes reads back
 * equal and writes the same bytes, as does the report of them all; and a scorecard whose counts
 * are not its lines' is refused at the count's path.
 */
class AssessmentJsonProperties {

  /** Trees that keep every decimal exactly as written. */
  private static final ObjectMapper TREES =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /** The counts a scorecard writes, each with the path of one of its values. */
  private static final List<String> COUNTS =
      List.of(
          "statusCounts.GREEN",
          "statusCounts.AMBER",
          "statusCounts.RED",
          "notRated",
          "directionCounts.IMPROVING",
          "directionCounts.WORSENING",
          "directionCounts.NO_CHANGE",
          "directionCounts.NOT_JUDGED",
          "noDirection");

  @Property(tries = 60)
  void everyAssessmentScorecardAndComparisonReadsBackEqual(@ForAll("datasets") Dataset dataset) throws Exception {
    Report report = Reports.everything(dataset);
    for (Assessment a : report.assessments()) {
      assertReadsBack(a, Assessment.class);
    }
    for (Scorecard s : report.scorecards()) {
      assertReadsBack(s, Scorecard.class);
    }
    for (ScorecardComparison c : report.scorecardComparisons()) {
      assertReadsBack(c, ScorecardComparison.class);
    }
    String written = OutcomesJson.writeReport(report);
    Report read = OutcomesJson.readReport(written);
    assertThat(read).isEqualTo(report);
    assertThat(OutcomesJson.writeReport(read)).isEqualTo(written);
  }

  @Property(tries = 60)
  void aScorecardWithOneCountAlteredIsRefusedAtThatCount(
      @ForAll("datasets") Dataset dataset,
      @ForAll @IntRange(min = 0, max = 8) int which,
      @ForAll @IntRange(min = 1, max = 3) int by) throws Exception {
    List<Scorecard> scorecards = Reports.everything(dataset).scorecards();
    if (scorecards.isEmpty()) {
      return;
    }
    String count = COUNTS.get(which);
    ObjectNode tree = (ObjectNode) TREES.readTree(OutcomesJson.write(scorecards.get(0)));
    int dot = count.indexOf('.');
    ObjectNode holder = dot < 0 ? tree : (ObjectNode) tree.get(count.substring(0, dot));
    String name = count.substring(dot + 1);
    JsonNode given = holder.get(name);
    holder.put(name, given.asInt() + by);
    Throwable thrown = catchThrowable(() -> OutcomesJson.read(tree.toString(), Scorecard.class));
    assertThat(thrown).isInstanceOf(OutcomesJsonException.class);
    OutcomesJsonException e = OutcomesJsonException.class.cast(thrown);
    assertThat(e.jsonPath()).isEqualTo("$." + count);
    assertThat(e).hasMessageContaining("was " + (given.asInt() + by));
  }

  private static <T> void assertReadsBack(T value, Class<T> type) throws Exception {
    String written = OutcomesJson.write(value);
    T read = OutcomesJson.read(written, type);
    assertThat(read).as(written).isEqualTo(value);
    assertThat(OutcomesJson.write(read)).isEqualTo(written);
    assertThat(OutcomesJson.write(value)).isEqualTo(written);
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return Arbitraries.randomValue(random -> new RandomDatasets(random).dataset());
  }
}
