package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.combatingdrugs.outcomes.json.Json.refusal;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.combatingdrugs.outcomes.audit.PrintedChange;
import org.combatingdrugs.outcomes.audit.PrintedRate;
import org.combatingdrugs.outcomes.calc.PriorYearProfileProjection;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.TrajectoryScheme;
import org.combatingdrugs.outcomes.target.BoundTarget;
import org.combatingdrugs.outcomes.target.Target;
import org.junit.jupiter.api.Test;

/**
 * Strict reading with any mapper: unknown and repeated properties, null, missing properties and
 * wrong kinds of value are refused, the message giving the JSON path, what was expected and what
 * was found.
 */
class StrictReadingTest {

  @Test
  void test_unknownProperty_isRefusedNamingTheKnownOnes() {
    assertThat(refusal("{'amount':1,'unit':'count','units':'x'}", Quantity.class))
        .hasMessage("$.units: is not a property of a quantity, which has only amount, unit");
  }

  @Test
  void test_repeatedProperty_isRefusedEvenWithoutTheParsersDuplicateDetection() {
    assertThat(refusal("{'count':38,'count':39}", Count.class)).hasMessage("$.count: is repeated: a value has one property 'count'");
  }

  @Test
  void test_null_isRefusedAtTheTopAndInside() {
    assertThat(refusal("null", Count.class)).hasMessage("$: must be a value but was null");
    assertThat(refusal("null", ReportingPeriod.class)).hasMessageContaining("$: must be a period label");
    assertThat(refusal("{'amount':null,'unit':'count'}", Quantity.class))
        .hasMessage("$.amount: must be an exact number: a JSON number, or a fraction string such as \"1/3\" but was null");
    assertThat(refusal("{'kind':'REACH','level':{'amount':1,'unit':'count'},'due':null}", Target.class))
        .hasMessageStartingWith("$.due: must be a period label");
  }

  @Test
  void test_missingProperty_isRefusedNamingIt() {
    assertThat(refusal("{'amount':1}", Quantity.class)).hasMessage("$: a quantity needs the property 'unit'");
  }

  @Test
  void test_wrongKinds_areRefusedSayingWhatWasFound() {
    assertThat(refusal("[38]", Value.class)).hasMessageStartingWith("$: must be a value (an object with count, numerator");
    assertThat(refusal("{'count':'38'}", Value.class)).hasMessage("$.count: must be a whole number of at least 0 but was the string \"38\"");
    assertThat(refusal("{'amount':1,'unit':5}", Quantity.class)).hasMessageContaining("$.unit: must be a unit").hasMessageEndingWith("but was the number 5");
  }

  @Test
  void test_pathsReachIntoNestedValues() {
    String json =
        "{'metric':'numbers-in-treatment','area':'E06000059','period':'2022/23',"
            + "'value':{'numerator':3,'denominator':0}}";
    assertThat(refusal(json, Measurement.class)).hasMessage("$.value.denominator: must be a whole number of at least 1 but was 0");
  }

  @Test
  void test_longValues_areQuotedShort() {
    String longLabel = "x".repeat(1_000_000);
    OutcomesJsonException e = refusal("'" + longLabel + "'", ReportingPeriod.class);
    assertThat(e.getMessage()).hasSizeLessThan(400).contains("(1000000 characters)");
  }

  @Test
  void test_exception_keepsPathProblemAndCause() {
    OutcomesJsonException e = refusal("{'numerator':2,'denominator':1}", Value.class);
    assertThat(e.jsonPath()).isEqualTo("$");
    assertThat(e.problem()).startsWith("a value is invalid: numerator");
    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.getLocation()).isNotNull();
  }

  @Test
  void test_strictMapper_refusesTrailingContentAndDuplicatesInItsParser() {
    Throwable trailing = catchThrowable(() -> Json.STRICT.readValue("{\"count\":1} {\"count\":2}", Count.class));
    assertThat(trailing).isInstanceOf(JsonProcessingException.class).hasMessageContaining("Trailing token");
  }

  @Test
  void test_aValueOfAnotherKind_isRefusedNamingTheKindWantedAndTheOneRead() {
    assertThat(refusal("{'count':38}", Money.class)).hasMessage("$: must be a Money but was a Count (38)");
    assertThat(refusal("{'kind':'REACH','level':{'amount':2700,'unit':'count'},'due':'2023/24'}", BoundTarget.class))
        .hasMessage("$: must be a BoundTarget but was reach 2,700 by 2023/24");
    assertThat(refusal("{'kind':'TARGET_TOLERANCE','amber':{'points':5}}", TrajectoryScheme.class))
        .hasMessage("$: must be a TrajectoryScheme but was GREEN when the target is met, AMBER when short of it by up to 5.0 pp, RED beyond");
    assertThat(refusal(ChartJsonTest.RUN_RATE, PriorYearProfileProjection.class))
        .hasMessage("$: must be a PriorYearProfileProjection but was RUN_RATE");
    String change = Json.write(PrintedChange.of("Neighbourhood crimes", "6.9%", "188", "202")).replace('"', '\'');
    assertThat(refusal(change, PrintedRate.class))
        .hasMessage("$: must be a PrintedRate but was a CHANGE item");
  }
}
