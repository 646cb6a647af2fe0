package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigInteger;
import org.combatingdrugs.outcomes.exact.Exact;
import org.junit.jupiter.api.Test;

class WholeRangeTest {

  @Test
  void test_toString_readsAsAReportSaysIt() {
    assertThat(WholeRange.between(762, 786)).hasToString("762 to 786");
    assertThat(WholeRange.between(17_155, 17_299)).hasToString("17,155 to 17,299");
    assertThat(WholeRange.of(150)).hasToString("150");
    assertThat(WholeRange.atLeast(6001)).hasToString("6,001 or more");
    assertThat(WholeRange.empty()).hasToString("none");
  }

  @Test
  void test_equals_isByTheNumbersHeld() {
    new EqualsTester()
        .addEqualityGroup(
            WholeRange.between(762, 786),
            WholeRange.between(BigInteger.valueOf(762), BigInteger.valueOf(786)))
        .addEqualityGroup(WholeRange.empty(), WholeRange.between(5, 1), WholeRange.between(1, 0))
        .addEqualityGroup(WholeRange.of(150), WholeRange.between(150, 150))
        .addEqualityGroup(WholeRange.atLeast(6001), WholeRange.atLeast(BigInteger.valueOf(6001)))
        .testEquals();
  }

  @Test
  void test_accessors_sayWhatIsInTheRange() {
    WholeRange bases = WholeRange.between(762, 786);
    assertThat(bases.size()).contains(BigInteger.valueOf(25));
    assertThat(bases.lowest()).contains(BigInteger.valueOf(762));
    assertThat(bases.highest()).contains(BigInteger.valueOf(786));
    assertThat(bases.contains(762)).isTrue();
    assertThat(bases.contains(786)).isTrue();
    assertThat(bases.contains(787)).isFalse();
    assertThat(bases.contains(Exact.of(774))).isTrue();
    assertThat(bases.contains(Exact.of(1549, 2))).isFalse();
    assertThat(WholeRange.empty().size()).contains(BigInteger.ZERO);
    assertThat(WholeRange.empty().lowest()).isEmpty();
    assertThat(WholeRange.empty().contains(0)).isFalse();
    assertThat(WholeRange.empty().isBounded()).isTrue();
    WholeRange above = WholeRange.atLeast(6001);
    assertThat(above.isBounded()).isFalse();
    assertThat(above.size()).isEmpty();
    assertThat(above.highest()).isEmpty();
    assertThat(above.contains(Long.MAX_VALUE)).isTrue();
  }

  @Test
  void test_intersection_keepsWhatBothHold() {
    assertThat(WholeRange.between(762, 786).intersection(WholeRange.atLeast(780)))
        .isEqualTo(WholeRange.between(780, 786));
    assertThat(WholeRange.atLeast(5).intersection(WholeRange.atLeast(9)))
        .isEqualTo(WholeRange.atLeast(9));
    assertThat(WholeRange.between(1, 4).intersection(WholeRange.between(5, 9)))
        .isEqualTo(WholeRange.empty());
    assertThat(WholeRange.empty().intersection(WholeRange.atLeast(1)))
        .isEqualTo(WholeRange.empty());
  }

  @Test
  void test_between_refusesEndsOfMoreThan200Digits() {
    BigInteger huge = BigInteger.TEN.pow(200);
    assertThatThrownBy(() -> WholeRange.between(huge, huge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lower must be within ±10^200 but had 201 digits");
    assertThatThrownBy(() -> WholeRange.atLeast(huge.negate()))
        .hasMessage("lower must be within ±10^200 but had 201 digits");
  }
}
