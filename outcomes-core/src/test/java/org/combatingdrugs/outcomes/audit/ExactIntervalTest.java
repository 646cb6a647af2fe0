package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.RoundingMode;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.junit.jupiter.api.Test;

class ExactIntervalTest {

  private static ExactInterval printing(String figure, RoundingMode mode) {
    return ExactInterval.printing(PrintedFigure.parse(figure), mode);
  }

  @Test
  void test_printing_halfUpAsPrintedFigureReadsIt() {
    assertThat(ExactInterval.printing(PrintedFigure.parse("-3.1%"))).hasToString("(-3.15, -3.05]");
    assertThat(ExactInterval.printing(PrintedFigure.parse("6.9%"))).hasToString("[6.85, 6.95)");
    assertThat(ExactInterval.printing(PrintedFigure.parse("0"))).hasToString("(-0.5, 0.5)");
    assertThat(printing("6.9%", RoundingMode.HALF_UP))
        .isEqualTo(ExactInterval.printing(PrintedFigure.parse("6.9%")));
  }

  @Test
  void test_printing_eachRoundingMode() {
    assertThat(printing("7.4%", RoundingMode.DOWN)).hasToString("[7.4, 7.5)");
    assertThat(printing("-7.4%", RoundingMode.DOWN)).hasToString("(-7.5, -7.4]");
    assertThat(printing("7.4%", RoundingMode.UP)).hasToString("(7.3, 7.4]");
    assertThat(printing("0", RoundingMode.UP)).hasToString("[0, 0]");
    assertThat(printing("0", RoundingMode.DOWN)).hasToString("(-1, 1)");
    assertThat(printing("-7.4%", RoundingMode.FLOOR)).hasToString("[-7.4, -7.3)");
    assertThat(printing("-7.4%", RoundingMode.CEILING)).hasToString("(-7.5, -7.4]");
    assertThat(printing("7.4%", RoundingMode.HALF_DOWN)).hasToString("(7.35, 7.45]");
    assertThat(printing("-7.4%", RoundingMode.HALF_DOWN)).hasToString("[-7.45, -7.35)");
    // Half even: ties go to the even last digit, so 7.4 keeps both ends and 7.3 neither.
    assertThat(printing("7.4%", RoundingMode.HALF_EVEN)).hasToString("[7.35, 7.45]");
    assertThat(printing("7.3%", RoundingMode.HALF_EVEN)).hasToString("(7.25, 7.35)");
    assertThatThrownBy(() -> printing("7.4%", RoundingMode.UNNECESSARY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mode must be a rounding mode but was UNNECESSARY");
  }

  @Test
  void test_wholes_countEndsOnlyWhenIncluded() {
    assertThat(ExactInterval.printing(PrintedFigure.parse("5")).wholes())
        .isEqualTo(WholeRange.of(5));
    assertThat(new ExactInterval(Exact.of(4), false, Exact.of(6), false).wholes())
        .isEqualTo(WholeRange.of(5));
    assertThat(ExactInterval.closed(Exact.of(4), Exact.of(6)).wholes())
        .isEqualTo(WholeRange.between(4, 6));
    assertThat(new ExactInterval(Exact.of(-7, 2), true, Exact.of(-1, 2), false).wholes())
        .isEqualTo(WholeRange.between(-3, -1));
    assertThat(new ExactInterval(Exact.of(1, 3), true, Exact.of(2, 3), true).wholes())
        .isEqualTo(WholeRange.empty());
  }

  @Test
  void test_arithmetic_keepsTheEnds() {
    ExactInterval six = ExactInterval.printing(PrintedFigure.parse("6%"));
    ExactInterval thirty = ExactInterval.printing(PrintedFigure.parse("30%"));
    assertThat(six.plus(thirty)).hasToString("[35, 37)");
    assertThat(six.negate()).hasToString("(-6.5, -5.5]");
    assertThat(six.times(Exact.of(-2))).hasToString("(-13, -11]");
    assertThat(six.times(Exact.ZERO)).hasToString("[0, 0]");
    assertThat(six.plus(Exact.of(1))).hasToString("[6.5, 7.5)");
    assertThat(six.intersects(ExactInterval.point(Exact.of(13, 2)))).isFalse();
    assertThat(six.intersects(ExactInterval.point(Exact.of(11, 2)))).isTrue();
    assertThat(six.contains(Exact.of(13, 2))).isFalse();
  }

  @Test
  void test_constructor_refusesEndsOutOfOrder() {
    assertThatThrownBy(() -> new ExactInterval(Exact.of(2), true, Exact.of(1), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("upper must be at least lower 2 but was 1");
    assertThatThrownBy(() -> new ExactInterval(Exact.of(2), true, Exact.of(2), false))
        .hasMessage("an interval from 2 to itself must include both ends");
  }

  @Test
  void test_equals_isByEndsAndInclusion() {
    new EqualsTester()
        .addEqualityGroup(
            ExactInterval.printing(PrintedFigure.parse("6%")),
            new ExactInterval(Exact.of(11, 2), true, Exact.of(13, 2), false))
        .addEqualityGroup(ExactInterval.closed(Exact.of(11, 2), Exact.of(13, 2)))
        .addEqualityGroup(ExactInterval.point(Exact.ONE))
        .testEquals();
  }

  private static ExactInterval of(long lower, boolean includesLower, long upper, boolean includesUpper) {
    return new ExactInterval(Exact.of(lower), includesLower, Exact.of(upper), includesUpper);
  }

  @Test
  void test_printing_halfDownKeepsBothEndsOfZero() {
    // Half down: 0.5 and -0.5 both round towards zero, to 0.
    assertThat(printing("0", RoundingMode.HALF_DOWN)).hasToString("[-0.5, 0.5]");
  }

  @Test
  void test_wholesDividing_endsAtOrBelowZero() {
    // 4 / n for n >= 1 lies in [0, 2] for every n >= 2, and never in [-1, 0] or [-2, -1].
    assertThat(ExactInterval.closed(Exact.ZERO, Exact.of(2)).wholesDividing(Exact.of(4))).isEqualTo(WholeRange.atLeast(2));
    assertThat(ExactInterval.closed(Exact.of(-1), Exact.ZERO).wholesDividing(Exact.of(4))).isEqualTo(WholeRange.empty());
    assertThat(ExactInterval.closed(Exact.of(-2), Exact.of(-1)).wholesDividing(Exact.of(4))).isEqualTo(WholeRange.empty());
    // 4 / n in (1, 2]: n = 2 and 3.
    assertThat(of(1, false, 2, true).wholesDividing(Exact.of(4))).isEqualTo(WholeRange.between(2, 3));
  }

  @Test
  void test_atLeastZero_cutsOnlyANegativeLowerEnd() {
    assertThat(of(-1, false, 1, true).atLeastZero()).isEqualTo(of(0, true, 1, true));
    assertThat(of(0, false, 1, true).atLeastZero()).isEqualTo(of(0, false, 1, true));
    assertThat(of(2, false, 3, false).atLeastZero()).isEqualTo(of(2, false, 3, false));
  }

  @Test
  void test_dividedBy_everyQuotientWithItsEnds() {
    assertThat(ExactInterval.closed(Exact.of(2), Exact.of(4)).dividedBy(ExactInterval.closed(Exact.ONE, Exact.of(2))))
        .isEqualTo(of(1, true, 4, true));
    assertThat(of(2, false, 4, false).dividedBy(ExactInterval.closed(Exact.ONE, Exact.of(2))))
        .isEqualTo(of(1, false, 4, false));
    assertThat(ExactInterval.closed(Exact.of(2), Exact.of(4)).dividedBy(of(1, false, 2, false)))
        .isEqualTo(of(1, false, 4, false));
    assertThat(ExactInterval.closed(Exact.of(2), Exact.of(4)).dividedBy(of(1, true, 2, false)))
        .isEqualTo(of(1, false, 4, true));
    assertThat(ExactInterval.closed(Exact.of(2), Exact.of(4)).dividedBy(of(1, false, 2, true)))
        .isEqualTo(of(1, true, 4, false));
    // A zero lower end stays included whatever the divisor's upper end: 0 / anything is 0.
    assertThat(ExactInterval.closed(Exact.ZERO, Exact.of(4)).dividedBy(of(1, false, 2, false)))
        .isEqualTo(of(0, true, 4, false));
    assertThat(ExactInterval.closed(Exact.of(-1), Exact.of(4)).dividedBy(ExactInterval.closed(Exact.ONE, Exact.of(2))))
        .isEqualTo(of(0, true, 4, true));
    assertThat(ExactInterval.point(Exact.ZERO).dividedBy(ExactInterval.closed(Exact.ONE, Exact.of(2))))
        .isEqualTo(ExactInterval.point(Exact.ZERO));
    assertThatThrownBy(() -> ExactInterval.point(Exact.ONE).dividedBy(ExactInterval.closed(Exact.ZERO, Exact.of(2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("divisor must be above zero but was [0, 2]");
  }
}
