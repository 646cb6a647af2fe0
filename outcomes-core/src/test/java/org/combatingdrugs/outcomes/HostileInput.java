package org.combatingdrugs.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Issue 14's rule, shared by the hostile-input properties of each package: a public call returns a
 * valid result or throws {@link IllegalArgumentException} (or a subclass) naming the caller's field
 * or value, promptly; never another exception, a hang, or a result that breaks its own invariants.
 * Also the hostile generators those properties draw from.
 */
public final class HostileInput {

  /** The time one call, with the checks of its result, may take. */
  public static final Duration PROMPTLY = Duration.ofSeconds(2);

  private HostileInput() {}

  /**
   * Runs a call within {@link #PROMPTLY}, then, when it returns, the checks of its result (its
   * {@code toString} first) within the same limit.
   *
   * @param call the public call
   * @param invariants what a valid result must satisfy
   * @param named what a refusal must name, at least one of: the caller's field names and values
   * @return the result, or empty when the call was refused as the rule allows
   */
  public static <T> Optional<T> validOrRefused(
      ThrowingSupplier<T> call, Consumer<? super T> invariants, String... named) {
    AtomicReference<T> result = new AtomicReference<>();
    Optional<IllegalArgumentException> refusal =
        assertTimeoutPreemptively(
            PROMPTLY,
            () -> {
              T returned;
              try {
                returned = call.get();
              } catch (IllegalArgumentException refused) {
                return Optional.of(refused);
              }
              assertThat(returned.toString()).isNotBlank();
              invariants.accept(returned);
              result.set(returned);
              return Optional.<IllegalArgumentException>empty();
            },
            () -> "a call took longer than " + PROMPTLY + " on input naming " + String.join(", ", named));
    if (refusal.isPresent()) {
      String message = String.valueOf(refusal.get().getMessage());
      boolean naming = false;
      for (String name : named) {
        naming |= message.contains(name);
      }
      if (!naming) {
        fail("refusal names none of [%s]: %s", String.join(", ", named), message);
      }
      return Optional.empty();
    }
    return Optional.ofNullable(result.get());
  }

  /** Longs at the ends of the range, near zero and the powers where doubles lose whole numbers. */
  public static Arbitrary<Long> longs() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            0L, 1L, -1L, 9L, 10L, Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE, 1L << 53,
            (1L << 53) + 1, 2_147_483_647L, 2_147_483_648L),
        Arbitraries.longs(),
        Arbitraries.longs().between(0, 1000));
  }

  /** Non-negative longs from {@link #longs()}. */
  public static Arbitrary<Long> counts() {
    return longs().map(v -> v == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(v));
  }

  /** Doubles at ±MAX_VALUE, ±MIN_VALUE, NaN, the infinities, ±0.0, 1e±308, and ordinary ones. */
  public static Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 1e308, 1e-308,
            -1e308, 1.0, 100_000.0, Math.nextDown(1.0), Math.nextUp(0.0)),
        Arbitraries.doubles(),
        Arbitraries.doubles().between(-1000, 1000));
  }

  /** Finite doubles from {@link #doubles()}. */
  public static Arbitrary<Double> finiteDoubles() {
    return doubles().filter(Double::isFinite);
  }

  /**
   * BigDecimals of huge and tiny magnitudes and scales (±1, ±1000, ±10^9, Integer.MIN_VALUE and
   * MAX_VALUE), long digit strings (up to 2,000 digits), zero at extreme scales, and ordinary ones.
   */
  public static Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigInteger> unscaled =
        Arbitraries.oneOf(
            Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TEN.pow(39), BigInteger.TEN.pow(40))
                .map(v -> v),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(2000).map(BigInteger::new),
            Arbitraries.bigIntegers().between(BigInteger.valueOf(-1_000_000), BigInteger.valueOf(1_000_000)));
    Arbitrary<Integer> scales =
        Arbitraries.oneOf(
            Arbitraries.of(
                0, 1, 2, -1, 40, 1000, 1001, -1000, -1001, 999_999_999, -999_999_999, Integer.MAX_VALUE,
                Integer.MIN_VALUE, Integer.MIN_VALUE + 1),
            Arbitraries.integers().between(-50, 50));
    Arbitrary<Boolean> negative = Arbitraries.of(false, false, true);
    return Combinators.combine(unscaled, scales, negative)
        .as((u, s, minus) -> new BigDecimal(minus ? u.negate() : u, s));
  }

  /**
   * Text a person or file might offer as a number: digit strings up to and beyond 100 characters
   * and a million digits, exponents far beyond any scale, signs, spaces, look-alike digits and
   * separators.
   */
  public static Arbitrary<String> numberText() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "1" + "0".repeat(1_000_000),
            "9".repeat(100),
            "9".repeat(101),
            "0." + "0".repeat(98),
            "1e999999999",
            "1e-999999999",
            "-1E+2147483647",
            "1e2147483648",
            "0e-2147483648",
            " 12.50 ",
            "１２",
            "12,5",
            "1_000",
            "+-1",
            "NaN",
            "Infinity",
            "-0",
            "0x1p3",
            "",
            " ",
            "٣",
            "1\u00A0000"),
        decimals().map(BigDecimal::toString),
        Arbitraries.strings().withChars("0123456789.-+eE /").ofMaxLength(30));
  }
}
