package org.combatingdrugs.outcomes.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.List;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.calc.ChangeFormat;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.junit.jupiter.api.Test;
import org.combatingdrugs.outcomes.result.Result;

class AggregationTest {

  private static final Area BCP = Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE;
  private static final Area DORSET = Areas.DORSET;
  private static final Area PAN_DORSET = Areas.PAN_DORSET_CDP;
  private static final AreaHierarchy HIERARCHY = Areas.hierarchy();
  private static final FinancialYear FY_2022 = FinancialYear.of(2022);

  @Test
  void test_aggregate_panDorsetAdultsInTreatment() {
    Measurement bcp = Measurement.of(NationalMetrics.NUMBERS_IN_TREATMENT, BCP, FY_2022, Count.of(2590));
    Measurement dorset =
        Measurement.of(NationalMetrics.NUMBERS_IN_TREATMENT, DORSET, FY_2022, Count.of(1889))
            .withStatus(DataStatus.PROVISIONAL);
    Aggregate result = Aggregation.aggregate(PAN_DORSET, HIERARCHY, List.of(bcp, dorset)).orElseThrow();
    Measurement panDorset = result.measurement();
    assertThat(panDorset.value()).isEqualTo(Count.of(4479));
    assertThat(panDorset.area()).isEqualTo(PAN_DORSET);
    assertThat(panDorset.status()).isEqualTo(DataStatus.PROVISIONAL);
    assertThat(result.parts()).containsExactly(bcp, dorset);
    Value combinedTarget = Pooling.pool(List.of(Count.of(2700), Count.of(1942))).orElseThrow();
    assertThat(combinedTarget).isEqualTo(Count.of(4642));
    assertThat(
            ChangeFormat.of(1, RoundingMode.HALF_UP)
                .format(PercentageChange.between(panDorset.value(), combinedTarget)))
        .isEqualTo("+3.6% (+163)");
  }

  @Test
  void test_aggregate_policeForceAreaFromItsAuthorities() {
    List<Measurement> parts =
        List.of(
            Measurement.of(NationalMetrics.NUMBERS_IN_TREATMENT, DORSET, FY_2022, Count.of(1889)),
            Measurement.of(NationalMetrics.NUMBERS_IN_TREATMENT, BCP, FY_2022, Count.of(2590)));
    assertThat(
            Aggregation.aggregate(Areas.DORSET_POLICE_FORCE_AREA, Areas.hierarchy(), parts)
                .orElseThrow()
                .measurement()
                .value())
        .isEqualTo(Count.of(4479));
  }

  @Test
  void test_pool_eachKind() {
    assertThat(Pooling.pool(List.of(Proportion.of(181, 400), Proportion.of(60, 100))).orElseThrow())
        .isEqualTo(Proportion.of(241, 500));
    assertThat(Pooling.pool(List.of(Rate.of(30, 200_000, 100_000), Rate.of(25, 189_000, 100_000))).orElseThrow())
        .isEqualTo(Rate.of(55, 389_000, 100_000));
    assertThat(Pooling.pool(List.of(Money.of("23756.50"), Money.of("0.50"))).orElseThrow())
        .isEqualTo(Money.of("23757"));
    assertThat(Pooling.pool(List.of(PublishedPercentage.of("45.2"), PublishedPercentage.of("67.7"))))
        .isEqualTo(Result.notComputed(PoolReason.PUBLISHED_PERCENTAGE_WITHOUT_COUNTS));
    assertThatThrownBy(() -> Pooling.pool(List.of(PublishedPercentage.of("45.2"))).orElseThrow())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "not computed: a value is a published percentage without its counts; percentages cannot be"
                + " pooled, and averaging them would be wrong (PUBLISHED_PERCENTAGE_WITHOUT_COUNTS)");
  }

  @Test
  void test_pool_refusesMixtures() {
    assertThatThrownBy(() -> Pooling.pool(List.of(Count.of(1), Money.of("1"))))
        .hasMessage("values must all be COUNT in count but value 2 (£1) is MONEY in pounds");
    assertThatThrownBy(() -> Pooling.pool(List.of(Rate.of(1, 10, 1000), Rate.of(1, 10, 100_000))))
        .hasMessage(
            "values must all be RATE in per 1,000 but value 2 (10,000.0 per 100,000 (1 in 10)) is RATE in per 100,000");
    assertThat(Pooling.pool(List.of(Proportion.of(1, 2), PublishedPercentage.of("50"))).isComputed())
        .isFalse();
    assertThatThrownBy(() -> Pooling.pool(List.of())).hasMessage("values must not be empty");
    assertThatThrownBy(() -> Pooling.pool(List.of(Count.of(Long.MAX_VALUE), Count.of(1))))
        .hasMessageStartingWith("values must sum within a long");
  }

  @Test
  void test_aggregate_refusesMismatches() {
    Measurement bcp = Measurement.of(NationalMetrics.NUMBERS_IN_TREATMENT, BCP, FY_2022, Count.of(2590));
    Measurement otherMetric = Measurement.of(NationalMetrics.DEATHS_IN_TREATMENT, DORSET, FY_2022, Count.of(5));
    Measurement otherYear =
        Measurement.of(NationalMetrics.NUMBERS_IN_TREATMENT, DORSET, FinancialYear.of(2023), Count.of(1942));
    assertThatThrownBy(() -> Aggregation.aggregate(PAN_DORSET, HIERARCHY, List.of(bcp, otherMetric)))
        .hasMessage("parts must all measure numbers-in-treatment but part 2 measures deaths-in-treatment");
    assertThatThrownBy(() -> Aggregation.aggregate(PAN_DORSET, HIERARCHY, List.of(bcp, otherYear)))
        .hasMessage("parts must all be for 2022/23 but part 2 is for 2023/24");
    assertThatThrownBy(() -> Aggregation.aggregate(PAN_DORSET, HIERARCHY, List.of(bcp)))
        .hasMessageContaining("parts must be for exactly the members of");
    assertThatThrownBy(() -> Aggregation.aggregate(PAN_DORSET, HIERARCHY, List.of(bcp, bcp)))
        .hasMessageContaining("parts must cover each area once");
  }

  @Test
  void test_aggregate_publishedPercentagesSaySo() {
    Measurement bcp =
        Measurement.of(NationalMetrics.CONTINUITY_OF_CARE_PRISON, BCP, FY_2022, PublishedPercentage.of("45.2"));
    Measurement dorset =
        Measurement.of(NationalMetrics.CONTINUITY_OF_CARE_PRISON, DORSET, FY_2022, PublishedPercentage.of("67.7"));
    assertThat(Aggregation.aggregate(PAN_DORSET, HIERARCHY, List.of(bcp, dorset)))
        .isEqualTo(Result.notComputed(PoolReason.PUBLISHED_PERCENTAGE_WITHOUT_COUNTS));
  }
}
