package org.combatingdrugs.outcomes.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.combatingdrugs.outcomes.HostileInput.validOrRefused;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.combatingdrugs.outcomes.HostileInput;
import org.combatingdrugs.outcomes.judgement.Polarity;

/**
 * Issue 14's rule for XmR charts: series with values at ±MAX_VALUE, MIN_VALUE, NaN, the
 * infinities and -0.0, alternating far-apart magnitudes, any rebase and any options give a chart
 * whose groups have finite means and ordered limits, whose every point is flagged and printed, or
 * a refusal naming the caller's values, rebase or option, promptly.
 */
class HostileSpcProperties {

  @Property(tries = 200)
  void anySeries_isChartedOrIsRefusedNamingTheValue(
      @ForAll("series") List<Double> values,
      @ForAll("rebases") List<Integer> rebaseAt,
      @ForAll("options") XmrOptions options,
      @ForAll Polarity polarity,
      @ForAll("targets") double target) {
    validOrRefused(
        () -> XmrChart.of(values, polarity, options, rebaseAt),
        chart -> {
          assertThat(chart.points()).hasSameSizeAs(values);
          for (XmrGroup group : chart.groups()) {
            assertThat(group.mean()).isFinite();
            group.limits().value().ifPresent(l -> assertThat(l.lower()).isLessThanOrEqualTo(l.upper()));
            assertThat(group.toString()).startsWith("group " + group.index());
          }
          for (XmrPoint point : chart.points()) {
            assertThat(point.value()).isEqualTo(values.get(point.index()));
            assertThat(point.toString()).startsWith("point " + point.index());
          }
          assertThat(chart.improvementCount() + chart.concernCount() + chart.neutralCount() + chart.commonCauseCount())
              .isEqualTo(values.size());
          validOrRefused(() -> chart.assurance(target), a -> assertThat(a.toString()).isNotBlank(), "target");
        },
        "values",
        "rebaseAt");
  }

  @Property(tries = 100)
  void anyOptions_areOptionsOrAreRefusedNamingTheField(
      @ForAll("ints") int trend, @ForAll("ints") int shift, @ForAll("ints") int fixAfter, @ForAll("ints") int shortBelow) {
    validOrRefused(
        () -> XmrOptions.defaults().withRuns(trend, shift).withBaselineFixedAfter(fixAfter).withShortGroupBelow(shortBelow),
        o -> assertThat(o.fixAfter().getAsInt()).isEqualTo(fixAfter),
        "trendPoints",
        "shiftPoints",
        "fixAfter",
        "shortGroupBelow");
  }

  @Example
  void test_limitsFixedAfterTheLargestInt_inALaterGroup_useTheWholeGroup() {
    List<Double> values = List.of(1.0, 3.0, 2.0, 4.0, 5.0, 7.0, 6.0, 8.0);
    XmrOptions everyPoint = XmrOptions.defaults();
    XmrChart fixed =
        XmrChart.of(
            values, Polarity.HIGHER_IS_BETTER, everyPoint.withBaselineFixedAfter(Integer.MAX_VALUE), List.of(4));
    XmrChart all = XmrChart.of(values, Polarity.HIGHER_IS_BETTER, everyPoint, List.of(4));
    assertThat(fixed.limits()).isEqualTo(all.limits());
    assertThat(fixed.lastGroup().mean()).isEqualTo(6.5);
  }

  @Provide
  Arbitrary<List<Double>> series() {
    Arbitrary<List<Double>> alternating =
        Arbitraries.of(1e308, Double.MAX_VALUE, 1e150, 0x1p500)
            .flatMap(
                big ->
                    Arbitraries.of(1e-308, Double.MIN_VALUE, -big, 0.0, -0.0)
                        .flatMap(small -> Arbitraries.integers().between(1, 20).map(n -> alternate(big, small, n))));
    return Arbitraries.oneOf(
        HostileInput.doubles().list().ofMinSize(0).ofMaxSize(25),
        HostileInput.finiteDoubles().list().ofMinSize(1).ofMaxSize(25),
        alternating);
  }

  private static List<Double> alternate(double big, double small, int n) {
    Double[] values = new Double[n];
    for (int i = 0; i < n; i++) {
      values[i] = i % 2 == 0 ? big : small;
    }
    return List.of(values);
  }

  @Provide
  Arbitrary<List<Integer>> rebases() {
    return Arbitraries.oneOf(
        Arbitraries.just(List.of()),
        Arbitraries.integers().between(-1, 26).list().ofMaxSize(3),
        Arbitraries.of(List.of(1), List.of(12), List.of(Integer.MAX_VALUE), List.of(Integer.MIN_VALUE)));
  }

  @Provide
  Arbitrary<XmrOptions> options() {
    return Arbitraries.of(
        XmrOptions.defaults(),
        XmrOptions.defaults().withScreening(false),
        XmrOptions.defaults().withRuns(3, 3),
        XmrOptions.defaults().withRuns(Integer.MAX_VALUE, Integer.MAX_VALUE),
        XmrOptions.defaults().withBaselineFixedAfter(12),
        XmrOptions.defaults().withBaselineFixedAfter(Integer.MAX_VALUE),
        XmrOptions.defaults().withShortGroupBelow(Integer.MAX_VALUE));
  }

  @Provide
  Arbitrary<Double> targets() {
    return HostileInput.doubles();
  }

  @Provide
  Arbitrary<Integer> ints() {
    return Arbitraries.of(-1, 0, 2, 3, 7, 11, 12, 13, Integer.MAX_VALUE, Integer.MIN_VALUE);
  }
}
