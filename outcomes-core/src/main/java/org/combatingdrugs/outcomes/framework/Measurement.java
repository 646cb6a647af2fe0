package org.combatingdrugs.outcomes.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.judgement.Polarised;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * One published figure: the value a metric took in an area and a period, and how settled it is.
 * Dorset's 59 drug-related deaths registered in 2021 are one measurement; the provisional 55 of
 * 2022 another.
 *
 * @param metric what was measured
 * @param area where
 * @param period when
 * @param value the value, of the metric's measure type
 * @param status final, provisional or estimated
 */
public record Measurement(
    Metric metric, Area area, ReportingPeriod period, Value value, DataStatus status)
    implements Polarised {

  /** Checks that the value is of the metric's measure type. */
  public Measurement {
    checkNotNull(metric, "metric");
    checkNotNull(area, "area");
    checkNotNull(period, "period");
    checkNotNull(value, "value");
    checkNotNull(status, "status");
    checkArgument(
        value.unit().equals(metric.unit()),
        "value must be a %s in %s for %s but was %s (%s)",
        metric.measureType(),
        metric.unit(),
        metric.id(),
        value,
        value.type());
  }

  /**
   * A final measurement.
   *
   * @param metric what was measured
   * @param area where
   * @param period when
   * @param value the value
   * @return the measurement, with status {@link DataStatus#FINAL}
   */
  public static Measurement of(Metric metric, Area area, ReportingPeriod period, Value value) {
    return new Measurement(metric, area, period, value, DataStatus.FINAL);
  }

  /**
   * This measurement with another status.
   *
   * @param newStatus the status
   * @return the measurement
   */
  public Measurement withStatus(DataStatus newStatus) {
    return newStatus == status ? this : new Measurement(metric, area, period, value, newStatus);
  }

  /** The metric's polarity, so a measurement can be judged without restating it. */
  @Override
  public Polarity polarity() {
    return metric.polarity();
  }

  /**
   * The figure with what, where and when: {@code drug-deaths, Dorset (E06000059), 2022: 55
   * (provisional)}; the value as its own {@code toString} writes it, the status in lower case.
   */
  @Override
  public String toString() {
    return metric.id()
        + ", "
        + area
        + ", "
        + period
        + ": "
        + value
        + " ("
        + status.name().toLowerCase(Locale.ROOT)
        + ")";
  }
}
