package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.combatingdrugs.outcomes.json.Json.q;
import static org.combatingdrugs.outcomes.json.Json.refusal;

import org.combatingdrugs.outcomes.aggregate.Aggregate;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.calc.Projection;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.target.Baseline;
import org.junit.jupiter.api.Test;

/**
 * A measurement's properties are read alike wherever a measurement stands (alone, pooled or in a
 * dataset document), and so are a baseline's and a trend's points: the same messages, each at its
 * own path, and a status written or left out.
 */
class MeasurementReadingTest {

  private static final String DORSET = "{'code':'E06000059','name':'Dorset','type':'LOCAL_AUTHORITY'}";

  private static final String MEASUREMENT =
      "{'metric':'numbers-in-treatment','area':" + DORSET + ",'period':'2022/23','value':{'count':1889}}";

  private static final String KNOWN = "which has only metric, area, period, value, status";

  private static final String HEAD =
      "{'formatVersion':1,'name':'t','areas':['E06000059'],'metrics':['numbers-in-treatment'],";

  private static final String RAW = "{'metric':'numbers-in-treatment','area':'E06000059','period':'2022/23','value':{'count':1}}";

  private static OutcomesJsonException refusedDataset(String json) {
    Throwable thrown = catchThrowable(() -> OutcomesJson.readDataset(q(json)));
    assertThat(thrown).isInstanceOf(OutcomesJsonException.class);
    return OutcomesJsonException.class.cast(thrown);
  }

  @Test
  void test_measurementAlone_statusFinalUnlessWritten() {
    assertThat(Json.read(MEASUREMENT, Measurement.class).status()).isEqualTo(DataStatus.FINAL);
    assertThat(Json.read(MEASUREMENT.replace("}}", "},'status':'PROVISIONAL'}"), Measurement.class).status())
        .isEqualTo(DataStatus.PROVISIONAL);
  }

  @Test
  void test_measurementAlone_refusalsNameTheirPath() {
    assertThat(refusal(MEASUREMENT.replace("'period'", "'guess':1,'period'"), Measurement.class))
        .hasMessage("$.guess: is not a property of a measurement, " + KNOWN);
    assertThat(refusal(MEASUREMENT.replace(",'value':{'count':1889}", ""), Measurement.class))
        .hasMessage("$: a measurement needs the property 'value'");
    assertThat(refusal(MEASUREMENT.replace("'period'", "'period':'2022/23','period'"), Measurement.class))
        .hasMessage("$.period: is repeated: a measurement has one property 'period'");
    assertThat(refusal(MEASUREMENT.replace("}}", "},'status':'DRAFT'}"), Measurement.class))
        .hasMessage("$.status: must be one of FINAL, PROVISIONAL or ESTIMATED but was \"DRAFT\"");
    assertThat(refusal(MEASUREMENT.replace("{'count':1889}", "{'percent':45.2}"), Measurement.class))
        .hasMessageStartingWith("$: a measurement is invalid: ");
  }

  @Test
  void test_pooledMeasurement_refusalsNameTheirPath() {
    String pooled = ChartJsonTest.AGGREGATE;
    assertThat(refusal(pooled.replaceFirst("'period'", "'guess':1,'period'"), Aggregate.class))
        .hasMessage("$.measurement.guess: is not a property of a measurement, " + KNOWN);
    assertThat(refusal(pooled.replaceFirst(",'value':\\{'count':4479}", ""), Aggregate.class))
        .hasMessage("$.measurement: a measurement needs the property 'value'");
    assertThat(refusal(pooled.replace("'count':4479", "'count':4480"), Aggregate.class))
        .hasMessageStartingWith("$.measurement.value: must be ");
    assertThat(refusal(pooled.replace("'count':4479}", "'count':4479},'status':'PROVISIONAL'"), Aggregate.class))
        .hasMessage("$.measurement.status: must be FINAL, which the other properties give, but was PROVISIONAL");
    assertThat(refusal(pooled.replace(",'value':{'count':1889}", ""), Aggregate.class))
        .hasMessage("$.parts[1]: a measurement needs the property 'value'");
  }

  @Test
  void test_pooledMeasurement_finalStatusMayBeWritten() {
    String pooled = ChartJsonTest.AGGREGATE;
    Aggregate read = Json.read(pooled, Aggregate.class);
    assertThat(Json.read(pooled.replace("'count':4479}", "'count':4479},'status':'FINAL'"), Aggregate.class)).isEqualTo(read);
  }

  @Test
  void test_datasetMeasurement_refusalsNameTheirPath() throws Exception {
    Dataset read = OutcomesJson.readDataset(q(HEAD + "'measurements':[" + RAW.replace("}}", "},'status':'PROVISIONAL'}") + "]}"));
    assertThat(read.measurement(NationalMetrics.NUMBERS_IN_TREATMENT, Areas.DORSET, FinancialYear.of(2022)).orElseThrow().status())
        .isEqualTo(DataStatus.PROVISIONAL);
    assertThat(refusedDataset(HEAD + "'measurements':[" + RAW + "," + RAW.replace("'period'", "'guess':1,'period'") + "]}"))
        .hasMessage("$.measurements[1].guess: is not a property of a measurement, " + KNOWN);
    assertThat(refusedDataset(HEAD + "'measurements':[" + RAW.replace("'area':'E06000059',", "") + "]}"))
        .hasMessage("$.measurements[0]: a measurement needs the property 'area'");
    assertThat(refusedDataset(HEAD + "'measurements':[" + RAW.replace("'area':'E06000059'", "'area':" + DORSET) + "]}"))
        .hasMessage("$.measurements[0].area: must be the code of an area listed in $.areas (a string) but was an object");
  }

  @Test
  void test_baselineAndTrendPoint_refusalsNameTheirPath() {
    String baseline = "{'period':'2022/23','value':{'amount':2590,'unit':'count'}}";
    assertThat(refusal(baseline.replace("'period'", "'guess':1,'period'"), Baseline.class))
        .hasMessage("$.guess: is not a property of a baseline, which has only period, value");
    assertThat(refusal(baseline.replace("'period':'2022/23',", ""), Baseline.class))
        .hasMessage("$: a baseline needs the property 'period'");
    assertThat(refusedDataset(HEAD + "'baselines':[{'metric':'numbers-in-treatment','area':'E06000059','baseline':{'period':'2022/23'}}]}"))
        .hasMessage("$.baselines[0].baseline: a baseline needs the property 'value'");
    String trend = ChartJsonTest.TREND;
    assertThat(refusal(trend.replace("{'period':'2022/23 Q2'", "{'guess':1,'period':'2022/23 Q2'"), Projection.class))
        .hasMessage("$.series[1].guess: is not a property of an observation, which has only period, value");
    assertThat(refusal(trend.replace("{'period':'2022/23 Q1','value':{'amount':17,'unit':'count'}}", "{'period':'2022/23 Q1'}"), Projection.class))
        .hasMessage("$.series[0]: an observation needs the property 'value'");
  }
}
