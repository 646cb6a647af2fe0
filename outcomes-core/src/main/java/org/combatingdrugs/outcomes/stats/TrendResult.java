package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.framework.Polarity;

/** The recent trend of a series, or why it cannot be calculated. */
public sealed interface TrendResult permits TrendResult.Trend, TrendResult.NotCalculated {

  /** Whether a trend was calculated. */
  boolean isCalculated();

  /** The direction of a recent trend. */
  enum Direction {
    /** A significant increase. */
    INCREASING,
    /** A significant decrease. */
    DECREASING,
    /** No significant change. */
    NO_SIGNIFICANT_CHANGE
  }

  /** A trend judged by polarity. */
  enum Judgement {
    /** Significantly getting better. */
    IMPROVING,
    /** Significantly getting worse. */
    WORSENING,
    /** No significant change. */
    NO_SIGNIFICANT_CHANGE,
    /** A significant change of a metric whose polarity makes no judgement. */
    NOT_JUDGED
  }

  /** How a trend was tested. */
  enum Method {
    /** The Cochran–Armitage chi-squared test for trend in proportions. */
    COCHRAN_ARMITAGE,
    /** Weighted least squares, weights from each point's confidence interval. */
    WEIGHTED_LEAST_SQUARES
  }

  /** Why a trend cannot be calculated. */
  enum Reason {
    /** Fewer than five consecutive points. */
    FEWER_THAN_FIVE_POINTS,
    /** A proportion's count equals its denominator. */
    COUNT_EQUALS_DENOMINATOR,
    /** A point's interval has no width, so it cannot be weighted. */
    ZERO_WIDTH_INTERVAL
  }

  /**
   * A calculated trend over the last five points.
   *
   * @param direction increasing, decreasing or no significant change
   * @param chiSquared the test statistic, with one degree of freedom
   * @param slope the fitted change per period (for proportions the sign of the trend statistic)
   * @param robust whether the slope keeps its sign when each point is left out in turn
   * @param method the test used
   */
  record Trend(Direction direction, double chiSquared, double slope, boolean robust, Method method)
      implements TrendResult {

    /** Checks that the statistic is finite and not negative. */
    public Trend {
      checkNotNull(direction, "direction");
      checkNotNull(method, "method");
      checkArgument(
          chiSquared >= 0 && Double.isFinite(chiSquared),
          "chiSquared must be finite and not negative but was %s",
          chiSquared);
      checkArgument(Double.isFinite(slope), "slope must be finite but was %s", slope);
    }

    @Override
    public boolean isCalculated() {
      return true;
    }

    /**
     * The trend judged by polarity.
     *
     * @param polarity the metric's polarity
     * @return improving, worsening, no significant change, or not judged
     */
    public Judgement judgement(Polarity polarity) {
      checkNotNull(polarity, "polarity");
      if (direction == Direction.NO_SIGNIFICANT_CHANGE) {
        return Judgement.NO_SIGNIFICANT_CHANGE;
      }
      int better = polarity.judge(direction == Direction.INCREASING ? 1 : -1);
      return better == 0 ? Judgement.NOT_JUDGED : better > 0 ? Judgement.IMPROVING : Judgement.WORSENING;
    }
  }

  /**
   * A trend that cannot be calculated, and why.
   *
   * @param reason the reason
   */
  record NotCalculated(Reason reason) implements TrendResult {

    /** Checks that the reason is present. */
    public NotCalculated {
      checkNotNull(reason, "reason");
    }

    @Override
    public boolean isCalculated() {
      return false;
    }
  }
}
