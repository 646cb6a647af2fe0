package org.combatingdrugs.outcomes.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** The standard normal quantile. */
final class NormalQuantile {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private NormalQuantile() {}

  static double of(double p) {
    return STANDARD_NORMAL.inverseCumulativeProbability(p);
  }
}
