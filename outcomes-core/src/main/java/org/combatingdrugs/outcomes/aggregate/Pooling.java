package org.combatingdrugs.outcomes.aggregate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.List;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.result.Result;

/**
 * Pools values of one kind into the value of their union: counts and money sum; proportions sum
 * their numerators and denominators (181/400 and 60/100 pool to 241/500, not to the mean of 45.25%
 * and 60%); rates sum their events and populations at one multiplier. Published percentages
 * without counts cannot be pooled, and the result says so.
 */
public final class Pooling {

  private Pooling() {}

  /**
   * Pools values.
   *
   * @param values one or more values of one kind (rates at one multiplier)
   * @return the pooled value, or not computed ({@link
   *     PoolReason#PUBLISHED_PERCENTAGE_WITHOUT_COUNTS}) when a value is a published percentage
   * @throws IllegalArgumentException when there are no values, the kinds are mixed, rates have
   *     different multipliers, or a sum overflows a {@code long}
   */
  public static Result<Value, PoolReason> pool(List<? extends Value> values) {
    checkNotNull(values, "values");
    checkArgument(!values.isEmpty(), "values must not be empty");
    Value first = checkNotNull(values.get(0), "value");
    for (int i = 0; i < values.size(); i++) {
      Value value = checkNotNull(values.get(i), "value");
      checkArgument(
          value.type() == first.type() && value.quantity().unit().equals(first.quantity().unit()),
          "values must all be %s in %s but value %s (%s) is %s in %s",
          first.type(),
          first.quantity().unit(),
          i + 1,
          value,
          value.type(),
          value.quantity().unit());
      if (value instanceof PublishedPercentage) {
        return Result.notComputed(PoolReason.PUBLISHED_PERCENTAGE_WITHOUT_COUNTS);
      }
    }
    return Result.computed(sum(values, first));
  }

  private static Value sum(List<? extends Value> values, Value first) {
    if (first instanceof Money) {
      BigDecimal total = BigDecimal.ZERO;
      for (Value value : values) {
        if (value instanceof Money money) {
          total = total.add(money.pounds());
        }
      }
      return Money.of(total);
    }
    long a = 0;
    long b = 0;
    for (Value value : values) {
      if (value instanceof Count count) {
        a = add(a, count.count());
      } else if (value instanceof Proportion proportion) {
        a = add(a, proportion.numerator());
        b = add(b, proportion.denominator());
      } else if (value instanceof Rate rate) {
        a = add(a, rate.events());
        b = add(b, rate.population());
      }
    }
    if (first instanceof Count) {
      return Count.of(a);
    }
    if (first instanceof Proportion) {
      return Proportion.of(a, b);
    }
    if (first instanceof Rate rate) {
      return Rate.of(a, b, rate.multiplier());
    }
    throw new IllegalStateException("a published percentage is never summed but was " + first);
  }

  private static long add(long total, long part) {
    try {
      return Math.addExact(total, part);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("values must sum within a long but overflow at " + total + " + " + part, e);
    }
  }
}
