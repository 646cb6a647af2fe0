package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.stats.BenchmarkComparison;

/**
 * The value set against a benchmark (England, the region) for the same period: the benchmark
 * value and whether the area is higher, similar or lower, judged by the metric's polarity.
 *
 * @param benchmark the benchmark's value for the period
 * @param comparison the comparison, by the benchmark against the area's confidence interval
 */
public record AgainstBenchmark(Value benchmark, BenchmarkComparison comparison) {

  /** Checks that both parts are present. */
  public AgainstBenchmark {
    checkNotNull(benchmark, "benchmark");
    checkNotNull(comparison, "comparison");
  }

  /** {@code against 61.3%: lower (worse), by the 95% confidence interval}. */
  @Override
  public String toString() {
    return "against " + benchmark.quantity() + ": " + comparison;
  }
}
