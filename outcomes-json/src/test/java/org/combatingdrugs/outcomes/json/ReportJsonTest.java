package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.assess.Assessment;
import org.combatingdrugs.outcomes.assess.Assessor;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.assess.PanelSentences;
import org.combatingdrugs.outcomes.assess.Scorecards;
import org.combatingdrugs.outcomes.assess.SentencePart;
import org.combatingdrugs.outcomes.assess.SeriesKey;
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
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.junit.jupiter.api.Test;

/**
 * The report document of the Dorset figures: deterministic, every element present, golden, valid
 * against the report schema.
 */
class ReportJsonTest {

  private static final String GOLDEN = "dorset-progress-report-2023-07.report.json";

  /** The Dorset report as printed beside its inputs: one item of every kind. */
  static PrintedReport printedReport() {
    FinancialYear year = FinancialYear.of(2023);
    return PrintedReport.of(
            "Dorset CDP progress report, July 2023",
            List.of(
                PrintedProjection.of("Cash seized, projected", "£94,304", "£23,756", year.quarter(1), year, ElapsedBasis.QUARTERS),
                PrintedChange.of("Cash seized", "37.8%", "£68,413", "£94,304"),
                PrintedChange.of("SOC disruptions", "7.4%", "964", "1036"),
                PrintedChange.of("Neighbourhood crimes", "6.9%", "188", "202"),
                PrintedChange.withoutBase("Continuity of care, BCP, increase in year", "10%", "45.2%"),
                PrintedPointsChange.of("Continuity of care, BCP to Dorset", "22.5", "45.2%", "67.7%"),
                PrintedChangeCount.of("Non-dwelling burglary", "-3.1%", "(-24)"),
                PrintedGap.of("Continuity of care, BCP, gap", "29.8", "45.2%", "75%"),
                PrintedRate.of("Drug-related deaths, rate", "7.8 per 100,000", "59", "760,000"),
                PrintedShare.of("Adults in treatment, BCP share", "58%", "2,590", "4,479"),
                PrintedTotal.of("Adults in treatment, pan-Dorset", "4,479", "2,590", "1,889")))
        .withInputFrom("Cash seized", "Cash seized, projected");
  }

  /**
   * Every measurement of the Dorset dataset assessed, the scorecards of both authorities for
   * 2022/23, pan-Dorset's two years of deaths compared, the audit of the printed report and the
   * sentences of the report.
   */
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
    PanelSentences writer = PanelSentences.of(data.presentation()).withOwnArea(Areas.DORSET).withBenchmarkName("England");
    Area pan = Areas.PAN_DORSET_CDP;
    return Report.of(
            assessments,
            List.of(
                Scorecards.of(data, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, lastYear),
                Scorecards.of(data, Areas.DORSET, lastYear)))
        .withScorecardComparisons(
            List.of(Scorecards.compare(data, pan, CalendarYear.of(2021), CalendarYear.of(2022))))
        .withAudits(List.of(ReportAudit.of(printedReport())))
        .withSentences(
            List.of(
                writer.sentence(assess(data, DorsetFixture.COUNTY_LINES_ARRESTS, Areas.DORSET), SentencePart.PROJECTION, SentencePart.RATING),
                writer.sentence(
                    assess(data, NationalMetrics.CONTINUITY_OF_CARE_PRISON, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE),
                    SentencePart.TARGET,
                    SentencePart.BENCHMARK),
                writer.sentence(assess(data, DorsetFixture.DRUG_RELATED_DEATHS, pan), SentencePart.COMPARISON, SentencePart.SIGNIFICANCE)));
  }

  private static Assessment assess(Dataset data, Metric metric, Area area) {
    return Assessor.assess(data, metric, area, data.latest(metric, area).orElseThrow().period()).orElseThrow();
  }

  @Test
  void test_writeReport_isDeterministicAndMatchesTheGoldenFile() throws Exception {
    String written = OutcomesJson.writeReport(dorsetReport());
    assertThat(OutcomesJson.writeReport(dorsetReport())).isEqualTo(written);
    Path out = Path.of("target", GOLDEN);
    Files.createDirectories(out.getParent());
    Files.writeString(out, written, StandardCharsets.UTF_8);
    assertThat(written)
        .as("the report differs from src/test/resources/.../%s; if the change is meant, copy %s over it", GOLDEN, out)
        .isEqualTo(Json.resource(GOLDEN));
  }

  @Test
  void test_writeReport_validatesAgainstTheReportSchema() throws Exception {
    assertThat(Schemas.reportErrors(OutcomesJson.writeReport(dorsetReport()))).isEmpty();
    assertThat(Schemas.reportErrors(Json.resource(GOLDEN))).isEmpty();
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
    JsonNode audit = report.at("/audits/0");
    assertThat(audit.at("/summary/figures").asInt()).isEqualTo(11);
    assertThat(audit.at("/findings/0/explanations/0/slip").asText()).isEqualTo("INPUT_TRANSPOSED");
    assertThat(audit.at("/findings/0/explanations/0/detail").asText()).isEqualTo("the observed value £23,756 taken as £23,576");
    assertThat(audit.at("/findings/1/restsOn/0").asText()).isEqualTo("Cash seized, projected");
    assertThat(audit.at("/findings/2/explanations/0/slip").asText()).isEqualTo("TRUNCATED");
    assertThat(audit.at("/findings/4/notCheckable/reason").asText()).isEqualTo("BASE_NOT_GIVEN");
    JsonNode sentence = report.at("/sentences/0");
    assertThat(sentence.at("/text").asText()).startsWith("County lines arrests: 38 in 2023/24 Q1, projected 152 for 2023/24");
    assertThat(sentence.at("/figures/0/role").asText()).isEqualTo("VALUE");
    assertThat(sentence.at("/figures/0/printed/text").asText()).isEqualTo("38");
    JsonNode compared = report.at("/scorecardComparisons/0");
    assertThat(compared.at("/earlier").asText()).isEqualTo("2021");
    assertThat(compared.at("/later").asText()).isEqualTo("2022");
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
    List<String> parts = new ArrayList<>();
    report.fieldNames().forEachRemaining(parts::add);
    assertThat(parts).containsExactly("formatVersion", "assessments", "scorecards", "scorecardComparisons", "audits", "sentences");
    assertThat(written).doesNotContain("null").doesNotContain("NaN").doesNotContain("Infinity");
  }
}
