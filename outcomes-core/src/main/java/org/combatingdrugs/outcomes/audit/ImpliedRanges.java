package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigInteger;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/**
 * Working back from printed figures to the whole-number inputs they allow, by arithmetic on the
 * interval of values each figure stands for (never by trying candidates). A percentage printed
 * {@code -3.1%} stands for every value in {@code (-3.15, -3.05]} (half up, ties away from zero, as
 * {@link PrintedFigure} reads it); with a change of {@code -24} the base {@code b} must satisfy
 * {@code -3.15 < -2400 / b <= -3.05}, so {@code 761.9… < b <= 786.8…}: the bases 762 to 786.
 *
 * <p>Counts given to these methods must be whole numbers printed in full ({@code 24}, {@code
 * (-24)}, {@code 8,178}), as they are taken to be exact. Stateless.
 */
public final class ImpliedRanges {

  private static final Exact HUNDRED = Exact.of(100);
  private static final Exact HUNDREDTH = Exact.of(1, 100);

  private ImpliedRanges() {}

  /**
   * The whole bases consistent with a "change (count)" pair such as {@code -3.1% (-24)}: each base
   * {@code b >= 1} whose change of {@code count} (to the later value {@code b + count}, not
   * negative) prints as the percentage. {@code -3.1% (-24)}: 762 to 786.
   *
   * @param percent the printed percentage change
   * @param count the printed change in number, in full: {@code (-24)}
   * @return the bases; empty when none fits (a fall printed with a rise, say), unbounded when the
   *     percentage prints as zero
   * @throws IllegalArgumentException when the percentage is not one or the count is not whole
   */
  public static WholeRange basesOfChangeCount(PrintedFigure percent, PrintedFigure count) {
    checkNotNull(percent, "percent");
    checkNotNull(count, "count");
    checkPercent("percent", percent);
    checkWhole("count", count);
    return basesOfChangeCount(ExactInterval.printing(percent), Printing.value(count));
  }

  /**
   * The whole bases consistent with a percentage change printed with its later value only: 210
   * deaths, "a 40 percent increase on the year before", allows the base 150 alone.
   *
   * @param percent the printed percentage change
   * @param current the later value, a whole number 0 or more printed in full
   * @return the bases {@code b >= 1}
   * @throws IllegalArgumentException when the percentage is not one or the value is not whole
   */
  public static WholeRange basesOfChange(PrintedFigure percent, PrintedFigure current) {
    checkNotNull(percent, "percent");
    checkNotNull(current, "current");
    checkPercent("percent", percent);
    checkWhole("current", current);
    ItemChecks.checkNotNegative("current", current);
    return basesOfChange(ExactInterval.printing(percent), Printing.value(current));
  }

  /**
   * The whole later values consistent with a percentage change printed with its base only.
   *
   * @param percent the printed percentage change
   * @param base the base, a whole number above 0 printed in full
   * @return the later values, 0 or more
   * @throws IllegalArgumentException when the percentage is not one or the base is not whole and
   *     positive
   */
  public static WholeRange currentsOfChange(PrintedFigure percent, PrintedFigure base) {
    checkNotNull(percent, "percent");
    checkNotNull(base, "base");
    checkPercent("percent", percent);
    checkWhole("base", base);
    ItemChecks.checkPositive("base", base);
    return currentsOfChange(ExactInterval.printing(percent), Printing.value(base));
  }

  /**
   * The whole populations consistent with a rate printed with its count: 8,178 people at {@code 7.8
   * per 1,000} allows the populations 1,041,784 to 1,055,225.
   *
   * @param rate the printed rate, per its multiplier
   * @param count the count the rate is of, a whole number 0 or more printed in full
   * @return the populations, at least 1
   * @throws IllegalArgumentException when the rate is not a rate or the count is not whole
   */
  public static WholeRange populationsOfRate(PrintedFigure rate, PrintedFigure count) {
    checkNotNull(rate, "rate");
    checkNotNull(count, "count");
    checkRate("rate", rate);
    checkWhole("count", count);
    ItemChecks.checkNotNegative("count", count);
    return populationsOfRate(
        ExactInterval.printing(rate), Printing.value(count), rate.unit().multiplier());
  }

  /**
   * The whole counts consistent with a rate printed with its population: {@code 7.8 per 1,000} of
   * 1,048,462 people allows 8,126 to 8,230.
   *
   * @param rate the printed rate, per its multiplier
   * @param population the population, a whole number above 0 printed in full
   * @return the counts, 0 or more
   * @throws IllegalArgumentException when the rate is not a rate or the population is not whole and
   *     positive
   */
  public static WholeRange countsOfRate(PrintedFigure rate, PrintedFigure population) {
    checkNotNull(rate, "rate");
    checkNotNull(population, "population");
    checkRate("rate", rate);
    checkWhole("population", population);
    ItemChecks.checkPositive("population", population);
    return countsOfRate(
        ExactInterval.printing(rate), Printing.value(population), rate.unit().multiplier());
  }

