package org.combatingdrugs.outcomes.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the analyst's JShell script so that it never rots. */
class DorsetJShellScriptTest {
  @Test
  void test_dorsetScript_runsAndPrintsTheRecomputedFigures() throws Exception {
    String printed = JShellScriptRunner.run(Path.of("jshell", "dorset.jsh"));

    assertThat(printed)
        .contains("Projection: 152 for 2023/24 by run rate from 38 in 2023/24 Q1 (×4 by quarters)")
        .contains("Against last year: on 2022/23: 80 → 152: +90.0% (+72)")
        .contains("Trend: not computed: the dataset holds too few consecutive points")
        .contains("County lines arrests: 38 in 2023/24 Q1, projected 152 for 2023/24, +90.0% (+72) on 2022/23; GREEN (improvement of at least 0%)")
        .contains("Pan-Dorset adults in treatment: 4,479 against at least 4,642: 163 to go, pooled from 2 areas")
        .contains("Pan-Dorset continuity of care: a part's value is a percentage published without its counts")
        .contains("SOC disruptions: printed 7.4% for 964 → 1,036, which is +7.5%: truncated, not rounded")
        .contains("10 figures, 8 checked: 5 consistent, 3 with slips")
        .contains("-3.1% (-24) implies a base of 762 to 786");
  }

  @Test
  void test_startupImports_letAnAnalystReachTheCatalogueAtOnce() throws Exception {
    String printed =
        JShellScriptRunner.run(
            Path.of("jshell", "imports.jsh"),
            "System.out.println(NationalMetrics.CONTINUITY_OF_CARE_PRISON.polarity());\n"
                + "System.out.println(ReportingPeriods.parse(\"2022-2025\"));\n"
                + "System.out.println(PrintedFigure.parse(\"£1.2m\").lower());\n");
    assertThat(printed).contains("HIGHER_IS_BETTER").contains("2022/23 to 2024/25").contains("1150000");
  }
}
