package org.combatingdrugs.outcomes.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** The two schemas of the module, loaded from the jar, and validation against them. */
final class Schemas {

  static final Schema DATASET = load(OutcomesJson.datasetSchema());

  static final Schema REPORT = load(OutcomesJson.reportSchema());

  private static final ObjectMapper TREES = new ObjectMapper();

  private Schemas() {}

  private static Schema load(String text) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
  }

  static List<Error> datasetErrors(String json) throws JsonProcessingException {
    return DATASET.validate(TREES.readTree(json));
  }

  static List<Error> reportErrors(String json) throws JsonProcessingException {
    return REPORT.validate(TREES.readTree(json));
  }
}
