package org.combatingdrugs.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No code, test or example casts to one of the library's own types: every answer comes out through
 * the type's own accessors (a {@code Result}'s {@code orElseThrow()}, a typed factory), and a cast
 * would be the sign of a result family that lost its contract.
 */
class NoCastTest {

  private static final Path MAIN = Path.of("src/main/java");

  @Test
  void test_noSourceCastsToALibraryType() throws IOException {
    Set<String> types = javaFiles(MAIN).stream().map(NoCastTest::typeName).collect(Collectors.toSet());
    Pattern cast = Pattern.compile("\\((" + String.join("|", types) + ")(\\.[A-Z]\\w*)*\\)\\s*[\\w(]");
    List<String> casts = new ArrayList<>();
    for (Path root : List.of(MAIN, Path.of("src/test/java"), Path.of("../examples/src"))) {
      for (Path file : javaFiles(root)) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
            continue;
          }
          Matcher m = cast.matcher(line);
          if (m.find()) {
            casts.add(file + ":" + (i + 1) + ": " + line);
          }
        }
      }
    }
    assertThat(types).contains("Result", "Interval", "Rating");
    assertThat(casts).isEmpty();
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).toList();
    }
  }

  private static String typeName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".java".length());
  }
}
