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
        .contains("BCP continuity of care gap: 29.8% points")
        .contains("Dorset continuity of care: AMBER")
        .contains("serves Increase engagement in drug treatment")
        .contains("Deaths 59 -> 55: NO_CHANGE (significant: false)");
  }
}
