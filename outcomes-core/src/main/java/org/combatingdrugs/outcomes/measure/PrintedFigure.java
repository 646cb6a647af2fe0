package org.combatingdrugs.outcomes.measure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.exact.Exact;

/**
 * A figure as a report printed it, with the precision it was printed at: {@code £1.2m} is
 * £1,200,000 printed to the nearest £100,000, so the true value lies in [£1,150,000, £1,250,000).
 *
 * <p>{@link #parse} reads the forms reports print:
 *
 * <ul>
 *   <li>counts and pounds, with thousands separators in groups of three or none: {@code
 *       59,478,661}, {@code 59478661}, {@code £23,756};
 *   <li>a magnitude suffix on counts and pounds, straight after the digits: {@code k} or {@code K}
 *       (thousand), {@code m} or {@code M} (million), {@code bn}, {@code Bn} or {@code BN}
 *       (billion): {@code £78k}, {@code £1.2m}, {@code £19bn}. A lone {@code b} is refused (reports
 *       print {@code bn}), as are {@code mn}, words such as {@code million}, and suffixes on
 *       percentages and rates;
 *   <li>percentages, {@code 45.2%}, and rates, {@code 7.8 per 1,000}, {@code 12.3 per 100,000} (a
 *       positive whole multiplier, grouped or not);
 *   <li>a sign first: {@code -}, {@code +}, the minus sign U+2212 or the en dash U+2013; before the
 *       pound sign ({@code -£720}), never after it;
 *   <li>a signed figure in brackets, as in "+7.5% (+72)": {@code (-24)}, {@code (+72)}. An unsigned
 *       non-zero figure in brackets, {@code (24)}, is refused as ambiguous: it may be 24 in
 *       brackets or an accounting-style negative, -24. {@code (0)} is read, both readings agreeing;
 *   <li>surrounding spaces, tabs and non-breaking spaces (U+00A0, U+2007, U+202F); the same spaces
 *       separate a rate's number, {@code per} and multiplier.
 * </ul>
 *
 * <p>Anything else is refused, including exponents ({@code 1e5}), a whole part with a leading zero
 * ({@code 05}), a bare decimal point ({@code .5}, {@code 5.}) and spaces as thousands separators.
 * Input is bounded: at most {@value #MAX_LENGTH} characters (checked before the text is read, so
 * hostile input is refused at once) and at most {@value #MAX_DIGITS} digits in the figure.
 *
 * <p>The step is the place value of the last printed digit: 1 for {@code 59,478,661}, 0.1 for
 * {@code 45.2%}, 1,000 for {@code £78k}, 100,000 for {@code £1.2m}. A whole number is exact to the
 * unit even when it ends in zeros ({@code £78,000} has step 1). Printing is taken to round half up
 * (ties away from zero), so the true value lies within half a step of the printed one: in [v − s/2,
 * v + s/2) for a positive figure, (v − s/2, v + s/2] for a negative one and (−s/2, s/2) for zero.
 * Equivalently, an exact value is {@linkplain #contains consistent} with the figure when rounding
 * it half up to the step gives the printed value.
 *
 * <p>Equality is by value, unit and step: {@code £78k} equals {@code £78K} and {@code £0.078m},
 * {@code +7.5%} equals {@code 7.5%}, but {@code £78k} does not equal {@code £78,000} (another
 * precision). The text and its style (sign, brackets, grouping) are kept but not compared.
 * Immutable and thread-safe.
 */
public final class PrintedFigure {

  /** The most characters {@link #parse} reads. */
  public static final int MAX_LENGTH = 100;

  /** The most digits the figure itself may have (a rate's multiplier is not counted). */
  public static final int MAX_DIGITS = 60;

  private static final BigDecimal FIVE = BigDecimal.valueOf(5);

  private final String text;
  private final BigDecimal value;
  private final Unit unit;
  private final int exponent;
  private final String suffix;
  private final int suffixExponent;
  private final boolean printsPlus;
  private final boolean bracketed;
  private final RoundingMode rounding;

  PrintedFigure(
      String text,
      BigDecimal value,
      Unit unit,
      int exponent,
      String suffix,
      int suffixExponent,
      boolean printsPlus,
      boolean bracketed) {
    this.text = text;
    this.value = plain(value);
    this.unit = unit;
    this.exponent = exponent;
    this.suffix = suffix;
    this.suffixExponent = suffixExponent;
    this.printsPlus = printsPlus;
    this.bracketed = bracketed;
    this.rounding = RoundingMode.HALF_UP;
  }

