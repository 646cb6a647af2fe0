package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.function.Function;

/**
 * One statistic at several confidence levels at once, as Fingertips shows 95% and 99.8% side by
 * side: {@code AtLevels.of(level -> ProportionIntervals.wilson(65, 100, level), AtLevels.FINGERTIPS)}.
 */
public final class AtLevels {

  /** Fingertips' two levels: 95% and 99.8%. */
  public static final ImmutableList<ConfidenceLevel> FINGERTIPS =
      ImmutableList.of(ConfidenceLevel.NINETY_FIVE, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);

  private AtLevels() {}

  /**
   * A statistic computed at each level.
   *
   * @param statistic computes the statistic at one level
   * @param levels one or more distinct levels
   * @param <R> the kind of result
   * @return the results by level, in the order given
   */
  public static <R> ImmutableMap<ConfidenceLevel, R> of(
      Function<ConfidenceLevel, R> statistic, List<ConfidenceLevel> levels) {
    checkNotNull(statistic, "statistic");
    checkNotNull(levels, "levels");
    checkArgument(!levels.isEmpty(), "levels must not be empty");
    ImmutableMap.Builder<ConfidenceLevel, R> results = ImmutableMap.builder();
    for (ConfidenceLevel level : levels) {
      results.put(checkNotNull(level, "level"), checkNotNull(statistic.apply(level), "result"));
    }
    return results.buildOrThrow();
  }
}
