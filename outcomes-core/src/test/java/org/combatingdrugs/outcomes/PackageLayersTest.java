package org.combatingdrugs.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The floors of the library: each package may use only the packages listed for it, so the
 * statistics stand on the judgement floor and never reach up to the catalogue.
 */
class PackageLayersTest {

  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("exact", Set.of()),
          Map.entry("result", Set.of("exact")),
          Map.entry("judgement", Set.of("exact")),
          Map.entry("measure", Set.of("exact")),
          Map.entry("period", Set.of("exact")),
          Map.entry("data", Set.of("exact")),
          Map.entry("calc", Set.of("exact", "result", "measure", "period")),
          Map.entry("stats", Set.of("exact", "result", "judgement", "measure")),
          Map.entry("spc", Set.of("exact", "result", "judgement")),
          Map.entry("target", Set.of("exact", "result", "judgement", "measure", "period")),
          Map.entry("rag", Set.of("exact", "result", "calc", "judgement", "measure", "period", "target")),
          Map.entry("audit", Set.of("exact", "result", "calc", "measure", "period")),
          Map.entry("area", Set.of("exact", "result", "data")),
          Map.entry("framework", Set.of("exact", "result", "area", "data", "judgement", "measure", "period", "target")),
          Map.entry("aggregate", Set.of("exact", "result", "area", "framework", "judgement", "measure", "period")),
          Map.entry(
              "assess",
              Set.of(
                  "exact", "result", "judgement", "measure", "period", "calc", "stats", "spc", "target", "rag",
                  "audit", "area", "framework", "aggregate")));

  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?org\\.combatingdrugs\\.outcomes\\.([a-z]+)\\.", Pattern.MULTILINE);

  @Test
  void test_everyPackageUsesOnlyTheFloorsBelowIt() throws IOException {
    Path root = Path.of("src/main/java/org/combatingdrugs/outcomes");
    Map<String, Set<String>> used = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = root.relativize(file).getName(0).toString();
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            used.computeIfAbsent(pkg, k -> new TreeSet<>()).add(m.group(1));
          }
        }
      }
    }
    assertThat(ALLOWED).containsKeys(used.keySet().toArray(String[]::new));
    used.forEach((pkg, deps) -> assertThat(deps).as("packages used by %s", pkg).isSubsetOf(ALLOWED.get(pkg)));
  }
}
