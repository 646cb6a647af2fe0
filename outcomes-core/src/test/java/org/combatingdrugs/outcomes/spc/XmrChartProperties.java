package org.combatingdrugs.outcomes.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.combatingdrugs.outcomes.judgement.Polarity;

class XmrChartProperties {

  /**
   * Series of 1 to 40 points, short (below 13) and long: independent noise, a steady process that
   * steps to a new level part-way (points outside the limits, close to them, shifts), a steady
   * process with a strictly rising or falling run in it (trends), and constant series (no
   * variation to bound).
   */
  @Provide
  Arbitrary<List<Double>> series() {
    Arbitrary<Double> values = Arbitraries.integers().between(-1000, 1000).map(Integer::doubleValue);
    Arbitrary<List<Double>> noise = values.list().ofMinSize(1).ofMaxSize(40);
    Arbitrary<List<Double>> steady =
        Arbitraries.integers().between(-10, 10).map(Integer::doubleValue).list().ofMinSize(2).ofMaxSize(40);
    Arbitrary<Integer> steps =
        Arbitraries.oneOf(Arbitraries.integers().between(-40, 40), Arbitraries.integers().between(-1000, 1000));
    Arbitrary<List<Double>> stepped =
        Combinators.combine(steady, steps, Arbitraries.integers().between(0, 100))
            .as(
                (base, step, percent) -> {
                  int at = base.size() * percent / 100;
                  List<Double> out = new ArrayList<>(base);
                  for (int i = at; i < out.size(); i++) {
                    out.set(i, out.get(i) + step);
                  }
                  return out;
                });
    Arbitrary<List<Integer>> run =
        Arbitraries.integers().between(1, 30).list().ofMinSize(6).ofMaxSize(12);
    Arbitrary<List<Double>> trending =
        Combinators.combine(steady, run, Arbitraries.of(-1, 1), Arbitraries.integers().between(0, 100))
            .as(
                (base, increments, sign, percent) -> {
                  List<Double> out = new ArrayList<>(base);
                  int at = base.size() * percent / 100;
                  double level = at > 0 ? out.get(at - 1) : 0;
                  List<Double> ramp = new ArrayList<>();
                  for (int increment : increments) {
                    level += sign * increment;
                    ramp.add(level);
                  }
                  out.addAll(at, ramp);
                  return new ArrayList<>(out.subList(0, Math.min(out.size(), 40)));
                });
    Arbitrary<List<Double>> constant =
        Combinators.combine(values, Arbitraries.integers().between(1, 40)).as((v, n) -> Collections.nCopies(n, v));
    return Arbitraries.frequencyOf(
        Tuple.of(4, noise), Tuple.of(3, stepped), Tuple.of(2, trending), Tuple.of(1, constant));
  }

  @Provide
  Arbitrary<Polarity> directions() {
    return Arbitraries.of(Polarity.class);
  }

  private static XmrChart chart(List<Double> values, Polarity direction) {
    return XmrChart.of(values, direction, XmrOptions.defaults());
  }

  /**
   * Fails the property unless its series reach short and long groups, every way limits can turn
   * out, and every special-cause rule.
   */
  private static void coverSeries(XmrChart chart) {
    coverSeries(chart, true);
  }

  /**
   * As {@link #coverSeries(XmrChart)}; a series without repeated neighbours can hold no constant
   * run, so only a single point leaves its limits uncomputed.
   */
  private static void coverSeries(XmrChart chart, boolean constantsPossible) {
    Statistics.label("length")
        .collect(chart.points().size() < XmrOptions.SHORT_GROUP_BELOW ? "short" : "long");
    Statistics.label("limits").collect(chart.limits().get(0).reason().map(Enum::name).orElse("computed"));
    for (XmrPoint point : chart.points()) {
      Statistics.label("rule").collect(point.rule().map(Enum::name).orElse("common cause"));
    }
    Statistics.label("length").coverage(checker -> {
      checker.check("short").count(c -> c > 0);
      checker.check("long").count(c -> c > 0);
    });
    Statistics.label("limits").coverage(checker -> {
      checker.check("computed").percentage(p -> p > 50);
      if (constantsPossible) {
        checker.check(LimitsReason.NO_VARIATION.name()).count(c -> c > 0);
      }
      checker.check(LimitsReason.TOO_FEW_POINTS.name()).count(c -> c > 0);
    });
    Statistics.label("rule").coverage(checker -> {
      for (SpecialCauseRule rule : SpecialCauseRule.values()) {
        checker.check(rule.name()).count(c -> c > 0);
      }
    });
  }

