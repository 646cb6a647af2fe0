package org.combatingdrugs.outcomes.target;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/** Checks and rules shared by the kinds of {@link Target}. */
final class Targets {
  private Targets() {}

  /** The side that counts as meeting a reach or change target; empty for no judgement. */
  static Optional<Bound> boundForPolarity(Polarity polarity) {
    return switch (polarity) {
      case HIGHER_IS_BETTER -> Optional.of(Bound.AT_LEAST);
      case LOWER_IS_BETTER -> Optional.of(Bound.AT_MOST);
      case NO_JUDGEMENT -> Optional.empty();
    };
  }

  /** A ratio as a signed percentage to one place, rounded half-up: {@code -10.0%}, {@code 0.0%}. */
  static String signedPercent(Exact ratio) {
    BigDecimal percent = ratio.multiply(100).toDecimal(1, RoundingMode.HALF_UP);
    return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
  }

  /** Rejects a target due before its baseline. */
  static void checkDueNotBeforeBaseline(Baseline baseline, ReportingPeriod due) {
    checkArgument(
        !due.end().isBefore(baseline.period().end()),
        "due period must not end before the baseline period %s (ends %s) but was %s (ends %s)",
        baseline.period(),
        baseline.period().end(),
        due,
        due.end());
  }

  /** Rejects a quantity whose unit differs from the expected one. */
  static void checkSameUnit(String field, Quantity value, String expectedName, Quantity expected) {
    checkArgument(
        value.unit().equals(expected.unit()),
        "%s must be in the unit of the %s (%s) but was %s",
        field,
        expectedName,
        expected.unit(),
        value.unit());
  }
}
