package org.combatingdrugs.outcomes.examples.benchmarks;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.examples.SyntheticNationalDataset;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.Rate;

/** The inputs of the benchmarks, all taken from the synthetic national dataset. */
final class Workloads {

  private static final Dataset NATIONAL = SyntheticNationalDataset.national();

  private Workloads() {}

  /** The national dataset. */
  static Dataset national() {
    return NATIONAL;
  }

  /** Pairs of consecutive quarterly counts, each earlier one positive, area by area. */
  static long[][] countPairs(int n) {
    long[][] pairs = new long[n][];
    int found = 0;
    while (found < n) {
      for (Measurement m : values()) {
        if (found == n) {
          break;
        }
        if (m.value() instanceof Count count) {
          Measurement next =
              NATIONAL.measurement(m.metric(), m.area(), m.period().next()).orElse(null);
          if (next != null && count.count() > 0) {
            pairs[found++] = new long[] {count.count(), Count.class.cast(next.value()).count()};
          }
        }
      }
    }
    return pairs;
  }

  /** Every proportion of the dataset, as numerator and denominator: 6,000 and more rows. */
  static List<long[]> proportions() {
    List<long[]> rows = new ArrayList<>();
    for (Measurement m : values()) {
      if (m.value() instanceof Proportion p) {
        rows.add(new long[] {p.numerator(), p.denominator()});
      }
    }
    return rows;
  }

  /** Every rate's events and population. */
  static List<long[]> rates() {
    List<long[]> rows = new ArrayList<>();
    for (Measurement m : values()) {
      if (m.value() instanceof Rate r) {
        rows.add(new long[] {r.events(), r.population()});
      }
    }
    return rows;
  }

  /** Every measurement, area by area and metric by metric, in period order. */
  static ImmutableList<Measurement> values() {
    ImmutableList.Builder<Measurement> all = ImmutableList.builderWithExpectedSize(NATIONAL.size());
    for (Area area : NATIONAL.areas().areas()) {
      for (Metric metric : NATIONAL.metrics()) {
        all.addAll(NATIONAL.series(metric, area).values());
      }
    }
    return all.build();
  }
}
