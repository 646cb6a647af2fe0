package org.combatingdrugs.outcomes.assess;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.combatingdrugs.outcomes.calc.ChangeFormat;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.MeasureType;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;

/**
 * A sentence being written: words, and figures printed at a presentation's precision, each kept
 * with its role, its exact value and its place. Counts print whole, and money in whole pounds
 * unless it has pence ({@code £0.40}); percentages, percentage points and rates print to the
 * presentation's places; all round by its mode. Figures are written by {@link Quantity#format},
 * {@link Unit#format} and {@link ChangeFormat}, and read back by {@link PrintedFigure#parse}.
 */
final class SentenceText {

  private static final int PENCE = 2;

  private final Presentation presentation;
  private final StringBuilder text = new StringBuilder();
  private final ImmutableList.Builder<SentenceFigure> figures = ImmutableList.builder();

  SentenceText(Presentation presentation) {
    this.presentation = presentation;
  }

  void words(String words) {
    text.append(words);
  }

  /** A value, rounded: {@code 45.2%}, {@code 2,590}; points as a plain number ({@code 29.8}). */
  void value(SentenceFigure.Role role, Quantity value) {
    Unit unit = value.unit();
    BigDecimal rounded = value.toDecimal(decimals(value), presentation.mode());
    figure(role, printedUnit(unit).format(rounded), value);
  }

  /**
   * A figure someone set (a target level, a band's edge), as set: without trailing zeros ({@code
   * 75%}, {@code 0%}), rounded only when it has more places than the unit prints; money with pence
   * to the penny ({@code £5.50}).
   */
  void asSet(SentenceFigure.Role role, Quantity set) {
    Unit unit = set.unit();
    int places = decimals(set);
    Optional<BigDecimal> exact = set.amount().exactDecimal().filter(d -> d.scale() <= places);
    BigDecimal shown =
        exact.isPresent() && !(places == PENCE && unit.type() == MeasureType.MONEY)
            ? exact.get().setScale(Math.max(0, exact.get().scale()))
            : set.toDecimal(places, presentation.mode());
    figure(role, printedUnit(unit).format(shown), set);
  }

  /** A signed amount: {@code +72}, {@code -£720}, {@code -6.8%}; points as {@code +5.2}. */
  void signed(SentenceFigure.Role role, Quantity amount) {
    Unit unit = amount.unit();
    ChangeFormat format =
        new ChangeFormat(presentation.percentDecimals(), decimals(amount), presentation.mode());
    Quantity written = unit.isPoints() ? Quantity.of(amount.amount(), Unit.COUNT) : amount;
    figure(role, format.signedAmount(written), amount);
  }

  /** A magnitude, rounded: the size of a gap whose side the words say. */
  void magnitude(SentenceFigure.Role role, Quantity amount) {
    value(role, amount.signum() < 0 ? amount.negate() : amount);
  }

  /** The words for a unit after a figure printed as a plain number: {@code percentage points}. */
  static String unitWords(Unit unit) {
    return unit.isPoints() ? " percentage points" : "";
  }

  /**
   * A double (an interval's limit) as the exact value it is. A magnitude below 10^-300 keeps 1,000
   * places, rounded away from zero, so it still rounds as itself to the few places printed.
   */
  static Exact exactOf(double value) {
    BigDecimal exact = new BigDecimal(value);
    return Exact.of(
        exact.scale() > Exact.MAX_DECIMAL_SCALE
            ? exact.setScale(Exact.MAX_DECIMAL_SCALE, RoundingMode.UP)
            : exact);
  }

  Sentence build() {
    return new Sentence(text.toString(), figures.build());
  }

  /**
   * A figure written elsewhere ({@code 95%} for a confidence level), with the exact value it shows.
   */
  void printed(SentenceFigure.Role role, String token, Quantity exact) {
    figure(role, token, exact);
  }

  private void figure(SentenceFigure.Role role, String token, Quantity exact) {
    figures.add(new SentenceFigure(role, PrintedFigure.parse(token), exact, text.length()));
    text.append(token);
  }

  /**
   * The places a figure prints to: the presentation's for percentages, points and rates; pence for
   * an amount of money that is not whole pounds; at least one for a count that is not whole (a
   * target set as a relative change, a trajectory's expected value, a projection), so that it never
   * reads as a whole count printed in full; none otherwise.
   */
  private int decimals(Quantity figure) {
    Unit unit = figure.unit();
    if (unit.isPercent() || unit.isRate()) {
      return presentation.percentDecimals();
    }
    if (figure.amount().isInteger()) {
      return 0;
    }
    return unit.type() == MeasureType.MONEY ? PENCE : Math.max(1, presentation.percentDecimals());
  }

  private static Unit printedUnit(Unit unit) {
    return unit.isPoints() ? Unit.COUNT : unit;
  }
}
