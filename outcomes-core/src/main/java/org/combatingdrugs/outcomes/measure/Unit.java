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

  /** The kinds of unit. */
  public enum Kind {
    /** A count of people, events or things. */
    COUNT,
    /** An amount of money in pounds sterling. */
    POUNDS,
    /** A percentage (0 to 100 for a proportion); differences between percentages are points. */
    PERCENT,
    /** Events per a multiplier of population, such as deaths per 100,000. */
    RATE
  }

  /** A count of people, events or things. */
  public static final Unit COUNT = new Unit(Kind.COUNT, 1);

  /** Pounds sterling. */
  public static final Unit POUNDS = new Unit(Kind.POUNDS, 1);

  /** A percentage. */
  public static final Unit PERCENT = new Unit(Kind.PERCENT, 100);

  private final Kind kind;
  private final long multiplier;

  private Unit(Kind kind, long multiplier) {
    this.kind = kind;
    this.multiplier = multiplier;
  }

  /**
   * A rate per a population multiplier.
   *
   * @param multiplier the population the rate is expressed per, such as 1,000 or 100,000; positive
   * @return the unit
   */
  public static Unit ratePer(long multiplier) {
    checkArgument(multiplier > 0, "multiplier must be positive but was %s", multiplier);
    return new Unit(Kind.RATE, multiplier);
  }

  /** The kind of unit. */
  public Kind kind() {
    return kind;
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
    return kind == Kind.COUNT || kind == Kind.POUNDS;
  }

  /** Whether this is a percentage, whose differences are percentage points. */
  public boolean isPercent() {
    return kind == Kind.PERCENT;
  }

  /** Whether this is a rate per a population multiplier. */
  public boolean isRate() {
    return kind == Kind.RATE;
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
    return switch (kind) {
      case POUNDS -> sign + "£" + digits;
      case PERCENT -> sign + digits + "%";
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
    return other instanceof Unit that && that.kind == kind && that.multiplier == multiplier;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, multiplier);
  }

  /** The unit's name: {@code count}, {@code pounds}, {@code percent}, {@code per 100,000}. */
  @Override
  public String toString() {
    return switch (kind) {
      case RATE -> "per " + grouped(BigDecimal.valueOf(multiplier));
      case COUNT, POUNDS, PERCENT -> kind.name().toLowerCase(Locale.ROOT);
    };
  }
}
