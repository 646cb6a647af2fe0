package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class TranspositionProperties {

  @Property
  void swappingTwoAdjacentDifferentDigitsIsATranspositionAndDiffersByAMultipleOfNine(
      @ForAll @LongRange(min = 10, max = 999_999_999_999L) long number,
      @ForAll @IntRange(min = 0, max = 20) int position) {
    char[] digits = Long.toString(number).toCharArray();
    int i = position % (digits.length - 1);
    Assume.that(digits[i] != digits[i + 1] && !(i == 0 && digits[1] == '0'));
    char swap = digits[i];
    digits[i] = digits[i + 1];
    digits[i + 1] = swap;
    long written = Long.parseLong(new String(digits));
    assertThat(Transpositions.isAdjacentTransposition(number, written)).isTrue();
    assertThat(Transpositions.isAdjacentTransposition(written, number)).isTrue();
    assertThat((number - written) % 9).isZero();
  }

  @Property
  void aNumberIsNeverItsOwnTransposition(@ForAll @LongRange(min = 0) long number) {
    assertThat(Transpositions.isAdjacentTransposition(number, number)).isFalse();
  }
}
