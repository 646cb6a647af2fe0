package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.framework.Polarity;

/**
 * How an area compares with a benchmark (England, its region, another area), as Fingertips shows
 * it: statistically higher, similar or lower, and better or worse when the metric's polarity
 * judges.
 *
 * @param comparison higher, similar or lower
 * @param judgement better, similar, worse, or not judged for a metric with no polarity
 * @param method how the comparison was made
 * @param level the confidence level used
 */
public record BenchmarkComparison(
    Comparison comparison, Judgement judgement, Method method, ConfidenceLevel level) {

  /** The statistical comparison. */
  public enum Comparison {
    /** Significantly higher than the benchmark. */
    HIGHER,
    /** Not significantly different. */
    SIMILAR,
    /** Significantly lower than the benchmark. */
    LOWER
  }

  /** The comparison judged by polarity. */
  public enum Judgement {
    /** Significantly better. */
    BETTER,
    /** Not significantly different. */
    SIMILAR,
    /** Significantly worse. */
    WORSE,
    /** Different, but the metric's polarity makes no judgement. */
    NOT_JUDGED
  }

  /** The method of comparison. */
  public enum Method {
    /** The benchmark value against the area's confidence interval (limits included). */
    CONFIDENCE_INTERVAL,
    /** The area's value against control limits around the benchmark at the area's denominator. */
    FUNNEL,
    /** The overlap of two areas' confidence intervals (touching counts as overlapping). */
    INTERVAL_OVERLAP
  }

  /** Checks that every part is present. */
  public BenchmarkComparison {
    checkNotNull(comparison, "comparison");
    checkNotNull(judgement, "judgement");
    checkNotNull(method, "method");
    checkNotNull(level, "level");
  }

  static BenchmarkComparison of(
      Comparison comparison, Polarity polarity, Method method, ConfidenceLevel level) {
    checkNotNull(polarity, "polarity");
    Judgement judgement;
    if (comparison == Comparison.SIMILAR) {
      judgement = Judgement.SIMILAR;
    } else {
      int better = polarity.judge(comparison == Comparison.HIGHER ? 1 : -1);
      judgement = better == 0 ? Judgement.NOT_JUDGED : better > 0 ? Judgement.BETTER : Judgement.WORSE;
    }
    return new BenchmarkComparison(comparison, judgement, method, level);
  }
}
