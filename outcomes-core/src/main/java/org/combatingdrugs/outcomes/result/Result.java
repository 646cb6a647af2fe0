package org.combatingdrugs.outcomes.result;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.function.Function;
import javax.annotation.Nullable;

/**
 * A value, or the explicit statement that it was not computed and why: the one result contract of
 * the library. A standardised rate of fewer than 10 events is {@code notComputed(
 * TOTAL_COUNT_BELOW_TEN)}, never a guess, a {@code null} or NaN.
 *
 * <p>Two results are equal when both are computed with equal values, or both are not computed for
 * the same reason.
 *
 * <p>A computed result prints as its value does ({@code 59}, {@code 0.650 [0.553, 0.736] (Wilson,
 * 95%)}); one not computed prints its reason's sentence, {@code not computed: fewer than 10 events
 * in total, so the value is suppressed}.
 *
 * @param <T> the type of the value
 * @param <R> the family's reason type
 */
public abstract sealed class Result<T, R extends Enum<R> & Reason>
    permits Result.Computed, Result.NotComputed {

  private Result() {}

  /**
   * A computed result.
   *
   * @param value the value
   * @param <T> its type
   * @param <R> the family's reason type
   * @return the result
   */
  public static <T, R extends Enum<R> & Reason> Result<T, R> computed(T value) {
    return new Computed<>(checkNotNull(value, "value"));
  }

  /**
   * A result that was deliberately not computed.
   *
   * @param reason why
   * @param <T> the type the value would have had
   * @param <R> the family's reason type
   * @return the result
   */
  public static <T, R extends Enum<R> & Reason> Result<T, R> notComputed(R reason) {
    return new NotComputed<>(checkNotNull(reason, "reason"));
  }

  /** Whether there is a value. */
  public abstract boolean isComputed();

  /**
   * The value.
   *
   * @return the value
   * @throws NotComputedException naming the reason when there is none
   */
  public abstract T orElseThrow();

  /** The value, or empty when it was not computed. */
  public abstract Optional<T> value();

  /** Why there is no value, or empty when there is one. */
  public abstract Optional<R> reason();

  /**
   * The value transformed, keeping the reason when there is none.
   *
   * @param mapper applied to the value; must not return {@code null}
   * @param <U> the new value's type
   * @return the transformed result
   */
  public abstract <U> Result<U, R> map(Function<? super T, ? extends U> mapper);

  /**
   * A computed result: one side of the sealed pair, for callers that switch on the kind ({@code
   * result instanceof Result.Computed<Interval, IntervalReason> c}); its value is {@link
   * #orElseThrow()}, which never throws here.
   *
   * @param <T> the type of the value
   * @param <R> the family's reason type
   */
  public static final class Computed<T, R extends Enum<R> & Reason> extends Result<T, R> {
    private final T value;

    Computed(T value) {
      this.value = value;
    }

    @Override
    public boolean isComputed() {
      return true;
    }

    @Override
    public T orElseThrow() {
      return value;
    }

    @Override
    public Optional<T> value() {
      return Optional.of(value);
    }

    @Override
    public Optional<R> reason() {
      return Optional.empty();
    }

    @Override
    public <U> Result<U, R> map(Function<? super T, ? extends U> mapper) {
      checkNotNull(mapper, "mapper");
      return computed(checkNotNull(mapper.apply(value), "mapped value"));
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Computed<?, ?> that && that.value.equals(value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    /** The value's own text. */
    @Override
    public String toString() {
      return value.toString();
    }
  }

  /**
   * A result not computed, with its reason: the other side of the sealed pair; {@link #why()} gives
   * the reason without an {@code Optional}.
   *
   * @param <T> the type the value would have had
   * @param <R> the family's reason type
   */
  public static final class NotComputed<T, R extends Enum<R> & Reason> extends Result<T, R> {
    private final R reason;

    NotComputed(R reason) {
      this.reason = reason;
    }

    /** Why the result was not computed. */
    public R why() {
      return reason;
    }

    @Override
    public boolean isComputed() {
      return false;
    }

    @Override
    public T orElseThrow() {
      throw new NotComputedException(reason);
    }

    @Override
    public Optional<T> value() {
      return Optional.empty();
    }

    @Override
    public Optional<R> reason() {
      return Optional.of(reason);
    }

    @Override
    public <U> Result<U, R> map(Function<? super T, ? extends U> mapper) {
      checkNotNull(mapper, "mapper");
      return notComputed(reason);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof NotComputed<?, ?> that && that.reason == reason;
    }

    @Override
    public int hashCode() {
      return reason.hashCode();
    }

    /** {@code not computed: } and the reason's sentence. */
    @Override
    public String toString() {
      return "not computed: " + reason.sentence();
    }
  }
}
