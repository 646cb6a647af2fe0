package org.combatingdrugs.outcomes.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.combatingdrugs.outcomes.judgement.Polarity;

class XmrChartProperties {

  @Provide
  Arbitrary<List<Double>> series() {
    return Arbitraries.integers().between(-1000, 1000).map(Integer::doubleValue).list().ofMinSize(2).ofMaxSize(40);
  }

  @Provide
  Arbitrary<Polarity> directions() {
    return Arbitraries.of(Polarity.class);
  }

  private static XmrChart chart(List<Double> values, Polarity direction) {
    return XmrChart.of(values, direction, XmrOptions.defaults());
  }

  @Property
  void shiftingTheSeriesShiftsMeanAndLimitsAndKeepsEveryFlag(
      @ForAll("series") List<Double> values,
      @ForAll @IntRange(min = -1000, max = 1000) int shift,
      @ForAll("directions") Polarity direction) {
    XmrChart original = chart(values, direction);
    XmrChart shifted =
        chart(values.stream().map(v -> v + shift).collect(Collectors.toList()), direction);
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
      assertThat(shifted.points().get(i).specialCause()).isEqualTo(original.points().get(i).specialCause());
      assertThat(shifted.points().get(i).side()).isEqualTo(original.points().get(i).side());
      assertThat(shifted.points().get(i).closeToLimits()).isEqualTo(original.points().get(i).closeToLimits());
      assertThat(shifted.points().get(i).variation()).isEqualTo(original.points().get(i).variation());
    }
  }

  @Property
  void scalingTheSeriesScalesTheLimitsAndKeepsEveryFlag(
      @ForAll("series") List<Double> values,
      @ForAll @IntRange(min = -3, max = 5) int power,
      @ForAll("directions") Polarity direction) {
    double factor = Math.pow(2, power);
    XmrChart original = chart(values, direction);
    XmrChart scaled = chart(values.stream().map(v -> v * factor).collect(Collectors.toList()), direction);
    if (original.limits().get(0).isComputed()) {
      ControlLimits a = original.limits().get(0).orElseThrow();
      ControlLimits b = scaled.limits().get(0).orElseThrow();
      assertThat(b.lower()).isCloseTo(a.lower() * factor, within(1e-9));
      assertThat(b.upper()).isCloseTo(a.upper() * factor, within(1e-9));
    }
    for (int i = 0; i < values.size(); i++) {
      assertThat(scaled.points().get(i).specialCause()).isEqualTo(original.points().get(i).specialCause());
      assertThat(scaled.points().get(i).variation()).isEqualTo(original.points().get(i).variation());
    }
  }

  @Property
  void reversingTheImprovementDirectionSwapsImprovingAndConcerning(@ForAll("series") List<Double> values) {
    XmrChart up = chart(values, Polarity.HIGHER_IS_BETTER);
    XmrChart down = chart(values, Polarity.LOWER_IS_BETTER);
    for (int i = 0; i < values.size(); i++) {
      Variation a = up.points().get(i).variation();
      Variation b = down.points().get(i).variation();
      if (a == Variation.SPECIAL_CAUSE_IMPROVING) {
        assertThat(b).isEqualTo(Variation.SPECIAL_CAUSE_CONCERNING);
      } else if (a == Variation.SPECIAL_CAUSE_CONCERNING) {
        assertThat(b).isEqualTo(Variation.SPECIAL_CAUSE_IMPROVING);
      } else {
        assertThat(b).isEqualTo(Variation.COMMON_CAUSE);
      }
    }
  }
}
