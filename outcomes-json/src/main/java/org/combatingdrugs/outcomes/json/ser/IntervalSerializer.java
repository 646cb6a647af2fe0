package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Optional;
import org.combatingdrugs.outcomes.assess.AgainstBenchmark;
import org.combatingdrugs.outcomes.stats.BenchmarkComparison;
import org.combatingdrugs.outcomes.stats.ChangeSignificance;
import org.combatingdrugs.outcomes.stats.Interval;
import org.combatingdrugs.outcomes.stats.Trend;

/**
 * Writes a confidence interval with its method: {@code {"estimate": 0.65, "lower": 0.553, "upper":
 * 0.736, "level": 0.95, "method": "WILSON"}}, each {@code double} as the shortest text that reads
 * back to it. Also writes the statistics built on intervals: the significance of a change ({@code
 * direction}, {@code method}, {@code effect}, {@code pValue} when the method gives one), the
 * comparison with a benchmark ({@code benchmark} value and its {@code comparison}, {@code
 * judgement}, {@code method}, {@code level}) and a recent trend ({@code direction}, {@code
 * chiSquared}, {@code slope}, {@code significant}, {@code robust}, {@code method}, {@code
 * convention}).
 */
public final class IntervalSerializer extends StdSerializer<Interval> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final IntervalSerializer INSTANCE = new IntervalSerializer();

  /** Writes the significance of a change standing alone. */
  public static final StdSerializer<ChangeSignificance> SIGNIFICANCE =
      WriterSerializer.of(ChangeSignificance.class, IntervalSerializer::significance);

  /** Writes a value against its benchmark standing alone. */
  public static final StdSerializer<AgainstBenchmark> AGAINST_BENCHMARK =
      WriterSerializer.of(AgainstBenchmark.class, IntervalSerializer::benchmark);

  /**
   * Writes a comparison with a benchmark standing alone: {@code comparison}, {@code judgement},
   * {@code method} and {@code level}.
   */
  public static final StdSerializer<BenchmarkComparison> BENCHMARK_COMPARISON =
      WriterSerializer.of(BenchmarkComparison.class, IntervalSerializer::comparison);

  /** Writes a recent trend standing alone. */
  public static final StdSerializer<Trend> TREND = WriterSerializer.of(Trend.class, IntervalSerializer::trend);

  private IntervalSerializer() {
    super(Interval.class);
  }

  @Override
  public void serialize(Interval value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(g, value);
  }

  /** Writes an interval. */
  static void write(JsonGenerator g, Interval i) throws IOException {
    g.writeStartObject();
    real(g, "estimate", i.estimate());
    real(g, "lower", i.lower());
    real(g, "upper", i.upper());
    real(g, "level", i.level().value());
    g.writeStringField("method", i.method().name());
    g.writeEndObject();
  }

  /** Writes the significance of a change. */
  static void significance(JsonGenerator g, ChangeSignificance s) throws IOException {
    g.writeStartObject();
    g.writeStringField("direction", s.direction().name());
    g.writeStringField("method", s.method().name());
    Results.field(g, "effect", s.effect(), IntervalSerializer::write);
    Optional<Double> p = s.pValue();
    if (p.isPresent()) {
      real(g, "pValue", p.get());
    }
    g.writeEndObject();
  }

  /** Writes a value against its benchmark. */
  static void benchmark(JsonGenerator g, AgainstBenchmark b) throws IOException {
    g.writeStartObject();
    g.writeFieldName("benchmark");
    ValueSerializer.write(g, b.benchmark());
    comparisonFields(g, b.comparison());
    g.writeEndObject();
  }

  /** Writes a comparison with a benchmark. */
  static void comparison(JsonGenerator g, BenchmarkComparison c) throws IOException {
    g.writeStartObject();
    comparisonFields(g, c);
    g.writeEndObject();
  }

  private static void comparisonFields(JsonGenerator g, BenchmarkComparison c) throws IOException {
    g.writeStringField("comparison", c.comparison().name());
    g.writeStringField("judgement", c.judgement().name());
    g.writeStringField("method", c.method().name());
    real(g, "level", c.level().value());
  }

  /** Writes a recent trend. */
  static void trend(JsonGenerator g, Trend t) throws IOException {
    g.writeStartObject();
    g.writeStringField("direction", t.direction().name());
    real(g, "chiSquared", t.chiSquared());
    Results.field(g, "slope", t.slope(), Write::real);
    g.writeBooleanField("significant", t.significant());
    g.writeBooleanField("robust", t.robust());
    g.writeStringField("method", t.method().name());
    g.writeStringField("convention", t.convention().name());
    g.writeEndObject();
  }

  static void real(JsonGenerator g, String name, double value) throws IOException {
    g.writeFieldName(name);
    Write.real(g, value);
  }
}
