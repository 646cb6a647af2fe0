package org.combatingdrugs.outcomes.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.combatingdrugs.outcomes.json.OutcomesJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flagship example prints the Dorset report recomputed from its dataset: the table, the targets,
 * the sentences, the scorecard by outcome, the panel's ratings and the audit of what was printed.
 */
class DorsetProgressReportTest {

  private static String printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DorsetProgressReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void test_print_reproducesTheProjectionsFromTheDataset() {
    assertThat(printed())
        .containsPattern("County lines arrests +2023/24 Q1 +38 +152 +run rate x4 by quarters +80 +\\+90\\.0% \\(\\+72\\) +GREEN")
        .containsPattern("SOC disruptions +2023/24 Q1 +259 +1,036 +run rate x4 by quarters +964 +\\+7\\.5% \\(\\+72\\) +GREEN")
        .containsPattern("Neighbourhood crimes +2023/24 to September +101 +202 +run rate x2 by months +188 +\\+7\\.4% \\(\\+14\\) +RED")
        .containsPattern("Cash seized +2023/24 Q1 +£23,756 +£95,024 +run rate x4 by quarters +£68,413 +\\+38\\.9% \\(\\+£26,611\\) +GREEN");
  }

  @Test
  void test_print_reproducesTargetsGapsAndPooledParts() {
    assertThat(printed())
        .containsPattern("Adults in treatment +BCP +2,590 +2,700 in 2023/24 +\\+4\\.2% \\(\\+110\\) +110 to go")
        .containsPattern("Adults in treatment +Dorset +1,889 +1,942 in 2023/24 +\\+2\\.8% \\(\\+53\\) +53 to go")
        .containsPattern("Adults in treatment +Pan-Dorset +4,479 +4,642 in 2023/24 +\\+3\\.6% \\(\\+163\\) +163 to go +BCP \\+ Dorset")
        .containsPattern("BCP +45\\.2% in 2022/23 +29\\.8 pp +60\\.1%")
        .containsPattern("Dorset +67\\.7% in 2022/23 +7\\.3 pp +71\\.4%");
  }

  @Test
  void test_print_writesTheSentencesFromTheNumbers() {
    assertThat(printed())
        .contains("County lines arrests: 38 in 2023/24 Q1, projected 152 for 2023/24, +90.0% (+72) on 2022/23; GREEN (improvement of at least 0%)")
        .contains("Continuity of care, BCP: 45.2% in 2022/23, 29.8 percentage points below the 75% ambition for 2024/25")
        .contains("Drug-related deaths, Pan-Dorset: 55 in 2022 (provisional), down from 59 in 2021 (-6.8%, -4); not a significant change")
        .contains("Continuity of care: 55.0% in May 2024, 3.0 percentage points below the 58% target for 2024/25; AMBER (value below 58%)")
        .contains("Continuity of care, BCP: 60.0% in May 2024, 3.0 percentage points above the 57% target for 2024/25 (met); GREEN (value above 57%)");
  }

  @Test
  void test_print_groupsTheScorecardByOutcome_andCountsIt() {
    String printed = printed();
    assertThat(printed)
        .containsPattern(Pattern.compile("Reduce drug-related crime \\(strategic\\).*Increase engagement in drug treatment \\(intermediate\\).*Local metrics", Pattern.DOTALL))
        .containsPattern("Adults in treatment +4,479 +not rated: .* +none +BCP \\+ Dorset")
        .containsPattern("County lines arrests +- +not assessed: a part of the composite area has no value for the period.* +no value for BCP")
        .contains("Counts: {GREEN=0, AMBER=0, RED=0}, 9 not rated");
  }

  @Test
  void test_print_auditsThePrintedReport() {
    assertThat(printed())
        .contains("SOC disruptions: printed 7.4% for 964 → 1,036, which is +7.5%: truncated, not rounded")
        .contains("Neighbourhood crimes: printed 6.9% for 188 → 202, which is +7.4%: the change divided by the later value instead of the base")
        .contains("the observed value £23,756 taken as £23,576")
        .contains("Cash seized: printed 37.8% for £68,413 → £94,304, which is +37.8%: consistent, but it rests on Cash seized, projected")
        .contains("County lines arrests: printed 90% for 80 → 152, which is +90%: consistent")
        .contains("10 figures, 8 checked: 5 consistent, 3 with slips (1 truncated, 1 divided by the later value, 1 input digits swapped), none unexplained; 2 not checkable (2 base not given)");
  }

  @Test
  void test_figuresAreTypedOnce_inTheDatasetDocument() throws IOException {
    String document = Files.readString(Path.of("src/main/resources/org/combatingdrugs/outcomes/examples/" + DorsetData.PROGRESS_REPORT));
    List<String> inputs = List.of("38", "259", "101", "23756", "964", "68413", "2590", "1889", "86", "102", "1942", "2700", "45.2", "67.7", "41.1");
    for (String input : inputs) {
      assertThat(document).as("the dataset document holds %s", input).containsPattern("[: ]" + Pattern.quote(input) + "[},]");
    }
    for (String file : List.of("DorsetProgressReport.java", "DorsetData.java")) {
      String source = source(file);
      for (String input : List.of("38", "259", "101", "23756", "23,756", "964", "68413", "2590", "1889", "45.2", "67.7", "2023", "2022")) {
        assertThat(source)
            .as("%s types %s, which the dataset document holds", file, input)
            .doesNotContain('"' + input + '"')
            .doesNotContain("(" + input + ")")
            .doesNotContain("of(" + input);
      }
    }
  }

  @Test
  void test_source_spellsNoPolarityOrScheme_theDocumentDefinesThem() throws IOException {
    for (String file : List.of("DorsetProgressReport.java", "DorsetData.java")) {
      assertThat(source(file)).doesNotContain("Polarity.").doesNotContain("Scheme.of(").doesNotContain("Metric.local(");
    }
  }

  @Test
  void test_main_writesTheReportDocumentWhenGivenAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("dorset.report.json");
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      DorsetProgressReport.main(new String[] {file.toString()});
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("The report document is written to " + file);
    String written = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(written)
        .isEqualTo(OutcomesJson.writeReport(DorsetProgressReport.report(DorsetData.progressReport(), DorsetData.panelJuly2024())))
        .startsWith("{\n  \"formatVersion\": 1,")
        .contains("\"text\": \"County lines arrests: 38 in 2023/24 Q1, projected 152 for 2023/24")
        .contains("\"slip\": \"INPUT_TRANSPOSED\"");
  }

  private static String source(String file) throws IOException {
    return Files.readString(Path.of("src/main/java/org/combatingdrugs/outcomes/examples/" + file));
  }
}
