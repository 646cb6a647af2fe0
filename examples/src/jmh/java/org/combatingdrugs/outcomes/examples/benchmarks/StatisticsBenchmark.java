package org.combatingdrugs.outcomes.examples.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.spc.XmrChart;
import org.combatingdrugs.outcomes.spc.XmrOptions;
import org.combatingdrugs.outcomes.stats.AtLevels;
import org.combatingdrugs.outcomes.stats.ConfidenceLevel;
import org.combatingdrugs.outcomes.stats.CountIntervals;
import org.combatingdrugs.outcomes.stats.ProportionIntervals;
import org.combatingdrugs.outcomes.stats.StandardPopulation;
import org.combatingdrugs.outcomes.stats.StandardisedRates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The statistics at national size, each beside the same formula written over primitive doubles
 * (the {@code doubles...} benchmarks, the baselines of the ratios): Wilson intervals and Byar
 * intervals for {@value #ROWS} rows at 95% and 99.8%, Dobson intervals for {@value #AREAS} areas of
 * the 19 bands of the 2013 European Standard Population, and XmR charts of {@value #AREAS} series of
 * {@value #POINTS} points. The rows are the synthetic national dataset's proportions and counts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StatisticsBenchmark {

  /** Rows of the Wilson and Byar benchmarks. */
  static final int ROWS = 6_000;

  /** Areas of the Dobson and XmR benchmarks. */
  static final int AREAS = 150;

  /** Points of each XmR series. */
  static final int POINTS = 40;

  private static final double Z95 = ConfidenceLevel.NINETY_FIVE.z();

  private static final double Z998 = ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z();

  private final long[] numerators = new long[ROWS];
  private final long[] denominators = new long[ROWS];
  private final long[] counts = new long[ROWS];
  private final List<List<Long>> bandCounts = new ArrayList<>();
  private final List<List<Long>> bandPopulations = new ArrayList<>();
  private final long[][] bandCountArrays = new long[AREAS][];
  private final long[][] bandPopulationArrays = new long[AREAS][];
  private final double[] weights;
  private final List<List<Double>> series = new ArrayList<>();
  private final double[][] seriesArrays = new double[AREAS][POINTS];

  /** Takes the rows from the national dataset and draws the age bands from a fixed seed. */
  public StatisticsBenchmark() {
    List<long[]> proportions = Workloads.proportions();
    List<long[]> rates = Workloads.rates();
    for (int i = 0; i < ROWS; i++) {
      long[] p = proportions.get(i % proportions.size());
      numerators[i] = p[0];
      denominators[i] = p[1];
      counts[i] = rates.get(i % rates.size())[0];
    }
    StandardPopulation standard = StandardPopulation.ESP_2013;
    weights = new double[standard.size()];
    for (int b = 0; b < standard.size(); b++) {
      weights[b] = standard.weights().get(b);
    }
    SplittableRandom random = new SplittableRandom(20_261_206L);
    for (int a = 0; a < AREAS; a++) {
      List<Long> c = new ArrayList<>();
      List<Long> n = new ArrayList<>();
      bandCountArrays[a] = new long[standard.size()];
      bandPopulationArrays[a] = new long[standard.size()];
      for (int b = 0; b < standard.size(); b++) {
        long population = 5_000 + random.nextLong(40_000);
        long events = random.nextLong(1 + population / 500);
        c.add(events);
        n.add(population);
        bandCountArrays[a][b] = events;
        bandPopulationArrays[a][b] = population;
      }
      bandCounts.add(c);
      bandPopulations.add(n);
      List<Double> values = new ArrayList<>();
      for (int t = 0; t < POINTS; t++) {
        double value = 100 + 10 * random.nextGaussian() + (t > 30 ? 15 : 0);
        values.add(value);
        seriesArrays[a][t] = value;
      }
      series.add(values);
    }
  }

  /** Wilson intervals of every row at 95% and 99.8%, as Fingertips shows them. */
  @Benchmark
  public void wilson(Blackhole sink) {
    for (int i = 0; i < ROWS; i++) {
      long x = numerators[i];
      long n = denominators[i];
      sink.consume(AtLevels.of(level -> ProportionIntervals.wilson(x, n, level), AtLevels.FINGERTIPS));
    }
  }

  /** The baseline of {@link #wilson}: Wilson's formula over doubles at both levels. */
  @Benchmark
  public void doublesWilson(Blackhole sink) {
    for (int i = 0; i < ROWS; i++) {
      double x = numerators[i];
      double n = denominators[i];
      wilsonLimits(x, n, Z95, sink);
      wilsonLimits(x, n, Z998, sink);
    }
  }

  /** Byar intervals of every row's count at 95% and 99.8%. */
  @Benchmark
  public void byar(Blackhole sink) {
    for (int i = 0; i < ROWS; i++) {
      long count = counts[i];
      sink.consume(AtLevels.of(level -> CountIntervals.byar(count, level), AtLevels.FINGERTIPS));
    }
  }

  /** The baseline of {@link #byar}: Byar's approximation over doubles at both levels. */
  @Benchmark
  public void doublesByar(Blackhole sink) {
    for (int i = 0; i < ROWS; i++) {
      double o = counts[i];
      sink.consume(byarLower(o, Z95));
      sink.consume(byarUpper(o, Z95));
      sink.consume(byarLower(o, Z998));
      sink.consume(byarUpper(o, Z998));
    }
  }

  /** Directly standardised rates with Dobson intervals at 95%, area by area. */
  @Benchmark
  public void dobson(Blackhole sink) {
    for (int a = 0; a < AREAS; a++) {
      sink.consume(
          StandardisedRates.dobson(
              bandCounts.get(a),
              bandPopulations.get(a),
              StandardPopulation.ESP_2013,
              100_000,
              ConfidenceLevel.NINETY_FIVE));
    }
  }

  /** The baseline of {@link #dobson}: Dobson's method over doubles. */
  @Benchmark
  public void doublesDobson(Blackhole sink) {
    for (int a = 0; a < AREAS; a++) {
      long[] c = bandCountArrays[a];
      long[] n = bandPopulationArrays[a];
      double weightTotal = 0;
      double weightedRate = 0;
      double variance = 0;
      double total = 0;
      for (int b = 0; b < c.length; b++) {
        double w = weights[b];
        weightTotal += w;
        weightedRate += w * c[b] / n[b];
        variance += w * w * c[b] / (1.0 * n[b] * n[b]);
        total += c[b];
      }
      double rate = weightedRate / weightTotal * 100_000;
      double scale = Math.sqrt(variance / (weightTotal * weightTotal) / total) * 100_000;
      sink.consume(rate);
      sink.consume(rate + scale * (byarLower(total, Z95) - total));
      sink.consume(rate + scale * (byarUpper(total, Z95) - total));
    }
  }

  /** XmR charts, with their special-cause rules, series by series. */
  @Benchmark
  public void xmr(Blackhole sink) {
    for (int a = 0; a < AREAS; a++) {
      sink.consume(XmrChart.of(series.get(a), Polarity.HIGHER_IS_BETTER, XmrOptions.defaults()));
    }
  }

  /** The baseline of {@link #xmr}: the mean, the mean moving range, the limits and the points beyond them. */
  @Benchmark
  public void doublesXmr(Blackhole sink) {
    for (int a = 0; a < AREAS; a++) {
      double[] x = seriesArrays[a];
      double sum = 0;
      double movingRanges = 0;
      for (int t = 0; t < x.length; t++) {
        sum += x[t];
        if (t > 0) {
          movingRanges += Math.abs(x[t] - x[t - 1]);
        }
      }
      double mean = sum / x.length;
      double width = XmrChart.LIMIT_FACTOR * movingRanges / (x.length - 1);
      int beyond = 0;
      for (double value : x) {
        if (value > mean + width || value < mean - width) {
          beyond++;
        }
      }
      sink.consume(mean);
      sink.consume(width);
      sink.consume(beyond);
    }
  }

  private static void wilsonLimits(double x, double n, double z, Blackhole sink) {
    double p = x / n;
    double z2 = z * z;
    double centre = p + z2 / (2 * n);
    double spread = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    double scale = 1 + z2 / n;
    sink.consume((centre - spread) / scale);
    sink.consume((centre + spread) / scale);
  }

  private static double byarLower(double o, double z) {
    if (o == 0) {
      return 0;
    }
    double f = 1 - 1 / (9 * o) - z / (3 * Math.sqrt(o));
    return o * f * f * f;
  }

  private static double byarUpper(double o, double z) {
    double q = o + 1;
    double f = 1 - 1 / (9 * q) + z / (3 * Math.sqrt(q));
    return q * f * f * f;
  }
}
