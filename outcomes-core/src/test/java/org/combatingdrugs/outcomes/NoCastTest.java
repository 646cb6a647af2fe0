package org.combatingdrugs.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No code, test or example casts to one of the library's own types: every answer comes out through
 * the type's own accessors (a {@code Result}'s {@code orElseThrow()}, a typed factory), and a cast
 * would be the sign of a result family that lost its contract. Comments and string literals are
 * ignored; a cast may span lines and name type arguments.
 */
class NoCastTest {

  private static final List<Path> MAINS =
      List.of(Path.of("src/main/java"), Path.of("../outcomes-json/src/main/java"), Path.of("../examples/src/main/java"));
  private static final List<Path> ALL =
      List.of(Path.of("src"), Path.of("../outcomes-json/src"), Path.of("../examples/src"));

  @Test
  void test_noSourceCastsToALibraryType() throws IOException {
    Set<String> types = new TreeSet<>();
    for (Path root : MAINS) {
      for (Path file : javaFiles(root)) {
        types.add(typeName(file));
      }
    }
    Pattern cast = castTo(types);
    List<String> casts = new ArrayList<>();
    for (Path root : ALL) {
      for (Path file : javaFiles(root)) {
        Matcher m = cast.matcher(code(Files.readString(file)));
        while (m.find()) {
          casts.add(file + ": " + m.group().replaceAll("\\s+", " "));
        }
      }
    }
    assertThat(types).contains("Result", "Interval", "Rating", "OutcomesModule", "DorsetProgressReport");
    assertThat(casts).isEmpty();
  }

  @Test
  void test_theCheckSeesGenericMultiLineAndNestedCasts() {
    Pattern cast = castTo(Set.of("Result", "Interval", "Threshold"));
    String source =
        "var a = (Result<Interval, IntervalReason>) r;\n"
            + "var b = (\n   Interval\n  ) o;\n"
            + "var c = (Threshold.Side) s;\n"
            + "var d = (Result<?, ?>) (Object) x;\n"
            + "// (Interval) in a comment\n"
            + "String e = \"(Interval) in a string\";\n"
            + "var f = max(Interval) (y);\n";
    List<String> found = new ArrayList<>();
    Matcher m = cast.matcher(code(source));
    while (m.find()) {
      found.add(m.group().replaceAll("\\s+", " "));
    }
    assertThat(found).hasSize(4);
  }

  /** A cast to one of the types, with or without type arguments, nested names and line breaks. */
  private static Pattern castTo(Set<String> types) {
    return Pattern.compile(
        "(?<![\\w)\\]])\\(\\s*(?:" + String.join("|", types) + ")(?:\\s*\\.\\s*[A-Z]\\w*)*\\s*(?:<[^()]*>)?\\s*\\)\\s*[\\w(]");
  }

  /** The source with comments blanked and string, text-block and character literals emptied. */
  private static String code(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? source.length() : end + 2;
        out.append(' ');
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        i = end < 0 ? source.length() : end + 3;
        out.append("\"\"");
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
        out.append(c).append(c);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
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
