package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.junit.jupiter.api.Test;

class ImpliedRangesTest {

  private static PrintedFigure p(String text) {
    return PrintedFigure.parse(text);
  }

  @Test
  void test_basesOfChangeCount_edges() {
    // 0.0% stands for (-0.05%, 0.05%): 300/b < 0.05 needs b > 6,000, and every base above fits.
    assertThat(ImpliedRanges.basesOfChangeCount(p("0.0%"), p("(+3)")))
        .isEqualTo(WholeRange.atLeast(6001));
    assertThat(ImpliedRanges.basesOfChangeCount(p("0%"), p("(0)")))
        .isEqualTo(WholeRange.atLeast(1));
    assertThat(ImpliedRanges.basesOfChangeCount(p("+3.1%"), p("(0)")))
        .isEqualTo(WholeRange.empty());
    assertThat(ImpliedRanges.basesOfChangeCount(p("+3.1%"), p("(-24)")))
        .isEqualTo(WholeRange.empty());
    // -100% (-24): the base 24, falling to 0.
    assertThat(ImpliedRanges.basesOfChangeCount(p("-100%"), p("(-24)")))
        .isEqualTo(WholeRange.of(24));
    assertThat(ImpliedRanges.basesOfChangeCount(p("+3.1%"), p("(+£24)")))
        .isEqualTo(WholeRange.between(762, 786));
  }

  @Test
  void test_basesAndCurrentsOfChange() {
    assertThat(ImpliedRanges.basesOfChange(p("40%"), p("210"))).isEqualTo(WholeRange.of(150));
    assertThat(ImpliedRanges.basesOfChange(p("-100%"), p("0"))).isEqualTo(WholeRange.atLeast(1));
    assertThat(ImpliedRanges.currentsOfChange(p("40%"), p("150"))).isEqualTo(WholeRange.of(210));
    // +33% of 10 is 13.25 to 13.35: no whole later value.
    assertThat(ImpliedRanges.currentsOfChange(p("33%"), p("10"))).isEqualTo(WholeRange.empty());
  }

  @Test
  void test_populationsTotalsAndCounts() {
    assertThat(ImpliedRanges.populationsOfRate(p("7.8 per 1,000"), p("8,178")))
        .isEqualTo(WholeRange.between(1_041_784, 1_055_225));
    assertThat(ImpliedRanges.populationsOfRate(p("0.0 per 1,000"), p("0")))
        .isEqualTo(WholeRange.atLeast(1));
    assertThat(ImpliedRanges.totalsOfShare(p("57.7%"), p("150"))).isEqualTo(WholeRange.of(260));
    assertThat(ImpliedRanges.totalsOfShare(p("100%"), p("19"))).isEqualTo(WholeRange.of(19));
    assertThat(ImpliedRanges.countsOfShare(p("65%"), p("20"))).isEqualTo(WholeRange.of(13));
    assertThat(ImpliedRanges.countsOfShare(p("73.9%"), p("114"))).isEqualTo(WholeRange.empty());
    assertThat(ImpliedRanges.countsOfShare(p("0%"), p("20"))).isEqualTo(WholeRange.of(0));
  }

  @Test
  void test_refusesFiguresOfTheWrongKind() {
    assertThatThrownBy(() -> ImpliedRanges.basesOfChangeCount(p("-3.1"), p("(-24)")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent must be a percentage such as 7.4% but was '-3.1'");
    assertThatThrownBy(() -> ImpliedRanges.basesOfChangeCount(p("-3.1%"), p("(-2.4k)")))
        .hasMessage(
            "count must be a whole number or amount of pounds printed in full, such as 24 or (-24),"
                + " but was '(-2.4k)'");
    assertThatThrownBy(() -> ImpliedRanges.basesOfChangeCount(p("-3.1%"), p("-3.1%")))
        .hasMessageStartingWith("count must be a whole number");
    assertThatThrownBy(() -> ImpliedRanges.populationsOfRate(p("7.8%"), p("8,178")))
        .hasMessage("rate must be a rate such as 7.8 per 1,000 but was '7.8%'");
    assertThatThrownBy(() -> ImpliedRanges.totalsOfShare(p("57.7%"), p("-150")))
        .hasMessage("count must be 0 or more but was '-150'");
    assertThatThrownBy(() -> ImpliedRanges.countsOfShare(p("57.7%"), p("0")))
        .hasMessage("total must be above 0 but was '0'");
    assertThatThrownBy(() -> ImpliedRanges.currentsOfChange(p("5%"), p("0")))
        .hasMessage("base must be above 0 but was '0'");
  }
}
