package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One metric in one area: the key of a measurement series.
 *
 * @param metricId the metric's id, such as {@code numbers-in-treatment}
 * @param areaCode the area's code, such as {@code E06000058}
 */
public record SeriesKey(String metricId, String areaCode) {

  /** Checks that both parts are present. */
  public SeriesKey {
    checkNotNull(metricId, "metricId");
    checkNotNull(areaCode, "areaCode");
  }

  @Override
  public String toString() {
    return metricId + " in " + areaCode;
  }
}
