package org.combatingdrugs.outcomes.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.json.OutcomesJson;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.period.ReportingPeriods;
import org.junit.jupiter.api.Test;

/**
 * The example dataset documents are valid against the dataset schema and hold the seeds' figures;
 * the flagship's report document is valid against the report schema.
 */
class DorsetDocumentsTest {

  private static final ObjectMapper TREES = new ObjectMapper();

  private static Schema schema(String text) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
  }

  private static String document(String name) throws Exception {
    return Files.readString(Path.of("src/main/resources/org/combatingdrugs/outcomes/examples", name));
  }

  @Test
  void test_datasetDocuments_validateAgainstTheSchema() throws Exception {
    Schema schema = schema(OutcomesJson.datasetSchema());
    for (String name : new String[] {DorsetData.PROGRESS_REPORT, DorsetData.PANEL}) {
      assertThat(schema.validate(TREES.readTree(document(name)))).as(name).isEmpty();
    }
  }

  @Test
  void test_progressReport_holdsTheSeedsFigures() {
    Dataset data = DorsetData.progressReport();
    assertThat(data.size()).isEqualTo(18);
    assertThat(data.measurement(DorsetData.COUNTY_LINES_ARRESTS, Areas.DORSET, ReportingPeriods.parse("2023/24 Q1")).orElseThrow().value())
        .isEqualTo(Count.of(38));
    assertThat(data.measurement(DorsetData.CASH_SEIZED, Areas.DORSET, ReportingPeriods.parse("2023/24 Q1")).orElseThrow().value())
        .isEqualTo(Money.of("23756"));
    assertThat(data.measurement(NationalMetrics.CONTINUITY_OF_CARE_PRISON, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, ReportingPeriods.parse("2022/23")).orElseThrow().value())
        .isEqualTo(PublishedPercentage.of("45.2"));
    assertThat(DorsetData.panelJuly2024().latest(NationalMetrics.CONTINUITY_OF_CARE_PRISON, Areas.DORSET).orElseThrow().value())
        .isEqualTo(PublishedPercentage.of("55"));
  }

  @Test
  void test_reportDocument_validatesAgainstTheSchema() throws Exception {
    String written = OutcomesJson.writeReport(DorsetProgressReport.report(DorsetData.progressReport(), DorsetData.panelJuly2024()));
    assertThat(schema(OutcomesJson.reportSchema()).validate(TREES.readTree(written))).isEmpty();
  }
}
