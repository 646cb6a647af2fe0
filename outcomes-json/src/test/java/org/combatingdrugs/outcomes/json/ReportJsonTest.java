package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.assess.Assessment;
import org.combatingdrugs.outcomes.assess.Assessor;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.assess.Scorecards;
import org.combatingdrugs.outcomes.assess.SeriesKey;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.junit.jupiter.api.Test;

/** The report document of the Dorset figures: deterministic, every element present, golden. */
class ReportJsonTest {

  /** Every measurement of the Dorset dataset assessed, and the scorecards of both authorities for 2022/23. */
  static Report dorsetReport() throws Exception {
    Dataset data = OutcomesJson.readDataset(Json.resource(DorsetFixture.FILE));
    List<Assessment> assessments = new ArrayList<>();
    for (SeriesKey key : data.seriesKeys()) {
      Metric metric = data.metric(key.metricId()).orElseThrow();
      Area area = data.areas().byCode(key.areaCode()).orElseThrow();
      for (Measurement m : data.series(metric, area).values()) {
        assessments.add(Assessor.assess(data, metric, area, m.period()).orElseThrow());
      }
    }
    FinancialYear lastYear = FinancialYear.of(2022);
    return Report.of(
        assessments,
        List.of(
            Scorecards.of(data, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, lastYear),
            Scorecards.of(data, Areas.DORSET, lastYear)));
  }

  @Test
  void test_writeReport_isDeterministicAndMatchesTheGoldenFile() throws Exception {
    String written = OutcomesJson.writeReport(dorsetReport());
    assertThat(OutcomesJson.writeReport(dorsetReport())).isEqualTo(written);
    assertThat(written).isEqualTo(Json.resource("dorset-progress-report-2023-07.report.json"));
  }

  @Test
  void test_writeReport_theDorsetFiguresAndTheirReasons() throws Exception {
    JsonNode report = new ObjectMapper().readTree(OutcomesJson.writeReport(dorsetReport()));
    assertThat(report.get("formatVersion").asInt()).isEqualTo(1);
    JsonNode arrests = report.get("assessments").get(1);
    assertThat(arrests.at("/latest/metric/id").asText()).isEqualTo("county-lines-arrests");
    assertThat(arrests.at("/latest/period").asText()).isEqualTo("2023/24 Q1");
    assertThat(arrests.at("/latest/value/count").asLong()).isEqualTo(38);
    assertThat(arrests.at("/projection/method").asText()).isEqualTo("RUN_RATE");
    assertThat(arrests.at("/projection/value/amount").decimalValue()).isEqualByComparingTo("152");
    assertThat(arrests.at("/projectedChange/lastYearTotal/amount").asLong()).isEqualTo(80);
    assertThat(arrests.at("/target/reason").asText()).isEqualTo("NO_TARGET");
    assertThat(arrests.at("/target/sentence").asText()).isEqualTo("no target is set for this metric in this area");
    JsonNode first = report.get("assessments").get(0);
    assertThat(first.at("/latest/period").asText()).isEqualTo("2022/23");
    assertThat(first.at("/comparison/reason").asText()).isEqualTo("NO_COMPARISON_VALUE");
  }

  @Test
  void test_writeReport_everyElementIsPresentAndNothingIsNull() throws Exception {
    String written = OutcomesJson.writeReport(dorsetReport());
    JsonNode report = new ObjectMapper().readTree(written);
    List<String> elements =
        List.of(
            "latest", "comparison", "direction", "projection", "projectedChange", "target", "attainment", "expected",
            "rating", "interval", "significance", "benchmark", "trend", "variation", "assurance");
    for (JsonNode assessment : report.get("assessments")) {
      List<String> names = new ArrayList<>();
      assessment.fieldNames().forEachRemaining(names::add);
      assertThat(names).containsExactlyElementsOf(elements);
    }
    assertThat(written).doesNotContain("null").doesNotContain("NaN").doesNotContain("Infinity");
  }
}
