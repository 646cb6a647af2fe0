package org.combatingdrugs.outcomes.examples.benchmarks;

import com.google.common.collect.ImmutableSortedMap;
import java.util.concurrent.TimeUnit;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.assess.Scorecard;
import org.combatingdrugs.outcomes.assess.Scorecards;
import org.combatingdrugs.outcomes.assess.SeriesKey;
import org.combatingdrugs.outcomes.examples.SyntheticNationalDataset;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The synthetic national dataset (150 areas) and its tenfold (1,500 areas) assessed into one
 * scorecard per area for the latest quarter, every line with its comparison, projection, rating,
 * interval, trend and XmR chart of 40 quarters, beside the same arithmetic over primitive doubles
 * (the baseline of its ratio).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class NationalScorecardBenchmark {

  /** How many areas: the national 150, or the tenfold 1,500. */
  @Param({"150", "1500"})
  public int areas;

  private static final double Z95 = org.combatingdrugs.outcomes.stats.ConfidenceLevel.NINETY_FIVE.z();

  private Dataset data = SyntheticNationalDataset.generate(1, SyntheticNationalDataset.SEED);

  private double[][] values = new double[0][];

  private long[] denominators = new long[0];

  /** Generates the dataset, and its values as doubles series by series, outside the measurement. */
  @Setup(Level.Trial)
  public void generate() {
    data = SyntheticNationalDataset.generate(areas, SyntheticNationalDataset.SEED);
    values = new double[data.seriesKeys().size()][];
    denominators = new long[values.length];
    int s = 0;
    for (SeriesKey key : data.seriesKeys()) {
      ImmutableSortedMap<ReportingPeriod, org.combatingdrugs.outcomes.framework.Measurement> series =
          data.series(
              data.metric(key.metricId()).orElseThrow(),
              data.areas().byCode(key.areaCode()).orElseThrow());
      double[] x = new double[series.size()];
      int t = 0;
      for (org.combatingdrugs.outcomes.framework.Measurement m : series.values()) {
        x[t++] = m.value().quantity().amount().doubleValue();
        if (m.value() instanceof Proportion p) {
          denominators[s] = p.denominator();
        }
      }
      values[s++] = x;
    }
  }

  /** Every area's scorecard for the latest quarter. */
  @Benchmark
  public void scorecards(Blackhole sink) {
    for (Area area : data.areas().areas()) {
      Scorecard card = Scorecards.of(data, area, SyntheticNationalDataset.LATEST);
      sink.consume(card);
    }
  }

  /**
   * The baseline: the arithmetic of every line over primitive doubles: the change from the same
   * quarter last year, the year's total, its rating by the Dorset bands, a 95% interval (Wilson for
   * a proportion, Byar for a count or rate's events) and the XmR mean, limits and points beyond.
   */
  @Benchmark
  public void doublesScorecards(Blackhole sink) {
    for (int s = 0; s < values.length; s++) {
      double[] x = values[s];
      int last = x.length - 1;
      double change = (x[last] - x[last - 4]) / x[last - 4];
      sink.consume(change);
      sink.consume(x[last] + x[last - 1] + x[last - 2] + x[last - 3]);
      sink.consume(change < -0.05 ? 0 : change < 0 ? 1 : 2);
      double n = denominators[s];
      if (n > 0) {
        double p = x[last] / 100;
        double z2 = Z95 * Z95;
        double spread = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        sink.consume((p + z2 / (2 * n) - spread) / (1 + z2 / n));
        sink.consume((p + z2 / (2 * n) + spread) / (1 + z2 / n));
      } else {
        double o = Math.max(1, x[last]);
        double f = 1 - 1 / (9 * o) - Z95 / (3 * Math.sqrt(o));
        double q = o + 1;
        double g = 1 - 1 / (9 * q) + Z95 / (3 * Math.sqrt(q));
        sink.consume(o * f * f * f);
        sink.consume(q * g * g * g);
      }
      double sum = 0;
      double movingRanges = 0;
      for (int t = 0; t <= last; t++) {
        sum += x[t];
        if (t > 0) {
          movingRanges += Math.abs(x[t] - x[t - 1]);
        }
      }
      double mean = sum / x.length;
      double width = 2.66 * movingRanges / last;
      int beyond = 0;
      for (double value : x) {
        if (value > mean + width || value < mean - width) {
          beyond++;
        }
      }
      sink.consume(beyond);
    }
  }
}
