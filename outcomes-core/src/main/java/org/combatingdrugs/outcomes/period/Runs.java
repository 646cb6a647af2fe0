package org.combatingdrugs.outcomes.period;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.function.IntFunction;

/** What every run of periods (years, months, quarters) checks and counts, in one place. */
final class Runs {

  private Runs() {}

  /**
   * Checks that a run has both ends and holds two or more periods.
   *
   * @param first the first period
   * @param last the last period
   * @param longer whether {@code last} comes after {@code first}
   * @param single the type a run of one period is instead, for the message
   */
  static void check(ReportingPeriod first, ReportingPeriod last, boolean longer, String single) {
    checkNotNull(first, "first");
    checkNotNull(last, "last");
    checkArgument(
        longer, "last must come after first %s but was %s (one period is a %s)", first, last, single);
  }

  /** The periods made from consecutive numbers {@code from..to}, in order. */
  static <P> ImmutableList<P> consecutive(int from, int to, IntFunction<P> make) {
    ImmutableList.Builder<P> periods = ImmutableList.builderWithExpectedSize(to - from + 1);
    for (int n = from; n <= to; n++) {
      periods.add(make.apply(n));
    }
    return periods.build();
  }

  /** The label of a run: {@code 2022/23 to 2024/25}, {@code August 2017 to July 2019}. */
  static String label(ReportingPeriod first, ReportingPeriod last) {
    return first.label() + " to " + last.label();
  }
}
