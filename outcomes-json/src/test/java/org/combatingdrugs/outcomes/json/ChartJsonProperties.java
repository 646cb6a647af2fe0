package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.combatingdrugs.outcomes.aggregate.Aggregate;
import org.combatingdrugs.outcomes.aggregate.Aggregation;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.area.AreaType;
import org.combatingdrugs.outcomes.calc.Observation;
import org.combatingdrugs.outcomes.calc.Projection;
import org.combatingdrugs.outcomes.calc.Projections;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.spc.XmrChart;
import org.combatingdrugs.outcomes.spc.XmrOptions;

/**
 * Over generated projections of every method, XmR charts (rebased, screened or not, fixed or not)
 * and pooled measurements: each reads back equal to what was written, is written the same twice,
 * and a document with one derived number altered is refused at that number's path.
 */
class ChartJsonProperties {

  private static final FinancialYear YEAR = FinancialYear.of(2023);

  @Property(tries = 200)
  void aProjectionReadsBackEqualAndWritesTheSameBytes(@ForAll("projections") Projection projection) {
    assertReadsBack(projection, Projection.class);
  }

  @Property(tries = 200)
  void aChartReadsBackEqualAndWritesTheSameBytes(@ForAll("charts") XmrChart chart) {
    assertReadsBack(chart, XmrChart.class);
  }

  @Property(tries = 200)
  void anAggregateReadsBackEqualAndWritesTheSameBytes(@ForAll("aggregates") Aggregate aggregate) {
    assertReadsBack(aggregate, Aggregate.class);
  }

  @Property(tries = 200)
  void aProjectionWithItsValueAlteredIsRefused(@ForAll("projections") Projection projection) throws Exception {
    ObjectNode tree = tree(projection);
    ObjectNode value = (ObjectNode) tree.get("value");
    value.put("amount", value.get("amount").decimalValue().add(BigDecimal.ONE));
    assertRefusedAt(tree, Projection.class, "$.value");
  }

  @Property(tries = 200)
  void aChartWithOneDerivedNumberAlteredIsRefused(
      @ForAll("charts") XmrChart chart, @ForAll("limitNames") String name) throws Exception {
    ObjectNode tree = tree(chart);
    JsonNode groups = tree.get("groups");
    ObjectNode group = (ObjectNode) groups.get(groups.size() - 1);
    String path = "$.groups[" + (groups.size() - 1) + "]";
    if (group.get("limits").has("reason")) {
      group.put("mean", altered(group.get("mean").doubleValue()));
      path += ".mean";
    } else {
      ObjectNode limits = (ObjectNode) group.get("limits");
      limits.put(name, altered(limits.get(name).doubleValue()));
      path += ".limits." + name;
    }
    assertRefusedAt(tree, XmrChart.class, path);
  }

  @Property(tries = 200)
  void anAggregateWithItsPooledNumberAlteredIsRefused(@ForAll("aggregates") Aggregate aggregate) throws Exception {
    ObjectNode tree = tree(aggregate);
    ObjectNode value = (ObjectNode) tree.get("measurement").get("value");
    String number = value.fieldNames().next();
    value.put(number, value.get(number).longValue() + 1);
    assertRefusedAt(tree, Aggregate.class, "$.measurement.value");
  }

  private static <T> void assertReadsBack(T value, Class<T> type) {
    String written = Json.write(value);
    T read = Json.read(written, type);
    assertThat(read).as(written).isEqualTo(value);
    assertThat(Json.write(read)).isEqualTo(written);
    assertThat(Json.write(value)).isEqualTo(written);
  }

  private static ObjectNode tree(Object value) throws Exception {
    return (ObjectNode) Json.PLAIN.readTree(Json.write(value));
  }

  private static void assertRefusedAt(JsonNode tree, Class<?> type, String path) throws Exception {
    String spoiled = Json.PLAIN.writeValueAsString(tree);
    Throwable thrown = catchThrowable(() -> Json.PLAIN.readValue(spoiled, type));
    assertThat(thrown).as(spoiled).isInstanceOf(OutcomesJsonException.class);
    assertThat(OutcomesJsonException.class.cast(thrown).jsonPath()).as(thrown.getMessage()).isEqualTo(path);
  }

  /** A different double, whatever its size. */
  private static double altered(double x) {
    return x + Math.max(1, Math.abs(x));
  }

  @Provide
  Arbitrary<String> limitNames() {
    return Arbitraries.of("mean", "meanMovingRange", "lower", "upper", "nearLower", "nearUpper");
  }

  @Provide
  Arbitrary<Projection> projections() {
    return Arbitraries.oneOf(runRates(), priorYears(), trends());
  }

  private static Arbitrary<Quantity> additive() {
    Arbitrary<Quantity> counts = Arbitraries.longs().between(0, 1_000_000).map(Quantity::count);
    Arbitrary<Quantity> pounds =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(2)
            .map(p -> Quantity.of(p, Unit.POUNDS));
    return Arbitraries.oneOf(counts, pounds);
  }

