package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.combatingdrugs.outcomes.json.Json.assertSameLookups;
import static org.combatingdrugs.outcomes.json.Json.q;

import java.nio.file.Files;
import java.nio.file.Path;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset document: the Dorset figures read from JSON, written back, and refused documents. */
class DatasetJsonTest {

  private static final String DORSET = Json.resource(DorsetFixture.FILE);

  @Test
  void test_readDataset_theDorsetFileHoldsTheReportsFigures() throws Exception {
    Dataset read = OutcomesJson.readDataset(DORSET);
    assertSameLookups(read, DorsetFixture.progressReport());
    FinancialYear lastYear = FinancialYear.of(2022);
    assertThat(read.measurement(DorsetFixture.COUNTY_LINES_ARRESTS, Areas.DORSET, lastYear.next().quarter(1)).orElseThrow().value())
        .isEqualTo(Count.of(38));
    assertThat(read.measurement(DorsetFixture.SOC_DISRUPTIONS, Areas.DORSET, lastYear).orElseThrow().value()).isEqualTo(Count.of(964));
    assertThat(read.measurement(NationalMetrics.NEIGHBOURHOOD_CRIME, Areas.DORSET, ReportingPeriods.parse("2023/24 to September")).orElseThrow().value())
        .isEqualTo(Count.of(101));
    assertThat(read.measurement(DorsetFixture.CASH_SEIZED, Areas.DORSET, lastYear).orElseThrow().value()).isEqualTo(Money.of("68413"));
    assertThat(read.measurement(NationalMetrics.CONTINUITY_OF_CARE_PRISON, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, lastYear).orElseThrow().value())
        .isEqualTo(PublishedPercentage.of("45.2"));
    assertThat(read.target(NationalMetrics.NUMBERS_IN_TREATMENT, Areas.DORSET).orElseThrow().level()).isEqualTo(Quantity.count(1942));
    assertThat(read.target(NationalMetrics.CONTINUITY_OF_CARE_PRISON, Areas.DORSET).orElseThrow().due()).isEqualTo(FinancialYear.of(2024));
  }

  @Test
  void test_writeDataset_writingWhatWasReadGivesTheSameBytes() throws Exception {
    String written = OutcomesJson.writeDataset(OutcomesJson.readDataset(DORSET));
    assertThat(OutcomesJson.writeDataset(OutcomesJson.readDataset(written))).isEqualTo(written);
    assertThat(OutcomesJson.writeDataset(DorsetFixture.progressReport())).isEqualTo(written);
    assertThat(written).isEqualTo(Json.resource("dorset-progress-report-2023-07.written.json"));
  }

  @Test
  void test_readDataset_fromAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("dorset.json");
    OutcomesJson.writeDataset(DorsetFixture.progressReport(), file);
    assertSameLookups(OutcomesJson.readDataset(file), DorsetFixture.progressReport());
    assertThat(Files.readString(file)).endsWith("}\n");
  }

  private static final String HEAD =
      "{'formatVersion':1,'name':'t','areas':['E06000059'],'metrics':['numbers-in-treatment'],";

  private static OutcomesJsonException refused(String json) {
    Throwable thrown = catchThrowable(() -> OutcomesJson.readDataset(q(json)));
    assertThat(thrown).isInstanceOf(OutcomesJsonException.class);
    return OutcomesJsonException.class.cast(thrown);
  }

  @Test
  void test_readDataset_refusedReferencesNameTheirPath() {
    assertThat(refused(HEAD + "'measurements':[{'metric':'cash-seized','area':'E06000059','period':'2022/23','value':{'count':1}}]}"))
        .hasMessage("$.measurements[0].metric: 'cash-seized' is not the id of a metric listed in $.metrics");
    assertThat(refused(HEAD + "'measurements':[{'metric':'numbers-in-treatment','area':'E06000058','period':'2022/23','value':{'count':1}}]}"))
        .hasMessage("$.measurements[0].area: 'E06000058' is not the code of an area listed in $.areas");
    assertThat(refused(HEAD + "'schemes':{'cash-seized':{'kind':'TARGET_TOLERANCE','amber':{'points':5}}}}"))
        .hasMessage("$.schemes.cash-seized: 'cash-seized' is not the id of a metric listed in $.metrics".replace(".cash-seized:", "['cash-seized']:"));
    assertThat(refused(HEAD + "'benchmarks':[{'metric':'x','period':'2022/23','value':{'count':1}}]}"))
        .hasMessage("$.benchmarks[0].metric: 'x' is not the id of a metric listed in $.metrics");
  }

  @Test
  void test_readDataset_valuesTheCoreRefusesNameTheirPath() {
    String m = "{'metric':'numbers-in-treatment','area':'E06000059','period':'2022/23','value':{'count':1}}";
    assertThat(refused(HEAD + "'measurements':[" + m + "," + m + "]}"))
        .hasMessageStartingWith("$.measurements[1]: the measurement is refused: two values for numbers-in-treatment in E06000059 for 2022/23");
    assertThat(refused(HEAD + "'measurements':[{'metric':'numbers-in-treatment','area':'E06000059','period':'2022/23','value':{'percent':1}}]}"))
        .hasMessageStartingWith("$.measurements[0].value: the value is refused: value must be a COUNT in count");
    assertThat(refused(HEAD + "'measurements':[{'metric':'numbers-in-treatment','area':'E06000059','period':'2023/25','value':{'count':1}}]}"))
        .hasMessageStartingWith("$.measurements[0].period: '2023/25' is not read as a period");
    assertThat(refused(HEAD + "'targets':[{'metric':'numbers-in-treatment','area':'E06000059','target':{'kind':'REACH','level':{'amount':75,'unit':'percent'},'due':'2024/25'}}]}"))
        .hasMessageStartingWith("$.targets[0]: the target is refused: target for numbers-in-treatment in E06000059 for 2024/25 must be in count");
  }

  @Test
  void test_readDataset_theDocumentItselfIsChecked() {
    assertThat(refused("{'formatVersion':2,'name':'t','areas':[],'metrics':[]}"))
        .hasMessage("$.formatVersion: must be 1, the only dataset format version this library reads, but was 2");
    assertThat(refused("{'name':'t','areas':[],'metrics':[]}")).hasMessage("$: a dataset document needs the property 'formatVersion'");
    assertThat(refused("{'formatVersion':1,'name':' ','areas':[],'metrics':[]}")).hasMessageStartingWith("$.name: the name is refused: name must not be blank");
    assertThat(refused("{'formatVersion':1,'name':'t','areas':[],'metrics':[],'measurement':[]}"))
        .hasMessageStartingWith("$.measurement: is not a property of a dataset document, which has only formatVersion, name, areas");
    assertThat(refused("{'formatVersion':1,'name':'t','areas':[],'metrics':[],'metrics':[]}")).hasMessageStartingWith("$.metrics: ");
    assertThat(refused("{'formatVersion':1,'name':'t','areas':[],'metrics':[]} []")).hasMessageStartingWith("$: ").hasMessageContaining("Trailing token");
    assertThat(refused("{'formatVersion':1,'name':'t','areas':[],'metrics':[")).hasMessageStartingWith("$.metrics");
  }
}
