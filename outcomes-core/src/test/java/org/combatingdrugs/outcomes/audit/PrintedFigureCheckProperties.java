package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/** A printed figure's check agrees with rounding half up at the printed precision. */
class PrintedFigureCheckProperties {

  /**
   * Consistent, zero discrepancy and printing the same text all hold exactly when {@link
   * BigDecimal#setScale} rounding the exact value half up to the printed step gives the printed
   * value. The exact values tried are £50 steps from the printed one, nudged by a pound, so the
   * ends of the interval (±£500) and their neighbours are reached.
   */
  @Property
  void consistentExactlyWhenTheExactValueRoundsHalfUpToThePrintedOne(
      @ForAll @LongRange(min = -5_000_000, max = 5_000_000) long printedThousands,
      @ForAll @IntRange(min = -30, max = 30) int fiftieths,
      @ForAll @IntRange(min = -1, max = 1) int nudge) {
    String sign = printedThousands < 0 ? "-" : "";
    PrintedFigure printed = PrintedFigure.parse(sign + "£" + Math.abs(printedThousands) + "k");
    BigDecimal exact = BigDecimal.valueOf(printedThousands * 1000 + fiftieths * 50L + nudge);
    PrintedFigureCheck check = PrintedFigureCheck.of(printed, Exact.of(exact));

    boolean rounds = exact.setScale(-3, RoundingMode.HALF_UP).compareTo(printed.value()) == 0;
    assertThat(check.isConsistent()).isEqualTo(rounds);
    assertThat(check.discrepancy().signum() == 0).isEqualTo(rounds);
    assertThat(check.expectedText().equals(printed.format(Exact.of(printed.value())))).isEqualTo(rounds);
    assertThat(check.expected()).isEqualByComparingTo(exact.setScale(-3, RoundingMode.HALF_UP));
  }
}
