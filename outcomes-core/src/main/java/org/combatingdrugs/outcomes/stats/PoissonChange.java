package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.result.Result;

/**
 * Significance of a change in a count or rate between two periods: the exact conditional binomial
 * test of the ratio of two Poisson counts (as R's {@code poisson.test}).
 */
public final class PoissonChange {

  private static final double RELATIVE_ERROR = 1 + 1e-7;

  private PoissonChange() {}

  /**
   * Tests two counts over equal exposures (two years' deaths in one area).
   *
   * @param earlier the earlier count, 0 or more
   * @param later the later count, 0 or more
   * @param level the confidence level; significant when the p-value is below {@code 1 − level}
   * @return the significance, with the rate ratio later/earlier and its interval as its {@link
   *     ChangeSignificance#effect()}: not computed with {@link IntervalReason#EARLIER_COUNT_ZERO}
   *     when the earlier count is zero
   */
  public static ChangeSignificance test(long earlier, long later, ConfidenceLevel level) {
    return test(earlier, 1, later, 1, level);
  }

  /**
   * Tests two counts over their exposures (populations or person-years).
   *
   * @param earlier the earlier count, 0 or more
   * @param earlierExposure the earlier exposure, positive and finite
   * @param later the later count, 0 or more
   * @param laterExposure the later exposure, positive and finite
   * @param level the confidence level, below 100%
   * @return the significance, with the rate ratio later/earlier and its interval as its {@link
   *     ChangeSignificance#effect()}: not computed with {@link IntervalReason#EARLIER_COUNT_ZERO}
   *     when the earlier count is zero
   * @throws IllegalArgumentException when both counts are zero or an input is invalid
   */
  public static ChangeSignificance test(
      long earlier, double earlierExposure, long later, double laterExposure, ConfidenceLevel level) {
    Checks.boundedLevel(level, "a rate ratio");
    Checks.count("earlier", earlier);
    Checks.count("later", later);
    checkArgument(
        earlierExposure > 0 && Double.isFinite(earlierExposure),
        "earlierExposure must be positive but was %s",
        earlierExposure);
    checkArgument(
        laterExposure > 0 && Double.isFinite(laterExposure),
        "laterExposure must be positive but was %s",
        laterExposure);
    long total = Math.addExact(earlier, later);
    checkArgument(total > 0, "counts must not both be zero but were %s and %s", earlier, later);
    checkArgument(total <= Integer.MAX_VALUE, "counts must total at most %s but were %s", Integer.MAX_VALUE, total);
    double share = laterExposure / (earlierExposure + laterExposure);
    double p = twoSidedP((int) later, (int) total, share);
    double ratioScale = earlierExposure / laterExposure;
    boolean significant = p < level.alpha();
    boolean increase = later * earlierExposure > earlier * laterExposure;
    Direction direction =
        !significant
            ? Direction.NO_CHANGE
            : increase ? Direction.UP : Direction.DOWN;
    Result<Interval, IntervalReason> ratio = Result.notComputed(IntervalReason.EARLIER_COUNT_ZERO);
    if (earlier > 0) {
      double lowerShare =
          later == 0
              ? 0
              : BetaDistribution.of((double) later, earlier + 1.0).inverseCumulativeProbability(level.alpha() / 2);
      double upperShare =
          BetaDistribution.of(later + 1.0, (double) earlier)
              .inverseCumulativeProbability(1 - level.alpha() / 2);
      double estimate = (double) later / earlier * ratioScale;
      ratio =
          Result.computed(
              new Interval(
                  estimate,
                  Math.min(estimate, lowerShare / (1 - lowerShare) * ratioScale),
                  Math.max(estimate, upperShare / (1 - upperShare) * ratioScale),
                  level,
                  IntervalMethod.CONDITIONAL_BINOMIAL));
    }
    return new ChangeSignificance(direction, IntervalMethod.CONDITIONAL_BINOMIAL, ratio, Optional.of(p));
  }

  /**
   * R's binom.test two-sided p-value: the probability of the outcomes no likelier than the one
   * seen. The binomial's probabilities fall away from its mode on both sides, so the other tail is
   * found by bisection and summed with the distribution functions.
   */
  private static double twoSidedP(int x, int n, double share) {
    BinomialDistribution binomial = BinomialDistribution.of(n, share);
    double bound = binomial.probability(x) * RELATIVE_ERROR;
    double mode = n * share;
    if (x == mode) {
      return 1;
    }
    if (x < mode) {
      int lo = (int) Math.ceil(mode);
      int hi = n + 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (binomial.probability(mid) <= bound) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      double upperTail = lo > n ? 0 : binomial.survivalProbability(lo - 1);
      return Math.min(1, binomial.cumulativeProbability(x) + upperTail);
    }
    int lo = -1;
    int hi = (int) Math.floor(mode);
    while (lo < hi) {
      int mid = (lo + hi + 1) >> 1;
      if (binomial.probability(mid) <= bound) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    double lowerTail = lo < 0 ? 0 : binomial.cumulativeProbability(lo);
    return Math.min(1, lowerTail + binomial.survivalProbability(x - 1));
  }
}
