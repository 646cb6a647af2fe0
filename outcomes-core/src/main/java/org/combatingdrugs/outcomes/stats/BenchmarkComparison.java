package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.judgement.Judgement;

/**
 * How an area compares with a benchmark (England, its region, another area), as Fingertips shows
 * it: statistically higher, similar or lower, and better or worse when the metric's polarity
 * judges.
 *
 * @param comparison higher, similar or lower
 * @param judgement Fingertips' "better" as {@link Judgement#IMPROVING}, "similar" as {@link
 *     Judgement#NO_CHANGE}, "worse" as {@link Judgement#WORSENING}, or {@link Judgement#NOT_JUDGED}
 *     for a metric with no polarity
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
    LOWER;

    /** Where the area lies against the benchmark: up, down, or no change for similar. */
    public Direction direction() {
      return switch (this) {
        case HIGHER -> Direction.UP;
        case SIMILAR -> Direction.NO_CHANGE;
        case LOWER -> Direction.DOWN;
      };
    }
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
    checkArgument(
        judgement == Judgement.NOT_JUDGED
            ? comparison != Comparison.SIMILAR
            : (judgement == Judgement.NO_CHANGE) == (comparison == Comparison.SIMILAR),
        "judgement %s does not fit the comparison %s",
        judgement,
        comparison);
  }

  /**
   * The comparison as Fingertips words it, with its method and level: {@code better: higher than
   * the benchmark (confidence interval, 95%)}, {@code similar to the benchmark (funnel, 99.8%)},
   * {@code lower than the benchmark (interval overlap, 95%)} for a metric with no polarity. Higher
   * and lower are always statistically significant.
   */
  @Override
  public String toString() {
    String against =
        switch (comparison) {
          case HIGHER -> "higher than the benchmark";
          case SIMILAR -> "similar to the benchmark";
          case LOWER -> "lower than the benchmark";
        };
    String judged =
        switch (judgement) {
          case IMPROVING -> "better: ";
          case WORSENING -> "worse: ";
          case NO_CHANGE, NOT_JUDGED -> "";
        };
    String how =
        switch (method) {
          case CONFIDENCE_INTERVAL -> "confidence interval";
          case FUNNEL -> "funnel";
          case INTERVAL_OVERLAP -> "interval overlap";
        };
    return judged + against + " (" + how + ", " + level + ")";
  }

  static BenchmarkComparison of(
      Comparison comparison, Polarity polarity, Method method, ConfidenceLevel level) {
    checkNotNull(polarity, "polarity");
    return new BenchmarkComparison(comparison, polarity.judge(comparison.direction()), method, level);
  }
}
