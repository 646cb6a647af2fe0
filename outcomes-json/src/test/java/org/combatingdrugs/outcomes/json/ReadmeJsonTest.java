package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.junit.jupiter.api.Test;

/**
 * The README's JSON section says what the module does: its dataset example reads and validates
 * against the dataset schema, and the schema files it links are the ones shipped.
 */
class ReadmeJsonTest {

  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  private static String jsonSection() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    int start = readme.indexOf("\n## JSON\n");
    assertThat(start).as("the README's JSON section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return end < 0 ? readme.substring(start) : readme.substring(start, end);
  }

  @Test
  void test_readme_datasetExampleReadsAndValidates() throws Exception {
    Matcher block = JSON_BLOCK.matcher(jsonSection());
    assertThat(block.find()).as("a JSON example in the README's JSON section").isTrue();
    String example = block.group(1);
    assertThat(example).contains("\"formatVersion\": 1").contains("\"measurements\"");
    assertThat(Schemas.datasetErrors(example)).isEmpty();
    Dataset read = OutcomesJson.readDataset(example);
    assertThat(read.size()).isEqualTo(2);
  }

  @Test
  void test_readme_linksTheShippedSchemas() throws Exception {
    String section = jsonSection();
    for (String schema : new String[] {OutcomesJson.DATASET_SCHEMA, OutcomesJson.REPORT_SCHEMA}) {
      String link = "outcomes-json/src/main/resources" + schema;
      assertThat(section).contains("(" + link + ")");
      assertThat(Path.of("..", link)).exists();
    }
    assertThat(section).contains("findAndRegisterModules()").contains("registerModule(new OutcomesModule())");
  }
}
