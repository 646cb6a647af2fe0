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

  /** The most the two counts may total: the binomial test counts in {@code int}. */
  public static final long MAX_TOTAL = Integer.MAX_VALUE;

  private static final double RELATIVE_ERROR = 1 + 1e-7;

  private PoissonChange() {}

  /**
   * Tests two counts over equal exposures (two years' deaths in one area).
   *
   * @param earlier the earlier count, 0 or more
   * @param later the later count, 0 or more; the two together at most {@value #MAX_TOTAL}
   * @param level the confidence level; significant when the p-value is below {@code 1 − level}
   * @return the significance, with the rate ratio later/earlier and its interval as its {@link
   *     ChangeSignificance#effect()}: not computed with {@link IntervalReason#EARLIER_COUNT_ZERO}
   *     when the earlier count is zero
   * @throws IllegalArgumentException when both counts are zero, a count is negative or they total
   *     more than {@value #MAX_TOTAL}
   */
  public static ChangeSignificance test(long earlier, long later, ConfidenceLevel level) {
    return test(earlier, 1, later, 1, level);
  }

  /**
   * Tests two counts over their exposures (populations or person-years).
   *
   * @param earlier the earlier count, 0 or more
   * @param earlierExposure the earlier exposure, positive and finite
   * @param later the later count, 0 or more; the two together at most {@value #MAX_TOTAL}
   * @param laterExposure the later exposure, positive and finite
   * @param level the confidence level, below 100%
   * @return the significance, with the rate ratio later/earlier and its interval as its {@link
   *     ChangeSignificance#effect()}: not computed with {@link IntervalReason#EARLIER_COUNT_ZERO}
   *     when the earlier count is zero
   * @throws IllegalArgumentException when both counts are zero, they total more than {@value
   *     #MAX_TOTAL}, an input is invalid, or the exposures are so far apart that their ratio, the
   *     rate ratio or its limits lie beyond the range of a double (the message names both
   *     exposures)
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
    checkArgument(
        earlier <= MAX_TOTAL && later <= MAX_TOTAL - earlier,
        "earlier and later must total at most %s but were %s and %s",
        MAX_TOTAL,
        (Long) earlier,
        (Long) later);
    long total = earlier + later;
    checkArgument(
        total > 0, "counts must not both be zero but were %s and %s", (Long) earlier, (Long) later);
    double ratioScale = earlierExposure / laterExposure;
    checkArgument(
        ratioScale > 0 && Double.isFinite(ratioScale),
        "earlierExposure %s and laterExposure %s are too far apart: their ratio lies beyond the"
            + " range of a double",
        earlierExposure,
        laterExposure);
    double exposure = earlierExposure + laterExposure;
    double share = Double.isFinite(exposure) ? laterExposure / exposure : 1 / (1 + ratioScale);
    double p = twoSidedP((int) later, (int) total, share);
    boolean significant = p < level.alpha();
    boolean increase = later * ratioScale > earlier;
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
      double lower = Math.min(estimate, lowerShare / (1 - lowerShare) * ratioScale);
      double upper = Math.max(estimate, upperShare / (1 - upperShare) * ratioScale);
      checkArgument(
          Double.isFinite(upper),
          "earlierExposure %s and laterExposure %s are too far apart for counts %s and %s: the rate"
              + " ratio's limits [%s, %s] lie beyond the range of a double",
          earlierExposure,
          laterExposure,
          (Long) earlier,
          (Long) later,
          lower,
          upper);
      ratio =
          Result.computed(
              new Interval(
                  estimate,
                  lower,
                  upper,
                  level,
                  IntervalMethod.CONDITIONAL_BINOMIAL));
    }
    return new ChangeSignificance(direction, IntervalMethod.CONDITIONAL_BINOMIAL, ratio, Optional.of(p));
  }

  /**
   * R's binom.test two-sided p-value: the probability of the outcomes no likelier than the one
   * seen. The binomial's probabilities fall away from its mode on both sides, so the other tail is
   * found by bisection (in {@code long}, so that counts near {@code Integer.MAX_VALUE} do not
   * overflow the midpoint) and summed with the distribution functions.
   */
  private static double twoSidedP(int x, int n, double share) {
    BinomialDistribution binomial = BinomialDistribution.of(n, share);
    double bound = binomial.probability(x) * RELATIVE_ERROR;
    double mode = n * share;
    if (x == mode) {
      return 1;
    }
    if (x < mode) {
      long lo = (long) Math.ceil(mode);
      long hi = n + 1L;
      while (lo < hi) {
        long mid = (lo + hi) >>> 1;
        if (binomial.probability((int) mid) <= bound) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      double upperTail = lo > n ? 0 : binomial.survivalProbability((int) (lo - 1));
      return Math.min(1, binomial.cumulativeProbability(x) + upperTail);
    }
    long lo = -1;
    long hi = (long) Math.floor(mode);
    while (lo < hi) {
      long mid = (lo + hi + 1) >> 1;
      if (binomial.probability((int) mid) <= bound) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    double lowerTail = lo < 0 ? 0 : binomial.cumulativeProbability((int) lo);
    return Math.min(1, lowerTail + binomial.survivalProbability(x - 1));
  }
}
