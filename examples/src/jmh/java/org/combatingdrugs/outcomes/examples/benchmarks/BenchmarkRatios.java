package org.combatingdrugs.outcomes.examples.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.base.Splitter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a JMH result file into the table the README records: every benchmark with its score, its
 * allocation per operation (from {@code -prof gc}) and its ratio to the baseline measured in the
 * same run. A benchmark's baseline is the method of its class named {@code doubles}, {@code plain}
 * or {@code floor} followed by its own name, with the same parameters; a benchmark with an {@code
 * areas} parameter is also given as a multiple of its time at the fewest areas.
 */
public final class BenchmarkRatios {

  private static final List<String> BASELINE_PREFIXES = List.of("doubles", "plain", "floor");

  private BenchmarkRatios() {}

  /**
   * Reads the result file and prints the table, also writing it to a file.
   *
   * @param args the JMH JSON result file and the Markdown file to write
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: BenchmarkRatios <jmh-result.json> <table.md>");
    }
    String table = table(new ObjectMapper().readTree(Path.of(args[0]).toFile()));
    Files.writeString(Path.of(args[1]), table, StandardCharsets.UTF_8);
    System.out.print(table);
  }

  /** One benchmark's figures. */
  private record Row(String type, String method, String params, double score, double error, String unit, Optional<Double> bytes) {

    String name() {
      return type + "." + method + (params.isEmpty() ? "" : " (" + params + ")");
    }
  }

  static String table(JsonNode results) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (JsonNode result : results) {
      Row row = row(result);
      rows.put(key(row.type(), row.method(), row.params()), row);
    }
    StringBuilder out = new StringBuilder();
    out.append("| Benchmark | Score | Allocated | Ratio |\n|---|---:|---:|---|\n");
    for (Row row : rows.values()) {
      if (isBaseline(row.method())) {
        continue;
      }
      List<String> ratios = new ArrayList<>();
      for (String prefix : BASELINE_PREFIXES) {
        Row baseline = rows.get(key(row.type(), prefix + capitalised(row.method()), row.params()));
        if (baseline != null) {
          ratios.add(ratio(row, baseline) + " " + baseline.method());
        }
      }
      Optional<Row> fewest = fewestAreas(rows.values(), row);
      fewest.ifPresent(f -> ratios.add(ratio(row, f) + " " + f.params()));
      out.append(line(row, String.join("; ", ratios)));
    }
    for (Row row : rows.values()) {
      if (isBaseline(row.method())) {
        out.append(line(row, "baseline"));
      }
    }
    return out.toString();
  }

  private static Row row(JsonNode result) {
    String benchmark = result.path("benchmark").asText();
    int dot = benchmark.lastIndexOf('.');
    String type = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
    StringBuilder params = new StringBuilder();
    for (Map.Entry<String, JsonNode> p : result.path("params").properties()) {
      params.append(params.length() == 0 ? "" : ", ").append(p.getKey()).append('=').append(p.getValue().asText());
    }
    JsonNode primary = result.path("primaryMetric");
    JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
    return new Row(
        type,
        benchmark.substring(dot + 1),
        params.toString(),
        primary.path("score").asDouble(),
        primary.path("scoreError").asDouble(),
        primary.path("scoreUnit").asText(),
        alloc.isMissingNode() ? Optional.empty() : Optional.of(alloc.path("score").asDouble()));
  }

  private static Optional<Row> fewestAreas(Iterable<Row> rows, Row row) {
    Optional<Integer> own = areas(row.params());
    if (own.isEmpty()) {
      return Optional.empty();
    }
    Row fewest = row;
    for (Row other : rows) {
      Optional<Integer> areas = areas(other.params());
      if (other.type().equals(row.type())
          && other.method().equals(row.method())
          && areas.isPresent()
          && areas.get() < areas(fewest.params()).orElseThrow()) {
        fewest = other;
      }
    }
    return fewest.equals(row) ? Optional.empty() : Optional.of(fewest);
  }

  private static Optional<Integer> areas(String params) {
    for (String p : Splitter.on(", ").split(params)) {
      if (p.startsWith("areas=")) {
        return Optional.of(Integer.parseInt(p.substring("areas=".length())));
      }
    }
    return Optional.empty();
  }

  /** The ratio as a multiple of the baseline's cost: time over time, or throughput over throughput inverted. */
  private static String ratio(Row row, Row baseline) {
    boolean throughput = row.unit().startsWith("ops/");
    double times = throughput ? baseline.score() / row.score() : row.score() / baseline.score();
    return String.format(Locale.ROOT, "%.2f× the time of", times);
  }

  private static String line(Row row, String ratio) {
    return String.format(
        Locale.ROOT,
        "| %s | %.4g ± %.2g %s | %s | %s |%n",
        row.name(),
        row.score(),
        row.error(),
        row.unit(),
        row.bytes().map(b -> String.format(Locale.ROOT, "%,.0f B/op", b)).orElse("–"),
        ratio);
  }

  private static boolean isBaseline(String method) {
    for (String prefix : BASELINE_PREFIXES) {
      if (method.startsWith(prefix) && method.length() > prefix.length() && Character.isUpperCase(method.charAt(prefix.length()))) {
        return true;
      }
    }
    return false;
  }

  private static String key(String type, String method, String params) {
    return type + "#" + method + "#" + params;
  }

  private static String capitalised(String method) {
    return Character.toUpperCase(method.charAt(0)) + method.substring(1);
  }
}
