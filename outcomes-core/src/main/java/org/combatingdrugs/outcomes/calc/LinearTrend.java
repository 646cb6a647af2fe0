package org.combatingdrugs.outcomes.calc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.combatingdrugs.outcomes.exact.Exact;

/**
 * The exact ordinary least-squares line {@code y = intercept + slope × x} through points.
 *
 * @param intercept the value at x = 0
 * @param slope the change in y per unit of x
 */
public record LinearTrend(Exact intercept, Exact slope) {

  /** Checks that both parts are present. */
  public LinearTrend {
    checkNotNull(intercept, "intercept");
    checkNotNull(slope, "slope");
  }

  /**
   * Fits a line by least squares, exactly.
   *
   * @param xs the x values, at least two distinct
   * @param ys the y values, as many as {@code xs}
   * @return the line
   * @throws IllegalArgumentException when the sizes differ or the xs are fewer than two distinct
   *     values
   */
  public static LinearTrend fit(List<Exact> xs, List<Exact> ys) {
    checkNotNull(xs, "xs");
    checkNotNull(ys, "ys");
    checkArgument(
        xs.size() == ys.size(), "ys must have as many values as xs (%s) but had %s", xs.size(), ys.size());
    checkArgument(xs.size() >= 2, "xs must hold at least two points but held %s", xs.size());
    Exact n = Exact.of(xs.size());
    Exact meanX = sum(xs).divide(n);
    Exact meanY = sum(ys).divide(n);
    Exact sxx = Exact.ZERO;
    Exact sxy = Exact.ZERO;
    for (int i = 0; i < xs.size(); i++) {
      Exact dx = xs.get(i).subtract(meanX);
      sxx = sxx.add(dx.multiply(dx));
      sxy = sxy.add(dx.multiply(ys.get(i).subtract(meanY)));
    }
    checkArgument(sxx.signum() != 0, "xs must hold at least two distinct values but were %s", xs);
    Exact slope = sxy.divide(sxx);
    return new LinearTrend(meanY.subtract(slope.multiply(meanX)), slope);
  }

  /**
   * The line's value at x.
   *
   * @param x any x
   * @return {@code intercept + slope × x}
   */
  public Exact valueAt(Exact x) {
    checkNotNull(x, "x");
    return intercept.add(slope.multiply(x));
  }

  /**
   * The line as an equation, exactly: {@code y = 51.5 + 2 × x}, {@code y = 10 − 1/3 × x}; each
   * coefficient as {@link Exact#toExactString()} writes it.
   */
  @Override
  public String toString() {
    String sign = slope.signum() < 0 ? " − " : " + ";
    return "y = " + intercept.toExactString() + sign + slope.abs().toExactString() + " × x";
  }

  private static Exact sum(List<Exact> values) {
    Exact total = Exact.ZERO;
    for (Exact value : values) {
      total = total.add(checkNotNull(value, "value"));
    }
    return total;
  }
}
