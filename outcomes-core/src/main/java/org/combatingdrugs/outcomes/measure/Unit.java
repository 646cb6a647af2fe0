package org.combatingdrugs.outcomes.measure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * The unit a quantity is expressed in: a count of things, pounds sterling, a percentage, or a rate
 * per some population multiplier (per 1,000, per 100,000).
 *
 * <p>Counts and pounds are additive: they can be summed over areas and projected from part of a
 * period. Percentages and rates are not: they are pooled from their numerators and denominators.
 */
public final class Unit {

  /** A count of people, events or things. */
  public static final Unit COUNT = new Unit(MeasureType.COUNT, 1);

  /** Pounds sterling. */
  public static final Unit POUNDS = new Unit(MeasureType.MONEY, 1);

  /** A percentage: a level such as 45.2%. */
  public static final Unit PERCENT = new Unit(MeasureType.PROPORTION, 100, false);

  /**
   * Percentage points: the difference between two percentages (75% − 45.2% = 29.8 pp). A
   * percentage plus points is a percentage; two percentages are never added as levels by the
   * library's own calculators.
   */
  public static final Unit POINTS = new Unit(MeasureType.PROPORTION, 100, true);

  private final MeasureType type;
  private final long multiplier;
  private final boolean points;

  private Unit(MeasureType type, long multiplier) {
    this(type, multiplier, false);
  }

  private Unit(MeasureType type, long multiplier, boolean points) {
    this.type = type;
    this.multiplier = multiplier;
    this.points = points;
  }

  /**
   * A rate per a population multiplier.
   *
   * @param multiplier the population the rate is expressed per, such as 1,000 or 100,000; positive
   * @return the unit
   */
  public static Unit ratePer(long multiplier) {
    checkArgument(multiplier > 0, "multiplier must be positive but was %s", multiplier);
    return new Unit(MeasureType.RATE, multiplier);
  }

  /** The kind of value measured in this unit: pounds are money, a percentage is a proportion. */
  public MeasureType type() {
    return type;
  }

  /**
   * The multiplier: the population a rate is expressed per, 100 for a percentage, 1 for counts and
   * pounds.
   */
  public long multiplier() {
    return multiplier;
  }

  /** Whether quantities in this unit can be summed over areas and parts of a period. */
  public boolean isAdditive() {
    return type == MeasureType.COUNT || type == MeasureType.MONEY;
  }

  /** Whether this is on the percentage scale: a percentage or percentage points. */
  public boolean isPercent() {
    return type == MeasureType.PROPORTION;
  }

  /** Whether this is percentage points, a difference of percentages. */
  public boolean isPoints() {
    return points;
  }

  /**
   * The unit a difference of two quantities in this unit is in: points for a percentage, this unit
   * otherwise (counts, pounds, rates and points).
   */
  public Unit difference() {
    return this.equals(PERCENT) ? POINTS : this;
  }

  /** Whether this is a rate per a population multiplier. */
  public boolean isRate() {
    return type == MeasureType.RATE;
  }

  /**
   * A decimal written in this unit the way reports write it, with thousands separators:
   * {@code 2,590}, {@code £95,024}, {@code 45.2%}, {@code 12.3 per 100,000}. A minus sign, when
   * needed, comes first ({@code -£720}).
   *
   * @param amount the amount, already rounded to the precision wanted
   * @return the text
   */
  public String format(BigDecimal amount) {
    checkNotNull(amount, "amount");
    String digits = grouped(amount.abs());
    String sign = amount.signum() < 0 ? "-" : "";
    return switch (type) {
      case MONEY -> sign + "£" + digits;
      case PROPORTION -> sign + digits + (points ? " pp" : "%");
      case RATE -> sign + digits + " per " + grouped(BigDecimal.valueOf(multiplier));
      case COUNT -> sign + digits;
    };
  }

  static String grouped(BigDecimal nonNegative) {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    int scale = Math.max(nonNegative.scale(), 0);
    format.setMinimumFractionDigits(scale);
    format.setMaximumFractionDigits(scale);
    format.setParseBigDecimal(true);
    return format.format(nonNegative);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Unit that
        && that.type == type
        && that.multiplier == multiplier
        && that.points == points;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, multiplier, points);
  }

  /**
   * The unit's name: {@code count}, {@code pounds}, {@code percent}, {@code percentage points},
   * {@code per 100,000}.
   */
  @Override
  public String toString() {
    return switch (type) {
      case RATE -> "per " + grouped(BigDecimal.valueOf(multiplier));
      case COUNT -> "count";
      case MONEY -> "pounds";
      case PROPORTION -> points ? "percentage points" : "percent";
    };
  }
}
