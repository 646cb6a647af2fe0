package org.combatingdrugs.outcomes.aggregate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.result.Result;

/**
 * Aggregates the measurements of the parts of a composite area into the composite's measurement:
 * pan-Dorset adults in treatment in 2022/23 are BCP's 2,590 plus Dorset's 1,889 = 4,479.
 */
public final class Aggregation {

  private Aggregation() {}

  /**
   * The composite's measurement from its parts'.
   *
   * @param composite the area to aggregate to
   * @param hierarchy where the composite's composition is defined
   * @param parts one measurement for each direct member of the composite, or for each of the areas
   *     standing alone it expands to; all of one metric and one period
   * @return the pooled measurement, with the least settled status of its parts; or why the values
   *     cannot be pooled
   * @throws IllegalArgumentException when metrics, periods or kinds of value differ, an area is
   *     repeated or missing, or an area is not part of the composite
   */
  public static Result<Aggregate, PoolReason> aggregate(
      Area composite, AreaHierarchy hierarchy, List<Measurement> parts) {
    checkNotNull(composite, "composite");
    checkNotNull(hierarchy, "hierarchy");
    checkNotNull(parts, "parts");
    checkArgument(!parts.isEmpty(), "parts of %s must not be empty", composite);
    Measurement first = checkNotNull(parts.get(0), "part");
    ImmutableList.Builder<Area> areas = ImmutableList.builder();
    ImmutableList.Builder<Value> values = ImmutableList.builder();
    DataStatus status = DataStatus.FINAL;
    for (int i = 0; i < parts.size(); i++) {
      Measurement part = checkNotNull(parts.get(i), "part");
      checkArgument(
          part.metric().equals(first.metric()),
          "parts must all measure %s but part %s measures %s",
          first.metric().id(),
          i + 1,
          part.metric().id());
      checkArgument(
          part.period().equals(first.period()),
          "parts must all be for %s but part %s is for %s",
          first.period(),
          i + 1,
          part.period());
      areas.add(part.area());
      values.add(part.value());
      status = part.status().compareTo(status) > 0 ? part.status() : status;
    }
    checkCoverage(composite, hierarchy, areas.build());
    DataStatus least = status;
    return Pooling.pool(values.build())
        .map(
            pooled ->
                new Aggregate(
                    new Measurement(first.metric(), composite, first.period(), pooled, least),
                    ImmutableList.copyOf(parts)));
  }

  private static void checkCoverage(Area composite, AreaHierarchy hierarchy, List<Area> areas) {
    ImmutableSet<Area> given = ImmutableSet.copyOf(areas);
    checkArgument(
        given.size() == areas.size(), "parts must cover each area once but were for %s", areas);
    ImmutableSet<Area> members = ImmutableSet.copyOf(hierarchy.membersOf(composite));
    ImmutableSet<Area> leaves = ImmutableSet.copyOf(hierarchy.leavesOf(composite));
    checkArgument(
        given.equals(members) || given.equals(leaves),
        "parts must be for exactly the members of %s %s (or the areas they are made of %s) but"
            + " were for %s",
        composite,
        members,
        leaves,
        areas);
  }
}
