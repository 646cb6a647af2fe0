package org.combatingdrugs.outcomes.aggregate;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.combatingdrugs.outcomes.framework.Measurement;

/** The outcome of aggregating measurements: the composite's measurement, or why there is none. */
public sealed interface AggregateResult
    permits AggregateResult.Aggregated, AggregateResult.NotAggregated {

  /** Whether the measurements were aggregated. */
  boolean isAggregated();

  /**
   * The composite's measurement.
   *
   * @param measurement the aggregate, for the composite area
   * @param parts the measurements it was pooled from
   */
  record Aggregated(Measurement measurement, ImmutableList<Measurement> parts)
      implements AggregateResult {

    /** Checks that both parts are present. */
    public Aggregated {
      checkNotNull(measurement, "measurement");
      checkNotNull(parts, "parts");
    }

    @Override
    public boolean isAggregated() {
      return true;
    }
  }

  /**
   * Measurements that cannot be aggregated, and why.
   *
   * @param reason why their values cannot be pooled
   */
  record NotAggregated(PoolResult.Reason reason) implements AggregateResult {

    /** Checks that the reason is present. */
    public NotAggregated {
      checkNotNull(reason, "reason");
    }

    @Override
    public boolean isAggregated() {
      return false;
    }
  }
}
