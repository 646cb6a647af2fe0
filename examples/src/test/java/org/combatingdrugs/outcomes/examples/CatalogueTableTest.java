package org.combatingdrugs.outcomes.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's catalogue table is the one the catalogue generates, so it never goes stale. */
class CatalogueTableTest {

  @Test
  void test_readme_showsTheGeneratedCatalogue() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CatalogueTable.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String table = bytes.toString(StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertThat(table).contains("| Increase engagement in drug treatment | headline | `continuity-of-care-prison` |");
    assertThat(readme.replace("\r\n", "\n"))
        .as("README.md must contain the output of CatalogueTable; regenerate it")
        .contains(table.replace("\r\n", "\n"));
  }
}
