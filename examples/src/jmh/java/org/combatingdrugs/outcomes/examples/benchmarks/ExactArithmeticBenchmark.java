package org.combatingdrugs.outcomes.examples.benchmarks;

import java.util.concurrent.TimeUnit;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.calc.Projections;
import org.combatingdrugs.outcomes.examples.SyntheticNationalDataset;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialQuarters;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.ChangeBandsScheme;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Percentage change, run-rate projection and RAG rating, one operation at a time over {@value
 * #N} quarterly counts of the synthetic national dataset, each beside a loop over primitive doubles
 * doing the same arithmetic (the {@code doubles...} benchmarks), which is the baseline of its ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExactArithmeticBenchmark {

  /** The operations of one invocation. */
  static final int N = 1024;

  private static final FinancialYear YEAR = FinancialYear.of(2024);

  private static final ChangeBandsScheme BANDS = SyntheticNationalDataset.CHANGE_BANDS;

  private final Quantity[] then = new Quantity[N];
  private final Quantity[] now = new Quantity[N];
  private final Change[] changes = new Change[N];
  private final ReportingPeriod[] soFar = new ReportingPeriod[N];
  private final double[] thenValues = new double[N];
  private final double[] nowValues = new double[N];
  private final int[] quartersSoFar = new int[N];

  /** Takes pairs of consecutive quarterly counts from the national dataset. */
  public ExactArithmeticBenchmark() {
    long[][] pairs = Workloads.countPairs(N);
    for (int i = 0; i < N; i++) {
      then[i] = Quantity.count(pairs[i][0]);
      now[i] = Quantity.count(pairs[i][1]);
      changes[i] = PercentageChange.between(then[i], now[i]);
      quartersSoFar[i] = 1 + i % 3;
      soFar[i] =
          quartersSoFar[i] == 1
              ? YEAR.quarter(1)
              : FinancialQuarters.of(YEAR.quarter(1), YEAR.quarter(quartersSoFar[i]));
      thenValues[i] = pairs[i][0];
      nowValues[i] = pairs[i][1];
    }
  }

  /** The relative change from one quarter to the next, exactly. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void percentageChange(Blackhole sink) {
    for (int i = 0; i < N; i++) {
      sink.consume(PercentageChange.between(then[i], now[i]).relative());
    }
  }

  /** The baseline of {@link #percentageChange}: the same in doubles. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void doublesPercentageChange(Blackhole sink) {
    for (int i = 0; i < N; i++) {
      sink.consume((nowValues[i] - thenValues[i]) / thenValues[i]);
    }
  }

  /** The year-end value projected from one to three quarters by run rate, by months, exactly. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void runRateProjection(Blackhole sink) {
    for (int i = 0; i < N; i++) {
      sink.consume(Projections.runRate(now[i], soFar[i], YEAR, ElapsedBasis.MONTHS).value());
    }
  }

  /** The baseline of {@link #runRateProjection}: the same in doubles. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void doublesRunRateProjection(Blackhole sink) {
    for (int i = 0; i < N; i++) {
      sink.consume(nowValues[i] / (3.0 * quartersSoFar[i] / 12.0));
    }
  }

  /** The RAG rating of a change by relative change bands (the Dorset scheme), exactly. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void ragRating(Blackhole sink) {
    for (int i = 0; i < N; i++) {
      sink.consume(BANDS.rate(changes[i], Polarity.HIGHER_IS_BETTER));
    }
  }

  /** The baseline of {@link #ragRating}: the improvement and its band in doubles. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void doublesRagRating(Blackhole sink) {
    for (int i = 0; i < N; i++) {
      double improvement = (nowValues[i] - thenValues[i]) / thenValues[i];
      sink.consume(improvement < -0.05 ? 0 : improvement < 0 ? 1 : 2);
    }
  }
}
