package org.combatingdrugs.outcomes.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The flagship runs as a module: the library's descriptors resolve on a plain module path, with
 * nothing on the class path, so what the modules export is enough for a program to use them.
 */
class ModulePathTest {

  @Test
  void test_flagship_runsOnTheModulePath() throws IOException, InterruptedException {
    String runtime = Files.readString(Path.of("target/jshell.classpath"), StandardCharsets.UTF_8).strip();
    String modulePath = "target/classes" + File.pathSeparator + runtime;
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "--module-path",
                    modulePath,
                    "--module",
                    "org.combatingdrugs.outcomes.examples/org.combatingdrugs.outcomes.examples.DorsetProgressReport"))
            .redirectErrorStream(true)
            .start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(printed).isZero();
    assertThat(printed)
        .containsPattern("County lines arrests +2023/24 Q1 +38 +152 +run rate x4 by quarters +80 +\\+90\\.0% \\(\\+72\\) +GREEN")
        .containsPattern("Adults in treatment +Pan-Dorset +4,479 +4,642");
  }

  @Test
  void test_coreDescriptor_exportsEveryPackageButItsTableReader() {
    Module core = org.combatingdrugs.outcomes.exact.Exact.class.getModule();
    assertThat(core.isNamed()).isTrue();
    assertThat(core.getName()).isEqualTo("org.combatingdrugs.outcomes.core");
    assertThat(core.getDescriptor().exports())
        .allSatisfy(e -> assertThat(e.isQualified()).isFalse())
        .extracting(e -> e.source().substring("org.combatingdrugs.outcomes.".length()))
        .containsExactlyInAnyOrder(
            "aggregate", "assess", "area", "audit", "calc", "exact", "framework", "judgement", "measure",
            "period", "rag", "result", "spc", "stats", "target");
    assertThat(core.getPackages()).contains("org.combatingdrugs.outcomes.data");
  }
}
