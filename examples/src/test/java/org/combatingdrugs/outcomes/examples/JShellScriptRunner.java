package org.combatingdrugs.outcomes.examples;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Splitter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Runs a JShell script the way an analyst would, in-process on the class path the README gives, and fails on
 * the first snippet that does not compile or throws. The local execution engine runs snippets in
 * this JVM, so {@code System.out} is captured for the duration of the run (tests here are not run
 * in parallel).
 */
final class JShellScriptRunner {
  private JShellScriptRunner() {}

  /** Runs the script and returns what it printed; a snippet that is rejected or throws fails the run. */
  static String run(Path script) throws IOException {
    return run(script, "");
  }

  /** Runs the script, then more snippets typed after it, and returns what they printed. */
  static String run(Path script, String typedAfter) throws IOException {
    String source = Files.readString(script, StandardCharsets.UTF_8) + "\n" + typedAfter;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    PrintStream originalOut = System.out;
    System.setOut(out);
    try (JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build()) {
      for (String entry : classPath()) {
        shell.addToClasspath(entry);
      }
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      String remaining = withoutCommands(source);
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        checkState(info.completeness().isComplete(), "incomplete snippet in %s: %s", script, remaining);
        for (SnippetEvent event : shell.eval(info.source())) {
          checkState(
              event.exception() == null,
              "snippet threw %s: %s",
              event.exception(),
              info.source());
          checkState(
              event.status() != Snippet.Status.REJECTED,
              "snippet rejected: %s; diagnostics: %s",
              info.source(),
              shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList());
        }
        remaining = info.remaining();
      }
    } finally {
      System.setOut(originalOut);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  /**
   * The class path the README gives an analyst: the examples' own classes (the Dorset datasets),
   * then the one the build writes for jshell.
   */
  private static List<String> classPath() throws IOException {
    String cp = Files.readString(Path.of("target/jshell.classpath"), StandardCharsets.UTF_8).strip();
    return Splitter.on(File.pathSeparatorChar)
        .omitEmptyStrings()
        .splitToList("target/classes" + File.pathSeparator + cp);
  }

  /** Drops JShell commands such as {@code /exit}, which only the interactive tool understands. */
  private static String withoutCommands(String source) {
    StringBuilder kept = new StringBuilder();
    for (String line : Splitter.on('\n').split(source)) {
      String trimmed = line.strip();
      boolean command = trimmed.startsWith("/") && !trimmed.startsWith("//") && !trimmed.startsWith("/*");
      if (!command) {
        kept.append(line).append('\n');
      }
    }
    return kept.toString();
  }
}
