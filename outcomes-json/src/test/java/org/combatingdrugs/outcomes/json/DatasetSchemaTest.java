package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.combatingdrugs.outcomes.json.Json.q;

import com.networknt.schema.Error;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dataset schema (draft 2020-12): every example document validates, and hostile documents are
 * refused by the schema and by the reader alike.
 */
class DatasetSchemaTest {

  private static List<Error> errors(String json) throws Exception {
    return Schemas.datasetErrors(json);
  }

  /** A small document with every part, which both the schema and the reader accept. */
  private static final String VALID =
      q(
          "{'formatVersion':1,'name':'t',"
              + "'areas':['E06000059',{'code':'cdp','name':'A CDP','type':'COMBATING_DRUGS_PARTNERSHIP','members':['E06000059']}],"
              + "'metrics':['numbers-in-treatment',{'id':'arrests','name':'Arrests','role':'LOCAL','unit':'count','polarity':'HIGHER_IS_BETTER'}],"
              + "'measurements':[{'metric':'arrests','area':'E06000059','period':'2023/24 Q1','value':{'count':38},'status':'FINAL'}],"
              + "'baselines':[{'metric':'arrests','area':'E06000059','baseline':{'period':'2022/23','value':{'amount':80,'unit':'count'}}}],"
              + "'targets':[{'metric':'arrests','area':'E06000059','target':{'kind':'REACH','level':{'amount':100,'unit':'count'},'due':'2023/24'}}],"
              + "'schemes':{'arrests':{'kind':'TARGET_TOLERANCE','amber':{'fraction':'1/20'}}},"
              + "'defaultScheme':{'kind':'CHANGE_BANDS','measure':'RELATIVE','bands':[{'to':0,'status':'RED'},{'from':0,'status':'GREEN'}]},"
              + "'benchmarks':[{'metric':'arrests','period':'2023/24 Q1','value':{'count':40}}],"
              + "'presentation':{'percentDecimals':1,'mode':'HALF_UP'}}");

  @Test
  void test_schema_acceptsEveryExampleDocument() throws Exception {
    assertThat(errors(VALID)).isEmpty();
    assertThat(OutcomesJson.readDataset(VALID).size()).isEqualTo(1);
    assertThat(errors(Json.resource(DorsetFixture.FILE))).isEmpty();
    assertThat(errors(Json.resource("dorset-progress-report-2023-07.written.json"))).isEmpty();
    assertThat(errors(OutcomesJson.writeDataset(DorsetFixture.progressReport()))).isEmpty();
  }

  @Test
  void test_schema_acceptsEveryWrittenRandomDataset() throws Exception {
    Random random = new Random(20_230_701L);
    for (int i = 0; i < 200; i++) {
      String written = OutcomesJson.writeDataset(new RandomDatasets(random).dataset());
      assertThat(errors(written)).as(written).isEmpty();
    }
  }

  /** A hostile variant of the valid document: the text replaced, and the path the reader names. */
  record Hostile(String what, String find, String replace, String path) {
    String document() {
      assertThat(VALID).contains(q(find));
      return VALID.replace(q(find), q(replace));
    }

    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Hostile> hostile() {
    return Stream.of(
        new Hostile("an unsupported format version", "'formatVersion':1", "'formatVersion':2", "$.formatVersion"),
        new Hostile("no name", "'name':'t',", "", "$"),
        new Hostile("a blank name", "'name':'t'", "'name':'   '", "$.name"),
        new Hostile("an unknown property", "'name':'t',", "'name':'t','extra':true,", "$.extra"),
        new Hostile("a negative count", "{'count':38}", "{'count':-38}", "$.measurements[0].value.count"),
        new Hostile("two kinds of value at once", "{'count':38}", "{'count':38,'pounds':38}", "$.measurements[0].value"),
        new Hostile("a percentage above 100", "{'count':40}", "{'percent':100.1}", "$.benchmarks[0].value"),
        new Hostile("a null period", "'period':'2023/24 Q1','value'", "'period':null,'value'", "$.measurements[0].period"),
        new Hostile("an unknown status", "'status':'FINAL'", "'status':'DRAFT'", "$.measurements[0].status"),
        new Hostile("an unknown polarity", "'HIGHER_IS_BETTER'", "'UPWARDS'", "$.metrics[1].polarity"),
        new Hostile("a metric id that is no slug", "{'id':'arrests'", "{'id':'Arrests Made'", "$.metrics[1]"),
        new Hostile("a unit with separators", "{'amount':100,'unit':'count'}", "{'amount':100,'unit':'per 100,000'}", "$.targets[0].target.level.unit"),
        new Hostile("a decimal written as a string", "{'amount':80,'unit':'count'}", "{'amount':'80.5','unit':'count'}", "$.baselines[0].baseline.value.amount"),
        new Hostile("a property of another kind of target", "'kind':'REACH',", "'kind':'REACH','bound':'AT_MOST',", "$.targets[0].target"),
        new Hostile("a tolerance of two kinds", "{'fraction':'1/20'}", "{'fraction':'1/20','points':5}", "$.schemes.arrests.amber"),
        new Hostile("a rounding mode that does not round", "'HALF_UP'", "'UNNECESSARY'", "$.presentation"),
        new Hostile("an area code with spaces around it", "{'code':'cdp'", "{'code':' cdp '", "$.areas[1]"),
        new Hostile("a scheme that is not an object", "'schemes':{'arrests':{'kind':'TARGET_TOLERANCE','amber':{'fraction':'1/20'}}}", "'schemes':{'arrests':'GREEN'}", "$.schemes.arrests"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void test_hostileDocument_isRefusedByTheSchemaAndTheReader(Hostile hostile) throws Exception {
    String document = hostile.document();
    assertThat(errors(document)).as("schema errors").isNotEmpty();
    Throwable thrown = catchThrowable(() -> OutcomesJson.readDataset(document));
    assertThat(thrown).isInstanceOf(OutcomesJsonException.class);
    assertThat(OutcomesJsonException.class.cast(thrown).jsonPath()).isEqualTo(hostile.path());
  }
}
