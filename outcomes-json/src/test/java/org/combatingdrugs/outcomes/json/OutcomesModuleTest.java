package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

/** The module is found by the service loader and works registered either way. */
class OutcomesModuleTest {

  @Test
  void test_findModules_findsTheModuleThroughTheServiceLoader() {
    assertThat(ObjectMapper.findModules()).anyMatch(m -> m instanceof OutcomesModule);
  }

  @Test
  void test_findAndRegisterModules_readsAndWritesCoreTypes() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.readValue("\"2023/24\"", ReportingPeriod.class)).isEqualTo(FinancialYear.of(2023));
    assertThat(mapper.writeValueAsString(Count.of(38))).isEqualTo("{\"count\":38}");
  }

  @Test
  void test_registerModule_explicitly() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new OutcomesModule());
    assertThat(mapper.readValue("{\"count\":38}", Count.class)).isEqualTo(Count.of(38));
    assertThat(mapper.getRegisteredModuleIds()).contains("OutcomesModule");
  }
}
