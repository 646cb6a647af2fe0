package org.combatingdrugs.outcomes.assess;

/**
 * An element of an assessment that a panel sentence may print after the value. A sentence prints
 * its parts in this order, whatever order they were asked for in: first the figures that describe
 * the value (joined by commas), then the judgements (each after a semicolon). A part whose element
 * is absent prints why instead ({@code no comparison: there is no value for the same period last
 * year ...}), after a semicolon; after the first semicolon every later part follows a semicolon.
 */
public enum SentencePart {
  /** The 95% confidence interval of the value: {@code 95% confidence interval 27 to 52}. */
  INTERVAL(true),
  /** The comparison value and the change from it: {@code down from 59 in 2021 (-6.8%, -4)}. */
  COMPARISON(true),
  /** The projection to the year end and the change on last year: {@code projected 152 for 2023/24, +90.0% (+72) on 2022/23}. */
  PROJECTION(true),
  /** The gap to the target (or national ambition): {@code 29.8 percentage points below the 75% ambition for 2024/25}. */
  TARGET(true),
  /** The gap to the trajectory's expected value: {@code 8.1 percentage points below the 60.1% expected on the trajectory}. */
  TRAJECTORY(true),
  /** The direction of travel, judged: {@code improving}. */
  DIRECTION(false),
  /** The RAG rating with what decided it: {@code GREEN (improvement of at least 0%)}. */
  RATING(false),
  /** Whether the change from last year is significant: {@code not a significant change}. */
  SIGNIFICANCE(false),
  /** The value against the benchmark: {@code similar to England's 41.1%}. */
  BENCHMARK(false),
  /** The recent trend: {@code no significant recent trend}. */
  TREND(false),
  /** The latest point on the XmR chart: {@code common-cause variation on its XmR chart}. */
  VARIATION(false),
  /** Whether the process will meet the target: {@code hit and miss against the target}. */
  ASSURANCE(false);

  private final boolean describesValue;

  SentencePart(boolean describesValue) {
    this.describesValue = describesValue;
  }

  /** Whether the part is a figure describing the value (joined by a comma) rather than a judgement. */
  public boolean describesValue() {
    return describesValue;
  }
}
