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
   * @throws IllegalArgumentException when a level is given twice
   */
  public static <R> ImmutableMap<ConfidenceLevel, R> of(
      Function<ConfidenceLevel, R> statistic, List<ConfidenceLevel> levels) {
    checkNotNull(statistic, "statistic");
    checkNotNull(levels, "levels");
    checkArgument(!levels.isEmpty(), "levels must not be empty");
    int size = levels.size();
    if (size <= 2) {
      ConfidenceLevel first = checkNotNull(levels.get(0), "level");
      R atFirst = at(statistic, first);
      if (size == 1) {
        return ImmutableMap.of(first, atFirst);
      }
      ConfidenceLevel second = checkNotNull(levels.get(1), "level");
      return ImmutableMap.of(first, atFirst, second, at(statistic, second));
    }
    ImmutableMap.Builder<ConfidenceLevel, R> results = ImmutableMap.builderWithExpectedSize(size);
    for (ConfidenceLevel level : levels) {
      checkNotNull(level, "level");
      results.put(level, at(statistic, level));
    }
    return results.buildOrThrow();
  }

  private static <R> R at(Function<ConfidenceLevel, R> statistic, ConfidenceLevel level) {
    return checkNotNull(statistic.apply(level), "result");
  }
}
