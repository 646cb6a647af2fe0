package org.combatingdrugs.outcomes.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.ARRESTS;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.CARE;
import static org.combatingdrugs.outcomes.assess.DorsetJuly2023.LAST_YEAR;

import java.util.Optional;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.stats.ChangeSignificance;
import org.combatingdrugs.outcomes.stats.ConfidenceLevel;
import org.combatingdrugs.outcomes.stats.IntervalMethod;
import org.combatingdrugs.outcomes.stats.PoissonChange;
import org.junit.jupiter.api.Test;

/**
 * Which test a change goes to, by the kind of its two values: counts and rates to the exact
 * conditional binomial test (while their total fits it), proportions to Newcombe's interval.
 */
class SignificanceByKindTest {

  private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;

  private static final Metric RATE =
      Metric.local("admissions", "Admissions", Unit.ratePer(100_000), Polarity.LOWER_IS_BETTER);

  private static Optional<Measurement> earlier(Metric metric, Value value) {
    return Optional.of(Measurement.of(metric, Areas.DORSET, LAST_YEAR, value));
  }

  @Test
  void test_rates_goToTheConditionalTest() {
    // 100 → 150 events in equal populations: 150 of 250 against an even split, p ≈ 0.002.
    ChangeSignificance rise =
        Uncertainty.significance(earlier(RATE, Rate.of(100, 100_000, 100_000)), Rate.of(150, 100_000, 100_000), P95)
            .orElseThrow();
    assertThat(rise.method()).isEqualTo(IntervalMethod.CONDITIONAL_BINOMIAL);
    assertThat(rise.direction()).isEqualTo(Direction.UP);
    assertThat(Uncertainty.significance(earlier(RATE, Rate.of(0, 1000, 100_000)), Rate.of(0, 1000, 100_000), P95).reason())
        .contains(AssessmentReason.NO_EVENTS);
  }

  @Test
  void test_proportions_goToNewcombe() {
    // 45.2% → 60.0% of 250 each: a difference of 14.8 points, about 3.3 standard errors.
    ChangeSignificance rise =
        Uncertainty.significance(earlier(CARE, Proportion.of(113, 250)), Proportion.of(150, 250), P95).orElseThrow();
    assertThat(rise.method()).isEqualTo(IntervalMethod.NEWCOMBE_HYBRID_SCORE);
    assertThat(rise.direction()).isEqualTo(Direction.UP);
  }

  @Test
  void test_counts_noneAtAllOrMoreThanTheExactTestTakes() {
    assertThat(Uncertainty.significance(earlier(ARRESTS, Count.of(0)), Count.of(0), P95).reason())
        .contains(AssessmentReason.NO_EVENTS);
    long half = PoissonChange.MAX_TOTAL / 2;
    assertThat(Uncertainty.significance(earlier(ARRESTS, Count.of(half)), Count.of(PoissonChange.MAX_TOTAL - half), P95).isComputed())
        .isTrue();
    assertThat(Uncertainty.significance(earlier(ARRESTS, Count.of(half + 1)), Count.of(PoissonChange.MAX_TOTAL - half), P95).reason())
        .contains(AssessmentReason.COUNTS_BEYOND_EXACT_TEST);
    assertThat(Uncertainty.significance(Optional.empty(), Count.of(5), P95).reason())
        .contains(AssessmentReason.NO_TEST_FOR_COMPARISON);
  }
}