  private PrintedFigure(PrintedFigure figure, RoundingMode rounding) {
    this.text = figure.text;
    this.value = figure.value;
    this.unit = figure.unit;
    this.exponent = figure.exponent;
    this.suffix = figure.suffix;
    this.suffixExponent = figure.suffixExponent;
    this.printsPlus = figure.printsPlus;
    this.bracketed = figure.bracketed;
    this.rounding = rounding;
  }

  /**
   * Reads a figure as printed.
   *
   * @param text the figure, such as {@code "£1.2m"}, {@code "45.2%"}, {@code "7.8 per 1,000"} or
   *     {@code "(-24)"}; at most {@value #MAX_LENGTH} characters
   * @return the figure
   * @throws IllegalArgumentException when the text is not one of the forms read, quoting it and
   *     naming the forms expected
   */
  public static PrintedFigure parse(CharSequence text) {
    return PrintedFigureParser.parse(text);
  }

  /**
   * Reads a figure printed by rounding another way than half up: {@code parse("7.4%",
   * RoundingMode.DOWN)} is a truncated figure, standing for [7.4%, 7.5%).
   *
   * @param text the figure, as {@link #parse(CharSequence)} reads it
   * @param rounding how the report rounded to the printed step; never {@code UNNECESSARY}
   * @return the figure
   * @throws IllegalArgumentException when the text is not one of the forms read, or the rounding is
   *     {@code UNNECESSARY}
   */
  public static PrintedFigure parse(CharSequence text, RoundingMode rounding) {
    checkNotNull(rounding, "rounding");
    return parse(text).roundedBy(rounding);
  }

  /**
   * This figure as printed by another rounding: the same text, value and step, standing for the
   * values that {@code rounding} takes to it.
   *
   * @param rounding how the report rounded to the printed step; never {@code UNNECESSARY}
   * @return the figure
   * @throws IllegalArgumentException when the rounding is {@code UNNECESSARY}
   */
  public PrintedFigure roundedBy(RoundingMode rounding) {
    checkNotNull(rounding, "rounding");
    checkArgument(
        rounding != RoundingMode.UNNECESSARY,
        "rounding must be a rounding mode but was %s",
        rounding);
    return rounding == this.rounding ? this : new PrintedFigure(this, rounding);
  }

  /**
   * How the report rounded to the printed step: {@code HALF_UP} unless {@linkplain #roundedBy
   * said}.
   */
  public RoundingMode rounding() {
    return rounding;
  }

  /** The text as given, surrounding spaces included. */
  public String text() {
    return text;
  }

  /** The value printed, in the unit: 1200000 for {@code £1.2m}, -3.1 for {@code -3.1%}. */
  public BigDecimal value() {
    return value;
  }

  /** The unit: {@link Unit#POUNDS}, {@link Unit#PERCENT}, a rate's or {@link Unit#COUNT}. */
  public Unit unit() {
    return unit;
  }

  /** The place value of the last printed digit, a power of ten: 100000 for {@code £1.2m}. */
  public BigDecimal step() {
    return plain(BigDecimal.ONE.scaleByPowerOfTen(exponent));
  }

  /** The value printed as an exact quantity in its unit. */
  public Quantity quantity() {
    return Quantity.of(value, unit);
  }

  /**
   * The lower end of the values that print as this figure: value − step/2 when rounding half up,
   * half down or half even; value − step or the value itself when rounding up, down, to ceiling or
   * floor, by the side of zero.
   */
  public BigDecimal lower() {
    return plain(
        switch (rounding) {
          case UP -> value.signum() > 0 ? value.subtract(step()) : value;
          case DOWN -> value.signum() > 0 ? value : value.subtract(step());
          case CEILING -> value.subtract(step());
          case FLOOR -> value;
          case HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY -> value.subtract(halfStep());
        });
  }

  /** The upper end of the values that print as this figure, as {@link #lower()}. */
  public BigDecimal upper() {
    return plain(
        switch (rounding) {
          case UP -> value.signum() < 0 ? value.add(step()) : value;
          case DOWN -> value.signum() < 0 ? value : value.add(step());
          case CEILING -> value;
          case FLOOR -> value.add(step());
          case HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY -> value.add(halfStep());
        });
  }

  /**
   * Whether {@link #lower()} itself prints as this figure: half up, true for a positive figure (a
   * tie rounds away from zero to it), false for a negative one or zero; half even, when the printed
   * digit is even.
   */
  public boolean includesLower() {
    int sign = value.signum();
    return switch (rounding) {
      case UP -> sign <= 0;
      case DOWN -> sign > 0;
      case CEILING -> false;
      case FLOOR -> true;
      case HALF_DOWN -> sign <= 0;
      case HALF_EVEN -> isEvenStep();
      case HALF_UP, UNNECESSARY -> sign > 0;
    };
  }

