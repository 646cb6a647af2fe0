package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.combatingdrugs.outcomes.json.Json.q;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The list of what strict reading refuses, one dataset document each: the one exception
 * type, the JSON path of the offending value, and the value quoted; nothing is returned.
 */
class StrictnessListTest {

  private static final String HEAD =
      "{'formatVersion':1,'name':'t','areas':['E06000059'],'metrics':['numbers-in-treatment',"
          + "{'id':'arrests','name':'Arrests','role':'LOCAL','unit':'count','polarity':'HIGHER_IS_BETTER'},"
          + "{'id':'share','name':'Share','role':'LOCAL','unit':'percent','polarity':'HIGHER_IS_BETTER'}],";

  private static String measurement(String fields) {
    return HEAD + "'measurements':[{'metric':'arrests','area':'E06000059','period':'2023/24 Q1','value':{'count':38}}," + fields + "]}";
  }

  /** A refused document, the path named and a fragment of the message that quotes the value. */
  record Refused(String what, String document, String path, String quoted) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Refused> refused() {
    return Stream.of(
        new Refused("an unknown property", HEAD + "'extra':1}", "$.extra", "is not a property of a dataset document"),
        new Refused("a missing required property", "{'formatVersion':1,'areas':[],'metrics':[]}", "$", "needs the property 'name'"),
        new Refused("a wrong type", measurement("{'metric':'arrests','area':'E06000059','period':'2022/23','value':{'count':'38'}}"), "$.measurements[1].value.count", "the string \"38\""),
        new Refused("a duplicate key", HEAD + "'name':'u'}", "$.name", "'name'"),
        new Refused("an invalid period label", measurement("{'metric':'arrests','area':'E06000059','period':'2023/25','value':{'count':1}}"), "$.measurements[1].period", "'2023/25'"),
        new Refused("a negative count", measurement("{'metric':'arrests','area':'E06000059','period':'2022/23','value':{'count':-1}}"), "$.measurements[1].value.count", "-1"),
        new Refused("a numerator above its denominator", measurement("{'metric':'share','area':'E06000059','period':'2022/23','value':{'numerator':401,'denominator':400}}"), "$.measurements[1].value", "401"),
        new Refused("an unknown metric id", measurement("{'metric':'arrets','area':'E06000059','period':'2022/23','value':{'count':1}}"), "$.measurements[1].metric", "'arrets'"),
        new Refused("an unknown national metric id", HEAD.replace("'numbers-in-treatment'", "'numbers-in-treatmnt'") + "'measurements':[]}", "$.metrics[0]", "'numbers-in-treatmnt'"),
        new Refused("an unknown enum word", measurement("{'metric':'arrests','area':'E06000059','period':'2022/23','value':{'count':1},'status':'DRAFT'}"), "$.measurements[1].status", "\"DRAFT\""),
        new Refused("an unsupported format version", HEAD.replace("'formatVersion':1", "'formatVersion':2") + "'measurements':[]}", "$.formatVersion", "was 2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void test_readDataset_refuses(Refused refused) {
    Throwable thrown = catchThrowable(() -> OutcomesJson.readDataset(q(refused.document())));
    assertThat(thrown).isInstanceOf(OutcomesJsonException.class);
    OutcomesJsonException e = OutcomesJsonException.class.cast(thrown);
    assertThat(e.jsonPath()).isEqualTo(refused.path());
    assertThat(e.getMessage()).startsWith(refused.path() + ": ").contains(refused.quoted());
  }
}
