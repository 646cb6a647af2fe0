package org.combatingdrugs.outcomes.assess;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.combatingdrugs.outcomes.aggregate.Aggregate;
import org.combatingdrugs.outcomes.aggregate.Aggregation;
import org.combatingdrugs.outcomes.aggregate.PoolReason;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.ReachTarget;
import org.combatingdrugs.outcomes.target.Target;

/**
 * A composite area's series pooled from its parts' numerators and denominators through {@link
 * Aggregation}, never from averaged percentages: for every period all the parts hold. The parts are
 * the composite's direct members, or the areas they are made of when only those hold values. A
 * target or baseline not set for the composite itself is the sum of the parts' when the values are
 * counts or money and every part has one for the same period (targets to reach a level only).
 */
final class Composites {

  private Composites() {}

  /**
   * What pooling gave: the dataset holding the composite's series, or the parts that were missing.
   */
  record Pooled(
      Result<Dataset, AssessmentReason> data,
      ImmutableList<Area> parts,
      ImmutableList<Area> missing) {}

  /**
   * Whether a composite's values come from pooling: the dataset holds none of its own for the
   * metric, and some of its members or the areas they are made of hold values.
   */
  static boolean applies(Dataset data, Metric metric, Area area) {
    AreaHierarchy areas = data.areas();
    return data.series(metric, area).isEmpty()
        && areas.isComposite(area)
        && (holdsAny(data, metric, areas.membersOf(area))
            || holdsAny(data, metric, areas.leavesOf(area)));
  }

  /**
   * Pools a composite's parts: its direct members when all hold the period and pool, otherwise the
   * areas they are made of (a member holding only a published percentage is pooled from its own
   * parts' counts).
   */
  static Pooled pool(Dataset data, Metric metric, Area composite, ReportingPeriod period) {
    AreaHierarchy areas = data.areas();
    ImmutableList<Area> members = areas.membersOf(composite);
    ImmutableList<Area> leaves = areas.leavesOf(composite);
    ImmutableList<Area> missingMembers = missingAt(data, metric, members, period);
    ImmutableList<Area> missingLeaves = missingAt(data, metric, leaves, period);
    if (!missingMembers.isEmpty() && !missingLeaves.isEmpty()) {
      boolean byLeaves = missingLeaves.size() < missingMembers.size();
      return new Pooled(
          Result.notComputed(AssessmentReason.PART_MISSING),
          byLeaves ? leaves : members,
          byLeaves ? missingLeaves : missingMembers);
    }
    List<ImmutableList<Area>> candidates = new ArrayList<>();
    if (missingMembers.isEmpty()) {
      candidates.add(members);
    }
    if (missingLeaves.isEmpty() && !leaves.equals(members)) {
      candidates.add(leaves);
    }
    for (ImmutableList<Area> parts : candidates) {
      Optional<ImmutableSortedMap<ReportingPeriod, Measurement>> series =
          pooledSeries(data, metric, composite, parts, period);
      if (series.isPresent()) {
        Optional<Target> target =
            data.target(metric, composite).or(() -> summedTarget(data, metric, parts));
        Optional<Baseline> baseline =
            data.baseline(metric, composite).or(() -> summedBaseline(data, metric, parts));
        return new Pooled(
            Result.computed(
                data.withDerivedSeries(metric, composite, series.get(), target, baseline)),
            parts,
            ImmutableList.of());
      }
    }
    return new Pooled(
        Result.notComputed(AssessmentReason.PARTS_NOT_POOLABLE),
        ImmutableList.of(),
        ImmutableList.of());
  }

  /**
   * The composite's series pooled from these parts, for every period they all hold; empty when the
   * period assessed does not pool (a part holds only a published percentage, say).
   */
  private static Optional<ImmutableSortedMap<ReportingPeriod, Measurement>> pooledSeries(
      Dataset data, Metric metric, Area composite, List<Area> parts, ReportingPeriod period) {
    ImmutableSortedMap.Builder<ReportingPeriod, Measurement> pooled =
        ImmutableSortedMap.naturalOrder();
    for (ReportingPeriod held : data.series(metric, parts.get(0)).keySet()) {
      List<Measurement> values = new ArrayList<>(parts.size());
      for (Area part : parts) {
        data.measurement(metric, part, held).ifPresent(values::add);
      }
      if (values.size() == parts.size()) {
        Result<Aggregate, PoolReason> aggregate =
            Aggregation.aggregate(composite, data.areas(), values);
        if (aggregate.isComputed()) {
          pooled.put(held, aggregate.orElseThrow().measurement());
        } else if (held.equals(period)) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(pooled.build());
  }

  private static boolean holdsAny(Dataset data, Metric metric, List<Area> parts) {
    return parts.stream().anyMatch(part -> !data.series(metric, part).isEmpty());
  }

  private static ImmutableList<Area> missingAt(
      Dataset data, Metric metric, ImmutableList<Area> parts, ReportingPeriod period) {
    return parts.stream()
        .filter(part -> data.measurement(metric, part, period).isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  private static Optional<Target> summedTarget(Dataset data, Metric metric, List<Area> parts) {
    if (!metric.unit().isAdditive()) {
      return Optional.empty();
    }
    Optional<Quantity> total = Optional.empty();
    Optional<ReportingPeriod> due = Optional.empty();
    for (Area part : parts) {
      Optional<Target> found = data.target(metric, part);
      if (found.isEmpty() || !(found.get() instanceof ReachTarget reach)) {
        return Optional.empty();
      }
      if (due.isPresent() && !due.get().equals(reach.due())) {
        return Optional.empty();
      }
      due = Optional.of(reach.due());
      total = Optional.of(total.map(reach.level()::plus).orElse(reach.level()));
    }
    return total.isPresent() && due.isPresent()
        ? Optional.of(Target.reach(total.get(), due.get()))
        : Optional.empty();
  }

  private static Optional<Baseline> summedBaseline(Dataset data, Metric metric, List<Area> parts) {
    if (!metric.unit().isAdditive()) {
      return Optional.empty();
    }
    Optional<Baseline> total = Optional.empty();
    for (Area part : parts) {
      Optional<Baseline> found = data.baseline(metric, part);
      if (found.isEmpty()
          || (total.isPresent() && !total.get().period().equals(found.get().period()))) {
        return Optional.empty();
      }
      Baseline b = found.get();
      total =
          Optional.of(total.map(t -> Baseline.of(t.period(), t.value().plus(b.value()))).orElse(b));
    }
    return total;
  }
}