  /**
   * Whether {@link #upper()} itself prints as this figure: half up, true for a negative figure (a
   * tie rounds away from zero to it), false for a positive one or zero.
   */
  public boolean includesUpper() {
    int sign = value.signum();
    return switch (rounding) {
      case UP -> sign >= 0;
      case DOWN -> sign < 0;
      case CEILING -> true;
      case FLOOR -> false;
      case HALF_DOWN -> sign >= 0;
      case HALF_EVEN -> isEvenStep();
      case HALF_UP, UNNECESSARY -> sign < 0;
    };
  }

  /**
   * Whether an exact value is consistent with this figure: whether it lies in the interval of
   * values that round to it by its {@link #rounding()}. £77,800 is consistent with {@code £78k};
   * £77,400 is not.
   *
   * @param exact the value, in this figure's unit
   * @return whether it prints as this figure
   */
  public boolean contains(Exact exact) {
    checkNotNull(exact, "exact");
    int fromLower = exact.compareTo(Exact.of(lower()));
    int fromUpper = exact.compareTo(Exact.of(upper()));
    boolean aboveLower = includesLower() ? fromLower >= 0 : fromLower > 0;
    boolean belowUpper = includesUpper() ? fromUpper <= 0 : fromUpper < 0;
    return aboveLower && belowUpper;
  }

  /**
   * Whether a quantity is consistent with this figure, as {@link #contains(Exact)}.
   *
   * @param quantity the quantity, in this figure's unit
   * @return whether it prints as this figure
   * @throws IllegalArgumentException when the units differ
   */
  public boolean contains(Quantity quantity) {
    checkNotNull(quantity, "quantity");
    checkArgument(
        quantity.unit().equals(unit),
        "quantity must be in %s like '%s' but was %s (%s)",
        unit,
        text,
        quantity,
        quantity.unit());
    return contains(quantity.amount());
  }

  /**
   * An exact value rounded by this figure's {@link #rounding()} to its step: what the report should
   * have printed, as a value. £77,800 rounds to 78000 at the step of {@code £78k}.
   *
   * @param exact the value
   * @return the rounded value, comparable with {@link #value()}
   */
  public BigDecimal round(Exact exact) {
    checkNotNull(exact, "exact");
    BigDecimal steps = exact.divide(Exact.of(step())).toDecimal(0, rounding);
    return plain(steps.scaleByPowerOfTen(exponent));
  }

  /**
   * What this figure would have printed for an exact value: the value {@linkplain #round rounded}
   * to this figure's step, written with its unit, suffix and brackets, thousands separated by
   * commas, a minus as {@code -}, and a {@code +} before a positive value when the figure printed
   * one or is in brackets. For {@code £78k} and £77,400: {@code £77k}.
   *
   * @param exact the value, in this figure's unit
   * @return the text
   */
  public String format(Exact exact) {
    BigDecimal rounded = round(exact);
    BigDecimal shown =
        rounded
            .abs()
            .scaleByPowerOfTen(-suffixExponent)
            .setScale(suffixExponent - exponent, RoundingMode.UNNECESSARY);
    String digits = Unit.grouped(shown);
    boolean plus = (printsPlus || bracketed) && rounded.signum() > 0;
    String sign = rounded.signum() < 0 ? "-" : plus ? "+" : "";
    String body =
        switch (unit.type()) {
          case MONEY -> sign + "£" + digits + suffix;
          case PROPORTION -> sign + digits + "%";
          case RATE ->
              sign + digits + " per " + Unit.grouped(BigDecimal.valueOf(unit.multiplier()));
          case COUNT -> sign + digits + suffix;
        };
    return bracketed ? "(" + body + ")" : body;
  }

  private boolean isEvenStep() {
    return !value.movePointLeft(exponent).toBigIntegerExact().testBit(0);
  }

  private BigDecimal halfStep() {
    return FIVE.scaleByPowerOfTen(exponent - 1);
  }

  private static BigDecimal plain(BigDecimal decimal) {
    return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PrintedFigure that
        && that.value.equals(value)
        && that.unit.equals(unit)
        && that.exponent == exponent
        && that.rounding == rounding;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, unit, exponent, rounding);
  }

  /**
   * The text (without surrounding spaces) and the values that print as it: {@code £1.2m: £1,150,000
   * ≤ value < £1,250,000}, {@code -3.1%: -3.15% < value ≤ -3.05%}.
   */
  @Override
  public String toString() {
    return PrintedFigureParser.strip(text)
        + ": "
        + unit.format(lower())
        + (includesLower() ? " ≤ " : " < ")
        + "value"
        + (includesUpper() ? " ≤ " : " < ")
        + unit.format(upper())
        + (rounding == RoundingMode.HALF_UP ? "" : ", rounded " + rounding);
  }
}
