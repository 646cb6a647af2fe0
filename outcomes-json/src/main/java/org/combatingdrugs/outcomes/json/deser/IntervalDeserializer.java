package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Optional;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.assess.AgainstBenchmark;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.stats.BenchmarkComparison;
import org.combatingdrugs.outcomes.stats.ChangeSignificance;
import org.combatingdrugs.outcomes.stats.ConfidenceLevel;
import org.combatingdrugs.outcomes.stats.Convention;
import org.combatingdrugs.outcomes.stats.Interval;
import org.combatingdrugs.outcomes.stats.IntervalMethod;
import org.combatingdrugs.outcomes.stats.IntervalReason;
import org.combatingdrugs.outcomes.stats.Trend;
import org.combatingdrugs.outcomes.stats.TrendReason;

/**
 * Reads a confidence interval as it is written, {@code {"estimate": 0.65, "lower": 0.553, "upper":
 * 0.736, "level": 0.95, "method": "WILSON"}}, each number read back to the {@code double} it was
 * written from. Also reads the significance of a change, a comparison with a benchmark (standing
 * alone, or with the {@code benchmark} value as an assessment holds it) and a recent trend.
 */
public final class IntervalDeserializer extends StrictDeserializer<Interval> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final IntervalDeserializer INSTANCE = new IntervalDeserializer();

  /** Reads the significance of a change. */
  public static final StrictDeserializer<ChangeSignificance> SIGNIFICANCE =
      ReaderDeserializer.of(ChangeSignificance.class, "the significance of a change", IntervalDeserializer::significance);

  /** Reads a value against its benchmark. */
  public static final StrictDeserializer<AgainstBenchmark> AGAINST_BENCHMARK =
      ReaderDeserializer.of(AgainstBenchmark.class, "a value against its benchmark", p -> benchmark(p, true).against());

  /** Reads a comparison with a benchmark. */
  public static final StrictDeserializer<BenchmarkComparison> BENCHMARK_COMPARISON =
      ReaderDeserializer.of(
          BenchmarkComparison.class, "a comparison with a benchmark", p -> benchmark(p, false).comparison());

  /** Reads a recent trend. */
  public static final StrictDeserializer<Trend> TREND = ReaderDeserializer.of(Trend.class, "a recent trend", IntervalDeserializer::trend);

  private IntervalDeserializer() {
    super(Interval.class, "a confidence interval");
  }

  @Override
  protected Interval read(JsonParser p) throws IOException {
    return interval(p);
  }

  /** Reads an interval at the parser's current value. */
  static Interval interval(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a confidence interval", "estimate", "lower", "upper", "level", "method");
    @Nullable Double estimate = null;
    @Nullable Double lower = null;
    @Nullable Double upper = null;
    @Nullable ConfidenceLevel level = null;
    @Nullable IntervalMethod method = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "estimate" -> estimate = Read.real(p);
        case "lower" -> lower = Read.real(p);
        case "upper" -> upper = Read.real(p);
        case "level" -> level = level(p);
        case "method" -> method = Read.word(p, IntervalMethod.class);
        default -> throw fields.unknown();
      }
    }
    try {
      return new Interval(
          fields.required("estimate", estimate),
          fields.required("lower", lower),
          fields.required("upper", upper),
          fields.required("level", level),
          fields.required("method", method));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }

  private static ConfidenceLevel level(JsonParser p) throws IOException {
    double value = Read.real(p);
    try {
      return ConfidenceLevel.of(value);
    } catch (IllegalArgumentException e) {
      throw Read.invalid(p, "the confidence level", e);
    }
  }

  /** Reads the significance of a change at the parser's current value. */
  static ChangeSignificance significance(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "the significance of a change", "direction", "method", "effect", "pValue");
    @Nullable Direction direction = null;
    @Nullable IntervalMethod method = null;
    @Nullable Result<Interval, IntervalReason> effect = null;
    @Nullable Double pValue = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "direction" -> direction = Read.word(p, Direction.class);
        case "method" -> method = Read.word(p, IntervalMethod.class);
        case "effect" -> effect = Read.result(p, IntervalReason.class, IntervalDeserializer::interval);
        case "pValue" -> pValue = Read.real(p);
        default -> throw fields.unknown();
      }
    }
    try {
      return new ChangeSignificance(
          fields.required("direction", direction),
          fields.required("method", method),
          fields.required("effect", effect),
          Optional.ofNullable(pValue));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }

  /** A comparison with a benchmark, with the benchmark value when one was given. */
  private record Compared(BenchmarkComparison comparison, Optional<Value> benchmark) {
    AgainstBenchmark against() {
      return new AgainstBenchmark(benchmark.orElseThrow(), comparison);
    }
  }

  private static Compared benchmark(JsonParser p, boolean withValue) throws IOException {
    String what = withValue ? "a value against its benchmark" : "a comparison with a benchmark";
    Fields fields =
        withValue
            ? Fields.of(p, what, "benchmark", "comparison", "judgement", "method", "level")
            : Fields.of(p, what, "comparison", "judgement", "method", "level");
    @Nullable Value benchmark = null;
    @Nullable BenchmarkComparison.Comparison comparison = null;
    @Nullable Judgement judgement = null;
    @Nullable BenchmarkComparison.Method method = null;
    @Nullable ConfidenceLevel level = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "benchmark" -> {
          if (!withValue) {
            throw fields.unknown();
          }
          benchmark = ValueDeserializer.value(p);
        }
        case "comparison" -> comparison = Read.word(p, BenchmarkComparison.Comparison.class);
        case "judgement" -> judgement = Read.word(p, Judgement.class);
        case "method" -> method = Read.word(p, BenchmarkComparison.Method.class);
        case "level" -> level = level(p);
        default -> throw fields.unknown();
      }
    }
    Optional<Value> value = withValue ? Optional.of(fields.required("benchmark", benchmark)) : Optional.empty();
    try {
      return new Compared(
          new BenchmarkComparison(
              fields.required("comparison", comparison),
              fields.required("judgement", judgement),
              fields.required("method", method),
              fields.required("level", level)),
          value);
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }

  /** Reads a recent trend at the parser's current value. */
  static Trend trend(JsonParser p) throws IOException {
    Fields fields =
        Fields.of(p, "a recent trend", "direction", "chiSquared", "slope", "significant", "robust", "method", "convention");
    @Nullable Direction direction = null;
    @Nullable Double chiSquared = null;
    @Nullable Result<Double, TrendReason> slope = null;
    @Nullable Boolean significant = null;
    @Nullable Boolean robust = null;
    @Nullable Trend.Method method = null;
    @Nullable Convention convention = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "direction" -> direction = Read.word(p, Direction.class);
        case "chiSquared" -> chiSquared = Read.real(p);
        case "slope" -> slope = Read.result(p, TrendReason.class, Read::real);
        case "significant" -> significant = Read.bool(p);
        case "robust" -> robust = Read.bool(p);
        case "method" -> method = Read.word(p, Trend.Method.class);
        case "convention" -> convention = Read.word(p, Convention.class);
        default -> throw fields.unknown();
      }
    }
    try {
      return new Trend(
          fields.required("direction", direction),
          fields.required("chiSquared", chiSquared),
          fields.required("slope", slope),
          fields.required("significant", significant),
          fields.required("robust", robust),
          fields.required("method", method),
          fields.required("convention", convention));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }
}
