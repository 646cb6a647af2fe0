package org.combatingdrugs.outcomes.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flagship example prints the recomputed Dorset table and every discrepancy. */
class DorsetProgressReportTest {

  private static String printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DorsetProgressReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void test_print_reproducesTheProjectionsAndNamesTheSlips() {
    assertThat(printed())
        .containsPattern("County lines arrests +2023/24 Q1 +38 +152 +80 +\\+90\\.0% \\(\\+72\\) +none +GREEN")
        .containsPattern("Neighbourhood crimes +2023/24 to September +101 +202 +188 +\\+7\\.4% \\(\\+14\\) +none +RED")
        .contains("RAG: not rated; the report gives no in-year 2023/24 figure")
        .containsPattern("SOC disruptions +2023/24 Q1 +259 +1,036 +964 +\\+7\\.5% \\(\\+72\\)")
        .containsPattern("Neighbourhood crimes +2023/24 to September +101 +202 +188 +\\+7\\.4% \\(\\+14\\)")
        .containsPattern("Cash seized +2023/24 Q1 +£23,756 +£95,024 +£68,413 +\\+38\\.9% \\(\\+£26,611\\)")
        .contains("SOC disruptions: printed 7.4% but the change is 7.5%")
        .contains("Neighbourhood crimes: printed 6.9% but the change is 7.4%")
        .contains("the change divided by the later value instead of the base")
        .contains("printed projection £94,304 is not £23,756 x 4 = £95,024; it implies £23,576 so far")
        .contains("printed change 37.8% follows from the printed projection");
  }

  @Test
  void test_print_reproducesTargetsGapsAndRag() {
    assertThat(printed())
        .containsPattern("Adults in treatment +BCP +2,590 +2,700 .*\\+4\\.2% \\(\\+110\\)")
        .containsPattern("Adults in treatment +Dorset +1,889 +1,942 .*\\+2\\.8% \\(\\+53\\)")
        .containsPattern("Adults in treatment +Pan-Dorset +4,479 +4,642 .*\\+3\\.6% \\(\\+163\\)")
        .containsPattern("BCP +45\\.2% +29\\.8 pp +60\\.1%")
        .containsPattern("Dorset +67\\.7% +7\\.3 pp +71\\.4%")
        .contains("-6.8% (-4), improving in direction but no significant change (exact conditional binomial test, p = 0.78)")
        .containsPattern("Dorset +58% +55% +AMBER")
        .containsPattern("BCP +57% +60% +GREEN");
  }

  @Test
  void test_source_spellsAPolarityOnlyWhenItDefinesALocalMetric() throws IOException {
    String source =
        Files.readString(Path.of("src/main/java/org/combatingdrugs/outcomes/examples/DorsetProgressReport.java"));
    List<String> spelled =
        source.lines().filter(line -> line.contains("Polarity.")).toList();
    assertThat(spelled).isNotEmpty().allSatisfy(line -> assertThat(line).contains("Metric.local("));
  }
}