  /**
   * The whole totals consistent with a share printed with its count: {@code 57.7%} of 150 allows
   * the total 260 alone.
   *
   * @param share the printed percentage
   * @param count the count it is a share of the total, a whole number 0 or more printed in full
   * @return the totals, at least the count and at least 1
   * @throws IllegalArgumentException when the share is not a percentage or the count not whole
   */
  public static WholeRange totalsOfShare(PrintedFigure share, PrintedFigure count) {
    checkNotNull(share, "share");
    checkNotNull(count, "count");
    checkPercent("share", share);
    checkWhole("count", count);
    ItemChecks.checkNotNegative("count", count);
    return totalsOfShare(ExactInterval.printing(share), Printing.value(count));
  }

  /**
   * The whole counts consistent with a share printed with its total: {@code 65%} of 20 allows 13
   * alone; {@code 73.9%} of 114 allows none (84 is 73.7%, 85 is 74.6%).
   *
   * @param share the printed percentage
   * @param total the total, a whole number above 0 printed in full
   * @return the counts, from 0 to the total
   * @throws IllegalArgumentException when the share is not a percentage or the total not whole and
   *     positive
   */
  public static WholeRange countsOfShare(PrintedFigure share, PrintedFigure total) {
    checkNotNull(share, "share");
    checkNotNull(total, "total");
    checkPercent("share", share);
    checkWhole("total", total);
    ItemChecks.checkPositive("total", total);
    return countsOfShare(ExactInterval.printing(share), Printing.value(total));
  }

  static WholeRange basesOfChangeCount(ExactInterval percent, Exact count) {
    BigInteger least = BigInteger.ONE.max(count.negate().numerator());
    return wholesDividingChange(percent, count).intersection(WholeRange.atLeast(least));
  }

  /**
   * The bases for which the count divided by the later value, not the base, prints as the
   * percentage.
   */
  static WholeRange basesOfChangeCountOverLater(ExactInterval percent, Exact count) {
    return wholesDividingChange(percent, count)
        .plus(count.numerator().negate())
        .intersection(WholeRange.atLeast(1));
  }

  /**
   * The whole numbers {@code d >= 1} for which {@code 100 × count / d} is in the interval of a
   * printed percentage change: the count's sign is moved onto the interval, so that it divides a
   * count of 0 or more.
   */
  private static WholeRange wholesDividingChange(ExactInterval percent, Exact count) {
    Exact scaled = count.abs().multiply(HUNDRED);
    ExactInterval magnitude = count.signum() >= 0 ? percent : percent.negate();
    return magnitude.wholesDividing(scaled);
  }

  static WholeRange basesOfChange(ExactInterval percent, Exact current) {
    return percent.times(HUNDREDTH).plus(Exact.ONE).wholesDividing(current);
  }

  static WholeRange currentsOfChange(ExactInterval percent, Exact base) {
    return percent
        .times(HUNDREDTH)
        .plus(Exact.ONE)
        .times(base)
        .wholes()
        .intersection(WholeRange.atLeast(0));
  }

  static WholeRange populationsOfRate(ExactInterval rate, Exact count, long multiplier) {
    return rate.wholesDividing(count.multiply(multiplier));
  }

  static WholeRange countsOfRate(ExactInterval rate, Exact population, long multiplier) {
    return rate.times(population.divide(multiplier)).wholes().intersection(WholeRange.atLeast(0));
  }

  static WholeRange totalsOfShare(ExactInterval share, Exact count) {
    BigInteger least = BigInteger.ONE.max(count.numerator());
    return share.wholesDividing(count.multiply(HUNDRED)).intersection(WholeRange.atLeast(least));
  }

  static WholeRange countsOfShare(ExactInterval share, Exact total) {
    return share
        .times(total.multiply(HUNDREDTH))
        .wholes()
        .intersection(WholeRange.between(BigInteger.ZERO, total.numerator()));
  }

  static void checkPercent(String name, PrintedFigure figure) {
    checkNotNull(figure, name);
    checkArgument(
        figure.unit().isPercent(),
        "%s must be a percentage such as 7.4% but was '%s'",
        name,
        figure.text());
  }

  /** Checks a printed figure is a rate, per some multiplier. */
  static void checkRate(String name, PrintedFigure figure) {
    checkNotNull(figure, name);
    checkArgument(
        figure.unit().isRate(),
        "%s must be a rate such as 7.8 per 1,000 but was '%s'",
        name,
        figure.text());
  }

  static void checkWhole(String name, PrintedFigure figure) {
    checkNotNull(figure, name);
    checkArgument(
        Printing.isWhole(figure),
        "%s must be a whole number or amount of pounds printed in full, such as 24 or (-24), but"
            + " was '%s'",
        name,
        figure.text());
  }
}
