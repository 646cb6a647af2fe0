package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.combatingdrugs.outcomes.framework.Metric;

/**
 * An area's scorecards for two periods side by side, and each metric's move between them.
 *
 * @param earlier the earlier scorecard
 * @param later the later scorecard, of the same dataset and area
 * @param changes one per metric in either scorecard: the later's order, then any only in the earlier
 */
public record ScorecardComparison(Scorecard earlier, Scorecard later, ImmutableList<StatusChange> changes) {

  /** Checks that the scorecards are of one area and the earlier comes first. */
  public ScorecardComparison {
    checkNotNull(earlier, "earlier");
    checkNotNull(later, "later");
    checkNotNull(changes, "changes");
    checkArgument(
        earlier.area().equals(later.area()),
        "later must be for %s but was for %s",
        earlier.area(),
        later.area());
    checkArgument(
        earlier.period().compareTo(later.period()) < 0,
        "earlier must come before %s but was %s",
        later.period(),
        earlier.period());
  }

  /**
   * Compares two scorecards.
   *
   * @param earlier the earlier scorecard
   * @param later the later one, of the same area
   * @return the comparison
   * @throws IllegalArgumentException when the areas differ or the earlier is not earlier
   */
  public static ScorecardComparison of(Scorecard earlier, Scorecard later) {
    checkNotNull(earlier, "earlier");
    checkNotNull(later, "later");
    Map<String, Metric> metrics = new LinkedHashMap<>();
    later.lines().forEach(l -> metrics.put(l.metric().id(), l.metric()));
    earlier.lines().forEach(l -> metrics.putIfAbsent(l.metric().id(), l.metric()));
    ImmutableList<StatusChange> changes =
        metrics.values().stream()
            .map(
                metric ->
                    StatusChange.of(
                        metric,
                        earlier.line(metric.id()).flatMap(ScorecardLine::status),
                        later.line(metric.id()).flatMap(ScorecardLine::status)))
            .collect(ImmutableList.toImmutableList());
    return new ScorecardComparison(earlier, later, changes);
  }

  /**
   * The change of one metric.
   *
   * @param metricId the metric's id
   * @return the change, empty when neither scorecard has the metric
   */
  public Optional<StatusChange> change(String metricId) {
    checkNotNull(metricId, "metricId");
    return changes.stream().filter(c -> c.metric().id().equals(metricId)).findFirst();
  }

  /** {@code 2023/24 Q3 → 2023/24 Q4: 2 improved, 1 worsened, 3 unchanged}. */
  @Override
  public String toString() {
    long improved = changes.stream().filter(c -> c.movement() == StatusChange.Movement.IMPROVED).count();
    long worsened = changes.stream().filter(c -> c.movement() == StatusChange.Movement.WORSENED).count();
    long same = changes.stream().filter(c -> c.movement() == StatusChange.Movement.UNCHANGED).count();
    return earlier.period().label() + " → " + later.period().label() + ": " + improved + " improved, "
        + worsened + " worsened, " + same + " unchanged";
  }
}
