package org.combatingdrugs.outcomes.examples;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.area.AreaType;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.json.OutcomesJson;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.FinancialQuarter;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.rag.ChangeBand;
import org.combatingdrugs.outcomes.rag.ChangeBandsScheme;
import org.combatingdrugs.outcomes.rag.ChangeMeasure;
import org.combatingdrugs.outcomes.rag.ProjectedAttainmentScheme;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.rag.TargetToleranceScheme;
import org.combatingdrugs.outcomes.rag.Tolerance;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Target;

/**
 * A deterministic, synthetic national dataset of the size the framework is monitored at: a number
 * of partnership areas (150 nationally) × the 32 catalogue metrics and one local money metric ×
 * 40 financial quarters (2015/16 Q1 to 2024/25 Q4), with counts, proportions, rates and money as
 * each metric's unit requires, a baseline and a target for every judged metric in every area, a
 * RAG scheme per measure type, and an England benchmark (the areas pooled) for every proportion
 * and rate in every quarter. The figures are invented, not published: they exist to measure the
 * library at scale (see the {@code jmh} profile) and must never be presented as real.
 *
 * <p>The same seed gives the same dataset, and an area's series do not depend on how many areas are
 * generated, so the first 150 areas of the tenfold dataset are the national dataset's 150.
 */
public final class SyntheticNationalDataset {

  /** The number of partnership areas in England's national dataset. */
  public static final int NATIONAL_AREAS = 150;

  /** The number of quarters each series holds. */
  public static final int QUARTERS = 40;

  /** The first quarter of every series. */
  public static final FinancialQuarter FIRST = FinancialQuarter.of(2015, 1);

  /** The last quarter of every series, the one a national scorecard reports. */
  public static final FinancialQuarter LATEST = FinancialQuarter.of(2024, 4);

  /** The seed of {@link #national()} and {@link #tenfold()}. */
  public static final long SEED = 20_261_206L;

  /** The local metric the generator adds to the catalogue's: cash seized, in pounds. */
  public static final Metric CASH_SEIZED =
      Metric.local("cash-seized", "Cash seized", Unit.POUNDS, Polarity.HIGHER_IS_BETTER);

  /**
   * The scheme of counts and money, the Dorset progress report's: red below a 5% fall in the
   * better direction, amber from there to no change, green from no change up.
   */
  public static final ChangeBandsScheme CHANGE_BANDS =
      ChangeBandsScheme.of(
          ChangeMeasure.RELATIVE,
          List.of(
              ChangeBand.below(Exact.of(-5, 100), RagStatus.RED),
              ChangeBand.between(Exact.of(-5, 100), Exact.ZERO, RagStatus.AMBER),
              ChangeBand.atLeast(Exact.ZERO, RagStatus.GREEN)));

  private static final FinancialQuarter BASELINE = FinancialQuarter.of(2019, 4);

  private static final FinancialQuarter DUE = FinancialQuarter.of(2025, 4);

  private static final Exact TENTH = Exact.of(1, 10);

  private SyntheticNationalDataset() {}

  /**
   * The national dataset: {@value #NATIONAL_AREAS} areas, seed {@value #SEED}.
   *
   * @return the dataset
   */
  public static Dataset national() {
    return generate(NATIONAL_AREAS, SEED);
  }

  /**
   * The national dataset ten times over: 1,500 areas, seed {@value #SEED}.
   *
   * @return the dataset
   */
  public static Dataset tenfold() {
    return generate(10 * NATIONAL_AREAS, SEED);
  }

  /**
   * The metrics every generated dataset holds: the national catalogue's, then {@link #CASH_SEIZED}.
   *
   * @return the metrics, in that order
   */
  public static ImmutableList<Metric> metrics() {
    return ImmutableList.<Metric>builder()
        .addAll(MetricCatalogue.national().all())
        .add(CASH_SEIZED)
        .build();
  }

  /**
   * The areas of a generated dataset, local authorities coded {@code SYN00001} upwards.
   *
   * @param count how many, at least one
   * @return the areas
   * @throws IllegalArgumentException when {@code count} is not positive
   */
  public static ImmutableList<Area> areas(int count) {
    checkArgument(count > 0, "count must be positive but was %s", count);
    ImmutableList.Builder<Area> areas = ImmutableList.builderWithExpectedSize(count);
    for (int i = 1; i <= count; i++) {
      areas.add(
          Area.of(
              String.format(Locale.ROOT, "SYN%05d", i),
              "Synthetic area " + i,
              AreaType.LOCAL_AUTHORITY));
    }
    return areas.build();
  }

