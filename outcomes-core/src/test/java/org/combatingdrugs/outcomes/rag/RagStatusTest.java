package org.combatingdrugs.outcomes.rag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The order of the statuses: green best, red worst. */
class RagStatusTest {

  @Test
  void test_severity_countsUpFromGreen() {
    assertThat(RagStatus.GREEN.severity()).isZero();
    assertThat(RagStatus.AMBER.severity()).isEqualTo(1);
    assertThat(RagStatus.RED.severity()).isEqualTo(2);
  }

  @Test
  void test_worst_isTheMoreSevereWhicheverComesFirst() {
    assertThat(RagStatus.worst(RagStatus.GREEN, RagStatus.RED)).isEqualTo(RagStatus.RED);
    assertThat(RagStatus.worst(RagStatus.RED, RagStatus.GREEN)).isEqualTo(RagStatus.RED);
    assertThat(RagStatus.worst(RagStatus.AMBER, RagStatus.GREEN)).isEqualTo(RagStatus.AMBER);
    assertThat(RagStatus.worst(RagStatus.GREEN, RagStatus.AMBER)).isEqualTo(RagStatus.AMBER);
    assertThat(RagStatus.worst(RagStatus.AMBER, RagStatus.AMBER)).isEqualTo(RagStatus.AMBER);
    for (RagStatus a : RagStatus.values()) {
      for (RagStatus b : RagStatus.values()) {
        RagStatus worst = RagStatus.worst(a, b);
        assertThat(worst.isBetterThan(a) || worst.isBetterThan(b)).as(a + ", " + b).isFalse();
        assertThat(worst == a || worst == b).isTrue();
      }
    }
  }
}
