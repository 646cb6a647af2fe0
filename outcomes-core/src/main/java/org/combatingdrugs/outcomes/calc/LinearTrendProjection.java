package org.combatingdrugs.outcomes.calc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/**
 * A projection along the least-squares line through a series of consecutive periods, with the
 * periods numbered 0, 1, 2, … from the first; the target period is numbered by counting on.
 *
 * @param series at least two observations of consecutive periods of one kind, in one unit
 * @param period the period projected to: a later period of the same kind (or one in the series)
 */
public record LinearTrendProjection(ImmutableList<Observation> series, ReportingPeriod period)
    implements Projection {

  /** The furthest a projection may reach beyond the series, in periods. */
  public static final int MAX_STEPS_AHEAD = 1200;

  /** Checks the series and that the target period can be reached by counting on. */
  public LinearTrendProjection {
    checkNotNull(series, "series");
    checkNotNull(period, "period");
    checkArgument(series.size() >= 2, "series must hold at least two points but held %s", series.size());
    for (int i = 1; i < series.size(); i++) {
      checkArgument(
          series.get(i).period().equals(series.get(i - 1).period().next()),
          "series must be consecutive periods but %s follows %s",
          series.get(i).period(),
          series.get(i - 1).period());
      checkArgument(
          series.get(i).value().unit().equals(series.get(0).value().unit()),
          "series must be in one unit but %s is not in %s",
          series.get(i),
          series.get(0).value().unit());
    }
    checkArgument(
        stepsTo(series.get(0).period(), period, series.size() + MAX_STEPS_AHEAD) >= 0,
        "period must be reachable from %s",
        series.get(0).period());
  }

  /**
   * A trend projection.
   *
   * @param series consecutive observations
   * @param period the period projected to
   * @return the projection
   */
  public static LinearTrendProjection of(List<Observation> series, ReportingPeriod period) {
    return new LinearTrendProjection(ImmutableList.copyOf(series), period);
  }

  /** The fitted line, with x numbering the series' periods from 0. */
  public LinearTrend trend() {
    ImmutableList.Builder<Exact> xs = ImmutableList.builder();
    ImmutableList.Builder<Exact> ys = ImmutableList.builder();
    for (int i = 0; i < series.size(); i++) {
      xs.add(Exact.of(i));
      ys.add(series.get(i).value().amount());
    }
    return LinearTrend.fit(xs.build(), ys.build());
  }

  /** The number of the projected period: the first of the series is 0. */
  public int step() {
    return stepsTo(series.get(0).period(), period, series.size() + MAX_STEPS_AHEAD);
  }

  @Override
  public Quantity value() {
    return Quantity.of(trend().valueAt(Exact.of(step())), series.get(0).value().unit());
  }

  @Override
  public ProjectionMethod method() {
    return ProjectionMethod.LINEAR_TREND;
  }

  /**
   * The projection as a report states it: {@code 61.5 for 2024 by linear trend through 2019 to
   * 2022 (4 periods, +2 per period)}; the slope of a percentage is in points ({@code +0.5 pp per
   * period}). Values print as {@link Quantity#toString()} rounds them (half-up); the exact
   * projection is {@link #value()} and the exact line {@link #trend()}.
   */
  @Override
  public String toString() {
    Quantity slope = Quantity.of(trend().slope(), series.get(0).value().unit());
    return value()
        + " for "
        + period.label()
        + " by linear trend through "
        + series.get(0).period().label()
        + " to "
        + series.get(series.size() - 1).period().label()
        + " ("
        + series.size()
        + " periods, "
        + slope.toDifferenceString()
        + " per period)";
  }

  private static int stepsTo(ReportingPeriod first, ReportingPeriod target, int limit) {
    ReportingPeriod current = first;
    for (int step = 0; step <= limit; step++) {
      if (current.equals(target)) {
        return step;
      }
      if (!current.start().isBefore(target.start()) || !current.end().isBefore(target.end())) {
        break;
      }
      try {
        current = current.next();
      } catch (IllegalArgumentException lastOfItsKind) {
        break;
      }
    }
    throw new IllegalArgumentException(
        "period must be "
            + first
            + " or up to "
            + limit
            + " periods after it, of the same kind, but was "
            + target);
  }
}