  /**
   * Generates a dataset.
   *
   * @param areaCount how many areas, from 1 to 99,999
   * @param seed the seed; the same seed and count give an equal dataset
   * @return the dataset, holding {@code areaCount × 33 × 40} measurements
   * @throws IllegalArgumentException when {@code areaCount} is out of range
   */
  public static Dataset generate(int areaCount, long seed) {
    checkArgument(
        areaCount > 0 && areaCount <= 99_999, "areaCount must be 1 to 99999 but was %s", areaCount);
    ImmutableList<Area> areas = areas(areaCount);
    ImmutableList<Metric> metrics = metrics();
    Dataset.Builder data =
        Dataset.builder(
            String.format(Locale.ROOT, "Synthetic national dataset (%d areas, seed %d)", areaCount, seed),
            AreaHierarchy.empty().with(areas.toArray(new Area[0])));
    metrics.forEach(data::metric);
    long[][] pooledParts = new long[QUARTERS][2];
    for (Metric metric : metrics) {
      for (long[] part : pooledParts) {
        part[0] = 0;
        part[1] = 0;
      }
      for (int a = 0; a < areaCount; a++) {
        Area area = areas.get(a);
        Series series = new Series(metric, a, seed);
        Value[] values = new Value[QUARTERS];
        for (int q = 0; q < QUARTERS; q++) {
          values[q] = series.value(q);
          pool(values[q], pooledParts[q]);
          data.measurement(
              new Measurement(
                  metric,
                  area,
                  quarter(q),
                  values[q],
                  q == QUARTERS - 1 ? DataStatus.PROVISIONAL : DataStatus.FINAL));
        }
        if (metric.polarity() != Polarity.NO_JUDGEMENT) {
          Baseline baseline =
              Baseline.of(BASELINE, values[index(BASELINE)].quantity());
          data.baseline(metric, area, baseline);
          Exact improvement =
              metric.polarity() == Polarity.HIGHER_IS_BETTER ? TENTH : TENTH.negate();
          data.target(metric, area, Target.changeBy(baseline, improvement, DUE));
        }
      }
      for (int q = 0; q < QUARTERS; q++) {
        Optional<Value> england = benchmark(metric, pooledParts[q]);
        if (england.isPresent()) {
          data.benchmark(metric, quarter(q), england.get());
        }
      }
    }
    data.defaultScheme(CHANGE_BANDS);
    for (Metric metric : metrics) {
      switch (metric.measureType()) {
        case PROPORTION ->
            data.scheme(metric, TargetToleranceScheme.of(Tolerance.points(BigDecimal.valueOf(5))));
        case RATE ->
            data.scheme(metric, ProjectedAttainmentScheme.of(Tolerance.relative(Exact.of(1, 20))));
        default -> {}
      }
    }
    return data.build();
  }

  /**
   * Writes the national dataset, or another size, as a dataset document.
   *
   * @param args the number of areas (150 when absent) and the file to write ({@code
   *     synthetic-national.json} when absent)
   * @throws IOException when the file cannot be written
   * @throws IllegalArgumentException when the number of areas is not a whole number from 1 to 99,999
   */
  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? areaCount(args[0]) : NATIONAL_AREAS;
    Path file = Path.of(args.length > 1 ? args[1] : "synthetic-national.json");
    Dataset data = generate(count, SEED);
    OutcomesJson.writeDataset(data, file);
    System.out.printf(
        Locale.ROOT, "%s: %,d measurements written to %s%n", data.name(), data.size(), file);
  }

  private static int areaCount(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "the number of areas must be a whole number from 1 to 99999 but was '" + text + "'", e);
    }
  }

  /** The quarter at an index from {@link #FIRST}. */
  static FinancialQuarter quarter(int index) {
    return FIRST.plusQuarters(index);
  }

  private static int index(FinancialQuarter quarter) {
    return (quarter.startYear() - FIRST.startYear()) * 4 + quarter.quarter() - FIRST.quarter();
  }

  /** Adds a proportion's or rate's parts to England's running totals. */
  private static void pool(Value value, long[] parts) {
    if (value instanceof Proportion p) {
      parts[0] += p.numerator();
      parts[1] += p.denominator();
    } else if (value instanceof Rate r) {
      parts[0] += r.events();
      parts[1] += r.population();
    }
  }

  /** England's value of a proportion or rate, pooled from the areas; empty for other units. */
  private static Optional<Value> benchmark(Metric metric, long[] parts) {
    return switch (metric.measureType()) {
      case PROPORTION -> Optional.of(Proportion.of(parts[0], parts[1]));
      case RATE -> Optional.of(new Rate(parts[0], parts[1], metric.unit()));
      default -> Optional.empty();
    };
  }

  /**
   * One area's series of one metric: a level set by the area's size and the metric, a linear trend
   * and noise, drawn from a generator seeded by the seed, the metric's id and the area's index only.
   */
  private static final class Series {
    private final Metric metric;
    private final SplittableRandom random;
    private final long population;
    private final double level;
    private final double trendPerQuarter;
    private final double noise;

    Series(Metric metric, int areaIndex, long seed) {
      this.metric = metric;
      SplittableRandom areaRandom = new SplittableRandom(seed * 1_000_003L + areaIndex);
      this.population = 120_000L + areaRandom.nextLong(1_400_000L);
      this.random = new SplittableRandom(seed ^ ((long) metric.id().hashCode() << 20) ^ areaIndex);
      this.level = 0.2 + 0.6 * random.nextDouble();
      this.trendPerQuarter = (random.nextDouble() - 0.5) * 0.01;
      this.noise = 0.02 + 0.05 * random.nextDouble();
    }

    /** The value of the quarter at an index. */
    Value value(int quarter) {
      double factor = Math.max(0.05, 1 + trendPerQuarter * quarter + noise * random.nextGaussian());
      return switch (metric.measureType()) {
        case COUNT -> Count.of(Math.round(level * factor * population / 1_000.0));
        case PROPORTION -> proportion(factor);
        case RATE -> rate(factor);
        case MONEY ->
            Money.of(BigDecimal.valueOf(Math.round(level * factor * population * 5.0), 2));
      };
    }

    private Proportion proportion(double factor) {
      long denominator = 50 + population / 1_000 + random.nextLong(200);
      double share = Math.min(0.98, level * factor);
      return Proportion.of(Math.round(share * denominator), denominator);
    }

    private Rate rate(double factor) {
      double perHead = level * factor * 40.0 / 100_000.0 * (metric.unit().multiplier() == 1_000 ? 25 : 1);
      return new Rate(Math.round(perHead * population), population, metric.unit());
    }
  }
}
