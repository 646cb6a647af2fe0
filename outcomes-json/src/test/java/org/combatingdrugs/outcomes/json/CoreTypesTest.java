package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.combatingdrugs.outcomes.json.Json.read;
import static org.combatingdrugs.outcomes.json.Json.refusal;
import static org.combatingdrugs.outcomes.json.Json.write;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import org.combatingdrugs.outcomes.framework.Outcome;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.stats.Benchmarks;
import org.combatingdrugs.outcomes.stats.ConfidenceLevel;
import org.combatingdrugs.outcomes.stats.FunnelLimits;
import org.combatingdrugs.outcomes.stats.Mean;
import org.junit.jupiter.api.Test;

/**
 * The library's types the module has no form for are refused, never written or read by Jackson's
 * accessor-based defaults; the core's enums are their constants' names whatever the settings.
 */
class CoreTypesTest {

  @Test
  void test_aTypeWithNoForm_isRefusedOnWriting() {
    FunnelLimits limits = Benchmarks.proportionFunnel(0.5, 100, ConfidenceLevel.NINETY_FIVE);
    assertThatThrownBy(() -> Json.PLAIN.writeValueAsString(limits))
        .hasMessageContaining("FunnelLimits has no JSON form");
    assertThatThrownBy(() -> OutcomesJson.mapper().writeValueAsString(List.of(limits)))
        .hasMessageContaining("FunnelLimits has no JSON form");
  }

  @Test
  void test_aTypeWithNoForm_isRefusedOnReading_evenNullOrEmpty() {
    assertThat(refusal("null", ConfidenceLevel.class)).hasMessageContaining("ConfidenceLevel has no JSON form");
    assertThat(refusal("{}", Mean.class)).hasMessageContaining("Mean has no JSON form");
    assertThat(refusal("{'value': 0.95}", ConfidenceLevel.class)).hasMessageContaining("$");
  }

  @Test
  void test_coreEnum_isItsNameEvenWhenTheMapperWritesToString() throws Exception {
    ObjectMapper toString =
        JsonMapper.builder()
            .addModule(new OutcomesModule())
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .enable(SerializationFeature.WRITE_ENUMS_USING_INDEX)
            .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();
    assertThat(toString.writeValueAsString(Outcome.REDUCE_DRUG_USE)).isEqualTo("\"REDUCE_DRUG_USE\"");
    assertThat(toString.writeValueAsString(RagStatus.AMBER)).isEqualTo("\"AMBER\"");
    assertThat(toString.readValue("\"REDUCE_DRUG_USE\"", Outcome.class)).isEqualTo(Outcome.REDUCE_DRUG_USE);
    assertThatThrownBy(() -> toString.readValue("\"Reduce drug use\"", Outcome.class))
        .isInstanceOf(OutcomesJsonException.class);
    assertThatThrownBy(() -> toString.readValue("\"amber\"", RagStatus.class))
        .isInstanceOf(OutcomesJsonException.class)
        .hasMessageContaining("amber");
  }

  @Test
  void test_coreEnum_readsOnlyItsExactName() {
    assertThat(read("'GREEN'", RagStatus.class)).isEqualTo(RagStatus.GREEN);
    assertThat(refusal("0", RagStatus.class)).hasMessageContaining("0");
    assertThat(refusal("'Green'", RagStatus.class)).hasMessageContaining("Green");
    assertThat(refusal("null", RagStatus.class)).hasMessageContaining("$");
    assertThat(refusal("'PURPLE'", RagStatus.class)).hasMessageContaining("PURPLE");
  }

  @Test
  void test_enumOutsideTheLibrary_keepsJacksonsBehaviour() {
    assertThat(write(Map.of("status", java.time.DayOfWeek.MONDAY))).isEqualTo("{\"status\":\"MONDAY\"}");
    assertThat(write(Count.of(3))).isEqualTo("{\"count\":3}");
  }

  @Test
  void test_noDefaultTyping_objectsCarryNoClassNames() throws Exception {
    ObjectMapper facade = OutcomesJson.mapper();
    assertThat(facade.writeValueAsString(List.<Object>of(Count.of(3), RagStatus.RED)))
        .isEqualTo("[{\"count\":3},\"RED\"]");
    assertThat(facade.getDeserializationConfig().getDefaultTyper(facade.constructType(Object.class)))
        .isNull();
    assertThat(facade.getSerializationConfig().getDefaultTyper(facade.constructType(Object.class)))
        .isNull();
  }
}
