package org.combatingdrugs.outcomes.aggregate;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.combatingdrugs.outcomes.framework.Measurement;

/**
 * A composite area's measurement, pooled from its parts'.
 *
 * @param measurement the aggregate, for the composite area
 * @param parts the measurements it was pooled from
 */
public record Aggregate(Measurement measurement, ImmutableList<Measurement> parts) {

  /** Checks that both parts are present. */
  public Aggregate {
    checkNotNull(measurement, "measurement");
    checkNotNull(parts, "parts");
  }
}
