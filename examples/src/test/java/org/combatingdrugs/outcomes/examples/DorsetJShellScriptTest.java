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
        .contains("County lines: projected 152, +90.0% (+72)")
        .contains("SOC disruptions: projected 1,036, printed 7.4%, expected 7.5%: [TRUNCATED]")
        .contains("Neighbourhood crimes: +7.4% (+14), printed 6.9%: [DIVIDED_BY_LATER_VALUE]")
        .contains("Cash seized: projected £95,024, printed £94,304 implies 23576 so far: [OBSERVED_VALUE_TRANSPOSED]")
        .contains("BCP continuity of care: 45.2% against at least 75.0%: 29.8 pp to go")
        .contains("Dorset continuity of care: AMBER")
        .contains("serves Increase engagement in drug treatment")
        .contains("Deaths 59 -> 55: NO_CHANGE (significant: false)");
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