  /** Fails the property unless it is tried under every polarity. */
  private static void coverPolarity(Polarity direction) {
    Statistics.label("polarity").collect(direction);
    Statistics.label("polarity").coverage(checker -> {
      for (Polarity polarity : Polarity.values()) {
        checker.check(polarity).count(c -> c > 0);
      }
    });
  }

  private static void assertSameFlags(XmrPoint actual, XmrPoint expected) {
    assertThat(actual.specialCause()).isEqualTo(expected.specialCause());
    assertThat(actual.side()).isEqualTo(expected.side());
    assertThat(actual.outsideLimits()).isEqualTo(expected.outsideLimits());
    assertThat(actual.closeToLimits()).isEqualTo(expected.closeToLimits());
    assertThat(actual.variation()).isEqualTo(expected.variation());
  }

  /**
   * Whether no value lies within a millionth of a limit or near-limit line. The limits are
   * {@code mean ± 2.66·mR} in binary floating point, so a value that lies on one exactly in decimal
   * falls either side of it by an ulp, and a shifted series may fall the other way; such ties say
   * nothing about the rules.
   */
  private static boolean clearOfLimits(List<Double> values, XmrChart chart) {
    return chart.limits().get(0).value().map(l -> values.stream().allMatch(v ->
            Math.abs(v - l.lower()) > 1e-6
                && Math.abs(v - l.upper()) > 1e-6
                && Math.abs(v - l.nearLower()) > 1e-6
                && Math.abs(v - l.nearUpper()) > 1e-6))
        .orElse(true);
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void shiftingTheSeriesShiftsMeanAndLimitsAndKeepsEveryFlag(
      @ForAll("series") List<Double> values,
      @ForAll @IntRange(min = -1000, max = 1000) int shift,
      @ForAll("directions") Polarity direction) {
    XmrChart original = chart(values, direction);
    coverSeries(original);
    coverPolarity(direction);
    XmrChart shifted =
        chart(values.stream().map(v -> v + shift).collect(Collectors.toList()), direction);
    Assume.that(clearOfLimits(values, original));
    if (original.limits().get(0).isComputed()) {
      ControlLimits a = original.limits().get(0).orElseThrow();
      ControlLimits b = shifted.limits().get(0).orElseThrow();
      assertThat(b.mean()).isCloseTo(a.mean() + shift, within(1e-9));
      assertThat(b.lower()).isCloseTo(a.lower() + shift, within(1e-9));
      assertThat(b.upper()).isCloseTo(a.upper() + shift, within(1e-9));
    } else {
      assertThat(shifted.limits().get(0).reason()).isEqualTo(original.limits().get(0).reason());
      assertThat(shifted.groups().get(0).mean())
          .isCloseTo(original.groups().get(0).mean() + shift, within(1e-9));
    }
    for (int i = 0; i < values.size(); i++) {
      assertSameFlags(shifted.points().get(i), original.points().get(i));
    }
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void scalingTheSeriesByAPowerOfTwoScalesTheLimitsAndKeepsEveryFlag(
      @ForAll("series") List<Double> values,
      @ForAll @IntRange(min = -3, max = 5) int power,
      @ForAll("directions") Polarity direction) {
    double factor = Math.pow(2, power);
    XmrChart original = chart(values, direction);
    coverSeries(original);
    coverPolarity(direction);
    XmrChart scaled = chart(values.stream().map(v -> v * factor).collect(Collectors.toList()), direction);
    if (original.limits().get(0).isComputed()) {
      ControlLimits a = original.limits().get(0).orElseThrow();
      ControlLimits b = scaled.limits().get(0).orElseThrow();
      assertThat(b.lower()).isCloseTo(a.lower() * factor, within(1e-9));
      assertThat(b.upper()).isCloseTo(a.upper() * factor, within(1e-9));
    } else {
      assertThat(scaled.limits().get(0).reason()).isEqualTo(original.limits().get(0).reason());
    }
    for (int i = 0; i < values.size(); i++) {
      assertSameFlags(scaled.points().get(i), original.points().get(i));
    }
  }

  /** Counts in other units (×k): the centre line, moving range and limits all scale by k. */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void scalingTheSeriesByAnyFactorScalesMeanMovingRangeAndLimits(
      @ForAll("series") List<Double> values,
      @ForAll @IntRange(min = 1, max = 1000) int k,
      @ForAll("directions") Polarity direction) {
    XmrChart original = chart(values, direction);
    coverSeries(original);
    coverPolarity(direction);
    XmrChart scaled = chart(values.stream().map(v -> v * k).collect(Collectors.toList()), direction);
    assertThat(scaled.groups().get(0).mean()).isCloseTo(original.groups().get(0).mean() * k, within(1e-9 * k));
    assertThat(scaled.limits().get(0).isComputed()).isEqualTo(original.limits().get(0).isComputed());
    original.limits().get(0).value().ifPresent(a -> {
      ControlLimits b = scaled.limits().get(0).orElseThrow();
      assertThat(b.meanMovingRange()).isCloseTo(a.meanMovingRange() * k, within(1e-9 * k));
      assertThat(b.lower()).isCloseTo(a.lower() * k, within(1e-9 * k));
      assertThat(b.upper()).isCloseTo(a.upper() * k, within(1e-9 * k));
      assertThat(b.nearLower()).isCloseTo(a.nearLower() * k, within(1e-9 * k));
      assertThat(b.nearUpper()).isCloseTo(a.nearUpper() * k, within(1e-9 * k));
    });
  }

  @Property
  @StatisticsReport(onFailureOnly = true)
  void reversingTheImprovementDirectionSwapsImprovingAndConcerning(@ForAll("series") List<Double> values) {
    XmrChart up = chart(values, Polarity.HIGHER_IS_BETTER);
    coverSeries(up);
    XmrChart down = chart(values, Polarity.LOWER_IS_BETTER);
    XmrChart neutral = chart(values, Polarity.NO_JUDGEMENT);
    for (int i = 0; i < values.size(); i++) {
      Variation a = up.points().get(i).variation();
      Variation b = down.points().get(i).variation();
      Variation n = neutral.points().get(i).variation();
      if (a == Variation.SPECIAL_CAUSE_IMPROVING) {
        assertThat(b).isEqualTo(Variation.SPECIAL_CAUSE_CONCERNING);
        assertThat(n).isEqualTo(Variation.SPECIAL_CAUSE_NEUTRAL_HIGH);
      } else if (a == Variation.SPECIAL_CAUSE_CONCERNING) {
        assertThat(b).isEqualTo(Variation.SPECIAL_CAUSE_IMPROVING);
        assertThat(n).isEqualTo(Variation.SPECIAL_CAUSE_NEUTRAL_LOW);
      } else {
        assertThat(b).isEqualTo(Variation.COMMON_CAUSE);
        assertThat(n).isEqualTo(Variation.COMMON_CAUSE);
      }
      assertThat(down.points().get(i).specialCause()).isEqualTo(up.points().get(i).specialCause());
    }
    assertThat(down.improvementCount()).isEqualTo(up.concernCount());
    assertThat(neutral.neutralCount()).isEqualTo(up.improvementCount() + up.concernCount());
  }

  /**
   * Turning the series upside down and reversing the polarity leaves every judgement as it was:
   * each point lies on the other side of the negated mean, every rule fires for the same points,
   * and an improvement stays an improvement (a neutral high becomes a neutral low).
   *
   * <p>Series are taken without equal neighbours: where two trends meet at a flat step,
   * NHSRplotthedots (and so this library) reads the step as a fall whichever way the runs go
   * ({@code ifelse(sdy == 1, "In", "De")}), which is not symmetric; see XmrRulesTest.
   */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void negatingTheSeriesAndReversingThePolarityKeepsEveryJudgement(
      @ForAll("series") List<Double> series, @ForAll("directions") Polarity direction) {
    List<Double> values = withoutRepeats(series);
    XmrChart original = chart(values, direction);
    coverSeries(original, false);
    coverPolarity(direction);
    XmrChart mirrored =
        chart(values.stream().map(v -> -v).collect(Collectors.toList()), direction.reversed());
    for (int i = 0; i < values.size(); i++) {
      XmrPoint a = original.points().get(i);
      XmrPoint b = mirrored.points().get(i);
      assertThat(b.rule()).isEqualTo(a.rule());
      assertThat(b.side()).isEqualTo(mirror(a.side()));
      assertThat(b.outsideLimits()).isEqualTo(a.outsideLimits());
      assertThat(b.closeToLimits()).isEqualTo(a.closeToLimits());
      assertThat(b.variation()).isEqualTo(mirror(a.variation()));
    }
    original.limits().get(0).value().ifPresent(a -> {
      ControlLimits b = mirrored.limits().get(0).orElseThrow();
      assertThat(b.mean()).isCloseTo(-a.mean(), within(0.0));
      assertThat(b.lower()).isCloseTo(-a.upper(), within(0.0));
      assertThat(b.upper()).isCloseTo(-a.lower(), within(0.0));
    });
  }

  private static List<Double> withoutRepeats(List<Double> values) {
    List<Double> out = new ArrayList<>();
    for (Double value : values) {
      if (out.isEmpty() || !out.get(out.size() - 1).equals(value)) {
        out.add(value);
      }
    }
    return out;
  }

  private static Side mirror(Side side) {
    return side == Side.ABOVE ? Side.BELOW : side == Side.BELOW ? Side.ABOVE : Side.ON_MEAN;
  }

  private static Variation mirror(Variation variation) {
    return switch (variation) {
      case SPECIAL_CAUSE_NEUTRAL_HIGH -> Variation.SPECIAL_CAUSE_NEUTRAL_LOW;
      case SPECIAL_CAUSE_NEUTRAL_LOW -> Variation.SPECIAL_CAUSE_NEUTRAL_HIGH;
      default -> variation;
    };
  }

  /**
   * Each group between rebases is charted as if it stood alone: its mean, its limits and every
   * flag of its points are those of a chart of its points only.
   */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void aRebasedGroupIsChartedAsIfItStoodAlone(
      @ForAll("series") List<Double> values,
      @ForAll @IntRange(min = 1, max = 39) int at,
      @ForAll("directions") Polarity direction) {
    XmrChart whole = chart(values, direction);
    coverSeries(whole);
    coverPolarity(direction);
    int split = 1 + (at - 1) % Math.max(1, values.size() - 1);
    if (values.size() < 2) {
      return;
    }
    XmrChart rebased = XmrChart.of(values, direction, XmrOptions.defaults(), List.of(split));
    XmrChart before = chart(values.subList(0, split), direction);
    XmrChart after = chart(values.subList(split, values.size()), direction);
    assertThat(rebased.groups()).hasSize(2);
    assertThat(rebased.limits()).containsExactly(before.limits().get(0), after.limits().get(0));
    assertThat(rebased.groups().get(0).mean()).isEqualTo(before.groups().get(0).mean());
    assertThat(rebased.groups().get(1).mean()).isEqualTo(after.groups().get(0).mean());
    assertThat(rebased.groups().get(1).shortGroup()).isEqualTo(after.hasShortGroup());
    for (int i = 0; i < values.size(); i++) {
      XmrPoint alone = i < split ? before.points().get(i) : after.points().get(i - split);
      assertSameFlags(rebased.points().get(i), alone);
      assertThat(rebased.points().get(i).group()).isEqualTo(i < split ? 0 : 1);
    }
  }

  /** The limits do not depend on the order of time: the series read backwards has the same ones. */
  @Property
  @StatisticsReport(onFailureOnly = true)
  void readingTheSeriesBackwardsKeepsMeanAndLimits(
      @ForAll("series") List<Double> values, @ForAll("directions") Polarity direction) {
    XmrChart forwards = chart(values, direction);
    coverSeries(forwards);
    coverPolarity(direction);
    List<Double> reversed = new ArrayList<>(values);
    Collections.reverse(reversed);
    XmrChart backwards = chart(reversed, direction);
    assertThat(backwards.groups().get(0).mean()).isCloseTo(forwards.groups().get(0).mean(), within(1e-9));
    assertThat(backwards.limits().get(0).reason()).isEqualTo(forwards.limits().get(0).reason());
    forwards.limits().get(0).value().ifPresent(a -> {
      ControlLimits b = backwards.limits().get(0).orElseThrow();
      assertThat(b.meanMovingRange()).isCloseTo(a.meanMovingRange(), within(1e-9));
      assertThat(b.lower()).isCloseTo(a.lower(), within(1e-9));
      assertThat(b.upper()).isCloseTo(a.upper(), within(1e-9));
    });
  }
}
