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

  /**
   * The aggregate with its parts by area code: {@code numbers-in-treatment, Pan-Dorset CDP
   * (E99000001), 2022/23: 4479 (final), pooled from 2590 in E06000058 and 1889 in E06000059}; each
   * measurement and value as its own {@code toString} writes it.
   */
  @Override
  public String toString() {
    StringBuilder pooled = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        pooled.append(i == parts.size() - 1 ? " and " : ", ");
      }
      Measurement part = parts.get(i);
      pooled.append(part.value()).append(" in ").append(part.area().code());
    }
    return measurement + ", pooled from " + pooled;
  }
}