  private static Arbitrary<Projection> runRates() {
    Arbitrary<ReportingPeriod> observed =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 4).map(YEAR::quarter),
            Arbitraries.integers().between(0, 11).map(i -> YEAR.months().get(i)));
    return Combinators.combine(additive(), observed, Arbitraries.of(ElapsedBasis.class))
        .as((value, part, basis) -> attempt(() -> Projections.runRate(value, part, YEAR, basis)))
        .filter(Optional::isPresent)
        .map(Optional::get);
  }

  private static Arbitrary<Projection> priorYears() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 100_000),
            Arbitraries.integers().between(1, 4),
            Arbitraries.longs().between(1, 100_000),
            Arbitraries.longs().between(0, 100_000))
        .as(
            (value, quarter, part, more) ->
                Projections.priorYearProfile(
                        Quantity.count(value), YEAR.quarter(quarter), YEAR, Quantity.count(part), Quantity.count(part + more))
                    .orElseThrow())
        .map(Projection.class::cast);
  }

  private static Arbitrary<Projection> trends() {
    Arbitrary<List<Quantity>> counts = Arbitraries.longs().between(0, 10_000).map(Quantity::count).list().ofMinSize(2).ofMaxSize(8);
    Arbitrary<List<Quantity>> percents =
        Arbitraries.integers().between(0, 1000).map(tenths -> Quantity.percent(tenths / 10 + "." + tenths % 10)).list().ofMinSize(2).ofMaxSize(8);
    return Combinators.combine(Arbitraries.oneOf(counts, percents), Arbitraries.integers().between(0, 12))
        .as(
            (values, ahead) -> {
              List<Observation> series = new ArrayList<>();
              ReportingPeriod period = YEAR.quarter(1);
              for (Quantity q : values) {
                series.add(Observation.of(period, q));
                period = period.next();
              }
              ReportingPeriod target = YEAR.quarter(1);
              for (int i = 0; i < values.size() - 1 + ahead; i++) {
                target = target.next();
              }
              return Projections.linearTrend(series, target).value().map(Projection.class::cast);
            })
        .filter(Optional::isPresent)
        .map(Optional::get);
  }

  @Provide
  Arbitrary<XmrChart> charts() {
    Arbitrary<Double> value =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 60).map(Integer::doubleValue),
            Arbitraries.doubles().between(-1e6, 1e6),
            Arbitraries.of(0.1, 0.2, 0.3, 1e-9, 45.2, 67.7));
    Arbitrary<XmrOptions> options =
        Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.integers().between(3, 8),
                Arbitraries.integers().between(3, 8),
                Arbitraries.integers().between(11, 20),
                Arbitraries.integers().between(1, 15))
            .as(
                (screen, trend, shift, fix, below) ->
                    new XmrOptions(screen, trend, shift, fix < 12 ? OptionalInt.empty() : OptionalInt.of(fix), below));
    return Combinators.combine(
            value.list().ofMinSize(1).ofMaxSize(40),
            Arbitraries.of(Polarity.class),
            options,
            Arbitraries.integers().between(1, 39).set().ofMaxSize(3))
        .as(
            (values, polarity, how, rebases) -> {
              List<Integer> at = new ArrayList<>(new TreeSet<>(rebases));
              at.removeIf(i -> i >= values.size());
              return XmrChart.of(values, polarity, how, at);
            });
  }

  @Provide
  Arbitrary<Aggregate> aggregates() {
    Arbitrary<Metric> metric =
        Arbitraries.of(
            Metric.local("arrests", "Arrests", Unit.COUNT, Polarity.HIGHER_IS_BETTER),
            Metric.local("cash", "Cash seized", Unit.POUNDS, Polarity.HIGHER_IS_BETTER),
            Metric.local("share", "Share", Unit.PERCENT, Polarity.LOWER_IS_BETTER));
    return Combinators.combine(
            metric,
            Arbitraries.longs().between(0, 1_000_000).list().ofMinSize(1).ofMaxSize(5),
            Arbitraries.of(DataStatus.class).list().ofSize(5))
        .as(
            (m, numbers, statuses) -> {
              Area composite = Area.of("E99000001", "A partnership", AreaType.COMBATING_DRUGS_PARTNERSHIP);
              List<Area> areas = new ArrayList<>();
              List<Measurement> parts = new ArrayList<>();
              for (int i = 0; i < numbers.size(); i++) {
                Area area = Area.of("E0600000" + i, "Authority " + i, AreaType.LOCAL_AUTHORITY);
                areas.add(area);
                parts.add(new Measurement(m, area, YEAR, value(m.unit(), numbers.get(i)), statuses.get(i)));
              }
              AreaHierarchy hierarchy = AreaHierarchy.empty().compose(composite, areas);
              return Aggregation.aggregate(composite, hierarchy, parts).orElseThrow();
            });
  }

  private static Value value(Unit unit, long n) {
    if (unit.equals(Unit.COUNT)) {
      return Count.of(n);
    }
    if (unit.equals(Unit.POUNDS)) {
      return Money.of(BigDecimal.valueOf(n, 2));
    }
    return Proportion.of(n / 2, n + 1);
  }

  /** The value made, or empty when the core refuses the inputs. */
  private static <T> Optional<T> attempt(Supplier<T> make) {
    try {
      return Optional.of(make.get());
    } catch (IllegalArgumentException refused) {
      return Optional.empty();
    }
  }
}
