package org.combatingdrugs.outcomes.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the analyst's JShell script so that it never rots. */
class DorsetJShellScriptTest {
  @Test
  void test_dorsetScript_runsAndPrintsTheRecomputedFigures() throws Exception {
    String printed = JShellScriptRunner.run(Path.of("jshell", "dorset.jsh"));

    assertThat(printed).contains("SOC disruptions: printed 7.4%, expected 7.5%");
  }
}
