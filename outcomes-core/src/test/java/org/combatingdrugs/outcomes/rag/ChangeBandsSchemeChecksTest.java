package org.combatingdrugs.outcomes.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.junit.jupiter.api.Test;

/** Each way a set of change bands can fail to cover every change once, in order, named by band. */
class ChangeBandsSchemeChecksTest {

  private static final Exact MINUS_FIVE = Exact.of(-5);
  private static final Exact FIVE = Exact.of(5);

  private static ChangeBandsScheme of(ChangeBand... bands) {
    return ChangeBandsScheme.of(ChangeMeasure.RELATIVE, List.of(bands));
  }

  @Test
  void test_bands_aValidSchemeOfThree() {
    ChangeBandsScheme scheme =
        of(
            ChangeBand.below(MINUS_FIVE, RagStatus.RED),
            ChangeBand.between(MINUS_FIVE, Exact.ZERO, RagStatus.AMBER),
            ChangeBand.atLeast(Exact.ZERO, RagStatus.GREEN));
    assertThat(scheme.bands()).hasSize(3);
    assertThat(of(ChangeBand.everything(RagStatus.GREEN)).bands()).hasSize(1);
  }

  @Test
  void test_bands_refusedOutOfOrderOrStartingTogether() {
    assertThatThrownBy(() -> ChangeBandsScheme.of(ChangeMeasure.RELATIVE, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bands must not be empty");
    assertThatThrownBy(() -> of(ChangeBand.atLeast(Exact.ZERO, RagStatus.GREEN), ChangeBand.below(MINUS_FIVE, RagStatus.RED)))
        .hasMessage(
            "bands must be in increasing order of improvement but band 2 (-∞, -5) → RED does not start above"
                + " band 1 [0, +∞) → GREEN");
    assertThatThrownBy(
            () ->
                of(
                    ChangeBand.below(Exact.ZERO, RagStatus.RED),
                    ChangeBand.between(Exact.ZERO, FIVE, RagStatus.AMBER),
                    ChangeBand.between(Exact.ZERO, Exact.of(10), RagStatus.GREEN),
                    ChangeBand.atLeast(Exact.of(10), RagStatus.GREEN)))
        .hasMessage(
            "bands must be in increasing order of improvement but band 3 [0, 10) → GREEN does not start above"
                + " band 2 [0, 5) → AMBER");
  }

  @Test
  void test_bands_refusedLeavingAnEndOpenOrClosed() {
    assertThatThrownBy(() -> of(ChangeBand.between(MINUS_FIVE, Exact.ZERO, RagStatus.RED), ChangeBand.atLeast(Exact.ZERO, RagStatus.GREEN)))
        .hasMessage("band 1 [-5, 0) → RED must be open below (cover every improvement down to minus infinity)");
    assertThatThrownBy(() -> of(ChangeBand.below(Exact.ZERO, RagStatus.RED), ChangeBand.between(Exact.ZERO, FIVE, RagStatus.GREEN)))
        .hasMessage("band 2 [0, 5) → GREEN must be open above (cover every improvement up to plus infinity)");
    assertThatThrownBy(
            () ->
                of(
                    ChangeBand.below(Exact.ZERO, RagStatus.RED),
                    ChangeBand.atLeast(Exact.ZERO, RagStatus.AMBER),
                    ChangeBand.atLeast(FIVE, RagStatus.GREEN)))
        .hasMessage("band 2 [0, +∞) → AMBER must have an upper end: only the last band may be open above");
  }

  @Test
  void test_bands_refusedWithAGapAnOverlapOrGettingBetterAsImprovementFalls() {
    assertThatThrownBy(() -> of(ChangeBand.below(Exact.ZERO, RagStatus.RED), ChangeBand.atLeast(Exact.ONE, RagStatus.GREEN)))
        .hasMessage("bands must leave no gap but band 2 starts at 1 while band 1 ends at 0");
    assertThatThrownBy(() -> of(ChangeBand.below(Exact.ONE, RagStatus.RED), ChangeBand.atLeast(Exact.ZERO, RagStatus.GREEN)))
        .hasMessage("bands must not overlap but band 2 starts at 0 while band 1 ends at 1");
    assertThatThrownBy(() -> of(ChangeBand.below(Exact.ZERO, RagStatus.GREEN), ChangeBand.atLeast(Exact.ZERO, RagStatus.RED)))
        .hasMessage("status must never get better as improvement falls but band 1 is GREEN below band 2 which is RED");
  }

  @Test
  void test_points_onlyForAChangeBetweenPercentages() {
    ChangeBandsScheme points = ChangeBandsScheme.of(ChangeMeasure.POINTS, List.of(ChangeBand.everything(RagStatus.GREEN)));
    Metric arrests = Metric.local("arrests", "Arrests", Unit.COUNT, Polarity.HIGHER_IS_BETTER);
    assertThatThrownBy(() -> points.rate(PercentageChange.between(Quantity.count(80), Quantity.count(152)), arrests))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("change must be between percentages to be rated in points but its unit was ");
  }
}
