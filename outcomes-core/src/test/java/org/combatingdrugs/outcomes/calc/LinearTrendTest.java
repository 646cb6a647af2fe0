package org.combatingdrugs.outcomes.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.combatingdrugs.outcomes.exact.Exact;
import org.junit.jupiter.api.Test;

/** An exact least-squares line: hand-computed fits and each refusal by name. */
class LinearTrendTest {

  private static List<Exact> exact(long... values) {
    return Arrays.stream(values).mapToObj(Exact::of).toList();
  }

  @Test
  void test_fit_handComputed() {
    // x = 1, 2, 3; y = 2, 3, 5: mean x 2, mean y 10/3, Sxx 2, Sxy 3, slope 3/2, intercept 1/3.
    LinearTrend line = LinearTrend.fit(exact(1, 2, 3), exact(2, 3, 5));
    assertThat(line.slope()).isEqualTo(Exact.of(3, 2));
    assertThat(line.intercept()).isEqualTo(Exact.of(1, 3));
    assertThat(line.toString()).isEqualTo("y = 1/3 + 1.5 × x");
  }

  @Test
  void test_toString_signOfTheSlope() {
    assertThat(LinearTrend.fit(exact(0, 1), exact(4, 1)).toString()).isEqualTo("y = 4 − 3 × x");
    assertThat(LinearTrend.fit(exact(0, 1), exact(4, 4)).toString()).isEqualTo("y = 4 + 0 × x");
  }

  @Test
  void test_fit_refusesEachBadInputByName() {
    assertThatThrownBy(() -> LinearTrend.fit(exact(1, 2), exact(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ys must have as many values as xs (2) but had 1");
    assertThatThrownBy(() -> LinearTrend.fit(exact(1), exact(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("xs must hold at least two points but held 1");
    assertThatThrownBy(() -> LinearTrend.fit(exact(3, 3), exact(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("xs must hold at least two distinct values but were");
  }
}
