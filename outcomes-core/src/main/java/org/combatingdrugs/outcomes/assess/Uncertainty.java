package org.combatingdrugs.outcomes.assess;

import java.util.Optional;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.stats.Benchmarks;
import org.combatingdrugs.outcomes.stats.ChangeSignificance;
import org.combatingdrugs.outcomes.stats.ConfidenceLevel;
import org.combatingdrugs.outcomes.stats.CountIntervals;
import org.combatingdrugs.outcomes.stats.Interval;
import org.combatingdrugs.outcomes.stats.PoissonChange;
import org.combatingdrugs.outcomes.stats.ProportionChange;
import org.combatingdrugs.outcomes.stats.ProportionIntervals;
import org.combatingdrugs.outcomes.stats.RateIntervals;

/**
 * The statistics of one value: its confidence interval (Wilson for a proportion, on the percentage
 * scale; exact Poisson below 10 events and Byar above for a count; Byar on the rate's scale for a
 * rate), whether the change from an earlier value of the same kind is significant, and where it
 * lies against a benchmark (the benchmark inside the interval is similar).
 */
final class Uncertainty {

  private Uncertainty() {}

  static Result<Interval, AssessmentReason> interval(Value value, ConfidenceLevel level) {
    if (value instanceof Count count) {
      return Result.computed(CountIntervals.of(count.count(), level));
    }
    if (value instanceof Proportion share) {
      return Result.computed(
          ProportionIntervals.wilson(share.numerator(), share.denominator(), level, 100));
    }
    if (value instanceof Rate rate) {
      return Result.computed(
          RateIntervals.crude(rate.events(), rate.population(), (double) rate.multiplier(), level));
    }
    return Result.notComputed(noModel(value));
  }

  static Result<ChangeSignificance, AssessmentReason> significance(
      Optional<Measurement> earlier, Value later, ConfidenceLevel level) {
    if (earlier.isEmpty()) {
      return Result.notComputed(AssessmentReason.NO_TEST_FOR_COMPARISON);
    }
    Value before = earlier.get().value();
    if (before instanceof Count c1 && later instanceof Count c2) {
      Optional<AssessmentReason> untestable = untestable(c1.count(), c2.count());
      if (untestable.isPresent()) {
        return Result.notComputed(untestable.get());
      }
      return Result.computed(PoissonChange.test(c1.count(), c2.count(), level));
    }
    if (before instanceof Rate r1 && later instanceof Rate r2) {
      Optional<AssessmentReason> untestable = untestable(r1.events(), r2.events());
      if (untestable.isPresent()) {
        return Result.notComputed(untestable.get());
      }
      return Result.computed(
          PoissonChange.test(r1.events(), (double) r1.population(), r2.events(), (double) r2.population(), level));
    }
    if (before instanceof Proportion p1 && later instanceof Proportion p2) {
      return Result.computed(
          ProportionChange.newcombe(
              p1.numerator(), p1.denominator(), p2.numerator(), p2.denominator(), level));
    }
    return Result.notComputed(noModel(before instanceof PublishedPercentage ? before : later));
  }

  static Result<AgainstBenchmark, AssessmentReason> benchmark(
      Measurement latest,
      Optional<Value> benchmark,
      Result<Interval, AssessmentReason> interval) {
    if (benchmark.isEmpty()) {
      return Result.notComputed(AssessmentReason.NO_BENCHMARK);
    }
    Optional<AssessmentReason> noInterval = interval.reason();
    if (noInterval.isPresent()) {
      return Result.notComputed(noInterval.get());
    }
    Value value = benchmark.get();
    return Result.computed(
        new AgainstBenchmark(
            value,
            Benchmarks.byInterval(
                interval.orElseThrow(), value.quantity().amount().doubleValue(), latest)));
  }

  /** Why two counts cannot go to the exact conditional test: none at all, or too many. */
  private static Optional<AssessmentReason> untestable(long earlier, long later) {
    if (earlier == 0 && later == 0) {
      return Optional.of(AssessmentReason.NO_EVENTS);
    }
    return earlier > PoissonChange.MAX_TOTAL - later
        ? Optional.of(AssessmentReason.COUNTS_BEYOND_EXACT_TEST)
        : Optional.empty();
  }

  private static AssessmentReason noModel(Value value) {
    return value instanceof PublishedPercentage
        ? AssessmentReason.PUBLISHED_PERCENTAGE_WITHOUT_COUNTS
        : AssessmentReason.NO_SAMPLING_MODEL;
  }
}
