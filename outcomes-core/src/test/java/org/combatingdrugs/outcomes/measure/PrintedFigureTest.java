package org.combatingdrugs.outcomes.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.combatingdrugs.outcomes.exact.Exact;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class PrintedFigureTest {

  private static final String EXPECTED =
      "text must be a figure as printed, such as 59,478,661, £23,756, £1.2m, 45.2%, -3.1%,"
          + " 7.8 per 1,000 or (+72), but was '";

  /** Asserts a figure's value, unit, step and interval, each literally. */
  @CanIgnoreReturnValue
  private static PrintedFigure assertFigure(
      String text, String value, Unit unit, String step, String lower, String upper) {
    PrintedFigure figure = PrintedFigure.parse(text);
    assertThat(figure.text()).isEqualTo(text);
    assertThat(figure.value()).as("value of %s", text).isEqualTo(new BigDecimal(value));
    assertThat(figure.unit()).as("unit of %s", text).isEqualTo(unit);
    assertThat(figure.step()).as("step of %s", text).isEqualTo(new BigDecimal(step));
    assertThat(figure.lower()).as("lower of %s", text).isEqualTo(new BigDecimal(lower));
    assertThat(figure.upper()).as("upper of %s", text).isEqualTo(new BigDecimal(upper));
    assertThat(figure.quantity()).isEqualTo(Quantity.of(new BigDecimal(value), unit));
    return figure;
  }

  @Test
  void test_parse_countsAndPounds() {
    assertFigure("59,478,661", "59478661", Unit.COUNT, "1", "59478660.5", "59478661.5");
    assertFigure("59478661", "59478661", Unit.COUNT, "1", "59478660.5", "59478661.5");
    assertFigure("£59,478,661", "59478661", Unit.POUNDS, "1", "59478660.5", "59478661.5");
    assertFigure("£23,756", "23756", Unit.POUNDS, "1", "23755.5", "23756.5");
    assertFigure("£94,304", "94304", Unit.POUNDS, "1", "94303.5", "94304.5");
    assertFigure("£12.50", "12.50", Unit.POUNDS, "0.01", "12.495", "12.505");
    assertFigure("0", "0", Unit.COUNT, "1", "-0.5", "0.5");
  }

  @Test
  void test_parse_magnitudeSuffixes() {
    assertFigure("£78k", "78000", Unit.POUNDS, "1000", "77500", "78500");
    assertFigure("£78K", "78000", Unit.POUNDS, "1000", "77500", "78500");
    assertFigure("£1.2m", "1200000", Unit.POUNDS, "100000", "1150000", "1250000");
    assertFigure("£1.2M", "1200000", Unit.POUNDS, "100000", "1150000", "1250000");
    assertFigure("£19bn", "19000000000", Unit.POUNDS, "1000000000", "18500000000", "19500000000");
    assertFigure("£19BN", "19000000000", Unit.POUNDS, "1000000000", "18500000000", "19500000000");
    assertFigure("£19Bn", "19000000000", Unit.POUNDS, "1000000000", "18500000000", "19500000000");
    assertFigure("£0.078m", "78000", Unit.POUNDS, "1000", "77500", "78500");
    assertFigure("£1.25bn", "1250000000", Unit.POUNDS, "10000000", "1245000000", "1255000000");
    assertFigure("12k", "12000", Unit.COUNT, "1000", "11500", "12500");
    assertFigure("£1,234k", "1234000", Unit.POUNDS, "1000", "1233500", "1234500");
  }

  @Test
  void test_parse_percentagesAndRates() {
    assertFigure("45.2%", "45.2", Unit.PERCENT, "0.1", "45.15", "45.25");
    assertFigure("45.20%", "45.20", Unit.PERCENT, "0.01", "45.195", "45.205");
    assertFigure("58%", "58", Unit.PERCENT, "1", "57.5", "58.5");
    assertFigure("7.8 per 1,000", "7.8", Unit.ratePer(1000), "0.1", "7.75", "7.85");
    assertFigure("7.8 per 1000", "7.8", Unit.ratePer(1000), "0.1", "7.75", "7.85");
    assertFigure("12.3 per 100,000", "12.3", Unit.ratePer(100_000), "0.1", "12.25", "12.35");
  }

  @Test
  void test_parse_signsAndBrackets() {
    PrintedFigure fall = assertFigure("-3.1%", "-3.1", Unit.PERCENT, "0.1", "-3.15", "-3.05");
    assertThat(fall.includesLower()).isFalse();
    assertThat(fall.includesUpper()).isTrue();
    PrintedFigure rise = assertFigure("+7.5%", "7.5", Unit.PERCENT, "0.1", "7.45", "7.55");
    assertThat(rise.includesLower()).isTrue();
    assertThat(rise.includesUpper()).isFalse();
    assertFigure("(-24)", "-24", Unit.COUNT, "1", "-24.5", "-23.5");
    assertFigure("(+72)", "72", Unit.COUNT, "1", "71.5", "72.5");
    assertFigure("( -24 )", "-24", Unit.COUNT, "1", "-24.5", "-23.5");
    assertFigure("(-3.1%)", "-3.1", Unit.PERCENT, "0.1", "-3.15", "-3.05");
    assertFigure("\u22123.1%", "-3.1", Unit.PERCENT, "0.1", "-3.15", "-3.05");
    assertFigure("\u201324", "-24", Unit.COUNT, "1", "-24.5", "-23.5");
    assertFigure("-£720", "-720", Unit.POUNDS, "1", "-720.5", "-719.5");
    assertFigure("\u2212£1.2m", "-1200000", Unit.POUNDS, "100000", "-1250000", "-1150000");
    assertFigure("-0.0%", "0.0", Unit.PERCENT, "0.1", "-0.05", "0.05");
    PrintedFigure zero = assertFigure("(0)", "0", Unit.COUNT, "1", "-0.5", "0.5");
    assertThat(zero.includesLower()).isFalse();
    assertThat(zero.includesUpper()).isFalse();
  }

  @Test
  void test_parse_spaces() {
    assertFigure("  £23,756\u00A0", "23756", Unit.POUNDS, "1", "23755.5", "23756.5");
    assertFigure("\u202F45.2%\t", "45.2", Unit.PERCENT, "0.1", "45.15", "45.25");
    assertFigure("7.8\u00A0per\u202F1,000", "7.8", Unit.ratePer(1000), "0.1", "7.75", "7.85");
    assertFigure("7.8  per  1,000", "7.8", Unit.ratePer(1000), "0.1", "7.75", "7.85");
    assertFigure("1" + " ".repeat(99), "1", Unit.COUNT, "1", "0.5", "1.5");
  }

  @Test
  void test_contains_halfOpenAtTheEndAwayFromZero() {
    PrintedFigure thousands = PrintedFigure.parse("£78k");
    assertThat(thousands.contains(Exact.of(77_800))).isTrue();
    assertThat(thousands.contains(Exact.of(77_500))).isTrue();
    assertThat(thousands.contains(Exact.of(77_499))).isFalse();
    assertThat(thousands.contains(Exact.of(78_500))).isFalse();
    assertThat(thousands.contains(Exact.of(156_999, 2))).isTrue();
    assertThat(thousands.contains(Quantity.pounds("77800"))).isTrue();

    PrintedFigure fall = PrintedFigure.parse("-3.1%");
    assertThat(fall.contains(Exact.parse("-3.15"))).isFalse();
    assertThat(fall.contains(Exact.parse("-3.1499"))).isTrue();
    assertThat(fall.contains(Exact.parse("-3.05"))).isTrue();
    assertThat(fall.contains(Exact.parse("-3.0499"))).isFalse();

    PrintedFigure zero = PrintedFigure.parse("0.0%");
    assertThat(zero.contains(Exact.parse("-0.05"))).isFalse();
    assertThat(zero.contains(Exact.parse("0.05"))).isFalse();
    assertThat(zero.contains(Exact.parse("-0.0499"))).isTrue();
    assertThat(zero.contains(Exact.parse("0.0499"))).isTrue();

    PrintedFigure share = PrintedFigure.parse("45.2%");
    assertThat(share.contains(Proportion.of(226, 500).quantity())).isTrue();
    assertThat(share.contains(Proportion.of(181, 400).quantity())).isFalse();
    assertThat(share.contains(Exact.parse("45.25"))).isFalse();
  }

  @Test
  void test_contains_refusesAnotherUnit() {
    assertThatThrownBy(() -> PrintedFigure.parse("£78k").contains(Quantity.count(77_800)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity must be in pounds like '£78k' but was 77,800 (count)");
    assertThatThrownBy(
            () -> PrintedFigure.parse("7.8 per 1,000").contains(Quantity.of(78, Unit.ratePer(10_000))))
        .hasMessage("quantity must be in per 1,000 like '7.8 per 1,000' but was 78.0 per 10,000 (per 10,000)");
  }

  @Test
  void test_roundAndFormat_whatTheFigureWouldHavePrinted() {
    PrintedFigure thousands = PrintedFigure.parse("£78k");
    assertThat(thousands.round(Exact.of(77_400))).isEqualTo(new BigDecimal("77000"));
    assertThat(thousands.format(Exact.of(77_400))).isEqualTo("£77k");
    assertThat(thousands.format(Exact.of(1_234_567))).isEqualTo("£1,235k");
    assertThat(thousands.format(Exact.of(-77_500))).isEqualTo("-£78k");
    assertThat(PrintedFigure.parse("£1.2m").format(Exact.of(1_049_999))).isEqualTo("£1.0m");
    assertThat(PrintedFigure.parse("£94,304").format(Exact.of(95_024))).isEqualTo("£95,024");
    assertThat(PrintedFigure.parse("+7.5%").format(Exact.of(7200, 964))).isEqualTo("+7.5%");
    assertThat(PrintedFigure.parse("+7.5%").format(Exact.of(-7200, 964))).isEqualTo("-7.5%");
    assertThat(PrintedFigure.parse("+7.5%").format(Exact.ZERO)).isEqualTo("0.0%");
    assertThat(PrintedFigure.parse("(-24)").format(Exact.of(72))).isEqualTo("(+72)");
    assertThat(PrintedFigure.parse("(0)").format(Exact.of(3))).isEqualTo("(+3)");
    assertThat(PrintedFigure.parse("-3.1%").format(Exact.parse("3.1"))).isEqualTo("3.1%");
    assertThat(PrintedFigure.parse("-£720").format(Exact.of(720))).isEqualTo("£720");
    assertThat(PrintedFigure.parse("7.8\u00A0per 1,000").format(Exact.of(7, 1))).isEqualTo("7.0 per 1,000");
    assertThat(PrintedFigure.parse("\u22123.1%").format(Exact.parse("-3.15"))).isEqualTo("-3.2%");
  }

  @Test
  void test_toString_showsTheValuesThatPrintAsTheFigure() {
    assertThat(PrintedFigure.parse(" £1.2m ")).hasToString("£1.2m: £1,150,000 ≤ value < £1,250,000");
    assertThat(PrintedFigure.parse("45.2%")).hasToString("45.2%: 45.15% ≤ value < 45.25%");
    assertThat(PrintedFigure.parse("-3.1%")).hasToString("-3.1%: -3.15% < value ≤ -3.05%");
    assertThat(PrintedFigure.parse("(-24)")).hasToString("(-24): -24.5 < value ≤ -23.5");
    assertThat(PrintedFigure.parse("0")).hasToString("0: -0.5 < value < 0.5");
    assertThat(PrintedFigure.parse("7.8 per 1,000"))
        .hasToString("7.8 per 1,000: 7.75 per 1,000 ≤ value < 7.85 per 1,000");
  }

  @Test
  void test_equals_byValueUnitAndStep() {
    new EqualsTester()
        .addEqualityGroup(
            PrintedFigure.parse("£78k"),
            PrintedFigure.parse("£78K"),
            PrintedFigure.parse(" £78k "),
            PrintedFigure.parse("+£78k"),
            PrintedFigure.parse("£0.078m"))
        .addEqualityGroup(PrintedFigure.parse("£78,000"), PrintedFigure.parse("£78000"))
        .addEqualityGroup(PrintedFigure.parse("78k"))
        .addEqualityGroup(PrintedFigure.parse("£78.0k"))
        .addEqualityGroup(PrintedFigure.parse("7.5%"), PrintedFigure.parse("+7.5%"))
        .addEqualityGroup(PrintedFigure.parse("7.50%"))
        .addEqualityGroup(PrintedFigure.parse("7.5 per 1,000"))
        .addEqualityGroup(PrintedFigure.parse("(-24)"), PrintedFigure.parse("-24"), PrintedFigure.parse("\u201324"))
        .addEqualityGroup(PrintedFigure.parse("0"), PrintedFigure.parse("-0"), PrintedFigure.parse("(0)"))
        .testEquals();
  }

  private static void assertRefused(String text, String reason) {
    assertThatThrownBy(() -> PrintedFigure.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(EXPECTED + text + "': " + reason);
  }

  @Test
  void test_parse_refusesWithTheTextQuoted() {
    assertRefused("12,34", "thousands separators must separate groups of three digits");
    assertRefused("1234,567", "thousands separators must separate groups of three digits");
    assertRefused("1,2345", "thousands separators must separate groups of three digits");
    assertRefused("1,,000", "thousands separators must separate groups of three digits");
    assertRefused("£", "no digits after '£'");
    assertRefused("-", "no digits after '-'");
    assertRefused("45.2%%", "unexpected '%' after '45.2%'");
    assertRefused(
        "(24)",
        "an unsigned figure in brackets is ambiguous: 24 in brackets (as in +7.5% (+72)) or an"
            + " accounting-style negative, -24; expected (+24) or (-24)");
    assertRefused(
        "(£23,756)",
        "an unsigned figure in brackets is ambiguous: £23,756 in brackets (as in +7.5% (+72)) or an"
            + " accounting-style negative, -£23,756; expected (+£23,756) or (-£23,756)");
    assertRefused("1e5", "unexpected 'e5' after '1'");
    assertRefused("£-", "a sign goes before the £, as in -£720");
    assertRefused("£-720", "a sign goes before the £, as in -£720");
    assertRefused("", "there is no figure");
    assertRefused(" \u00A0", "there is no figure");
    assertRefused("()", "there is no figure");
  }

  @Test
  void test_parse_refusesOtherForms() {
    assertRefused("£19b", "unexpected 'b' after '£19'");
    assertRefused("£1.2mn", "unexpected 'n' after '£1.2m'");
    assertRefused("£1.2 million", "unexpected 'million' after '£1.2'");
    assertRefused("12k%", "a k, m or bn suffix is read only on counts and pounds");
    assertRefused("1.2m per 1,000", "a k, m or bn suffix is read only on counts and pounds");
    assertRefused("£45%", "a figure cannot be in pounds and a percentage");
    assertRefused("£5 per 1,000", "a rate cannot be in pounds");
    assertRefused("7.8 per 0", "a rate must be per a positive number");
    assertRefused("7.8 per", "expected a space and a multiplier after 'per'");
    assertRefused("7.8 per 1.5", "unexpected '.5' after '7.8 per 1'");
    assertRefused("7.8 per 1,000,000,000,000,000,000", "a rate per more than 18 digits");
    assertRefused("59 478 661", "unexpected '478 661' after '59'");
    assertRefused("05", "a whole number must not start with 0");
    assertRefused(".5", "expected a digit but found '.5'");
    assertRefused("5.", "a decimal point must be followed by digits");
    assertRefused("1.234,5", "unexpected ',5' after '1.234'");
    assertRefused("\u2014", "expected a digit but found '\u2014'");
    assertRefused("- 5", "expected a digit but found ' 5'");
    assertRefused("+-5", "expected a digit but found '-5'");
    assertRefused("(-24", "a bracket is opened but not closed");
    assertRefused("-24)", "a bracket is closed but not opened");
    assertRefused("((-24))", "brackets inside brackets");
    assertRefused("(-24))", "unexpected ')' after '-24'");
    assertRefused("1,000 people", "unexpected 'people' after '1,000'");
  }

  @Test
  void test_parse_boundsTheDigits() {
    String sixty = "123456789012345678901234567890".repeat(2);
    assertFigure(sixty, sixty, Unit.COUNT, "1", sixty.substring(0, 58) + "89.5", sixty + ".5");
    assertFigure("£" + sixty + "bn", sixty + "000000000", Unit.POUNDS, "1000000000",
        sixty.substring(0, 58) + "89500000000", sixty + "500000000");
    assertRefused(sixty + "1", "more than 60 digits");
    assertRefused("0." + sixty, "more than 60 digits");
    assertRefused("£" + sixty + "1bn", "more than 60 digits");
  }

  @Test
  void test_parse_boundsTheLengthBeforeReading() {
    String tooLong = "1" + "0".repeat(100);
    assertThatThrownBy(() -> PrintedFigure.parse(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(EXPECTED + "10000000000000000000…' (101 characters): at most 100 characters are read");

    String millionDigits = "1" + "0".repeat(999_999);
    ThrowingCallable parse = () -> PrintedFigure.parse(millionDigits);
    Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(1),
        () ->
            assertThatThrownBy(parse)
                .hasMessage(
                    EXPECTED
                        + "10000000000000000000…' (1000000 characters): at most 100 characters are"
                        + " read"));

    CountingText counted = new CountingText(millionDigits);
    assertThatThrownBy(() -> PrintedFigure.parse(counted)).isInstanceOf(IllegalArgumentException.class);
    assertThat(counted.charsRead).isLessThanOrEqualTo(20);
  }

  /** A text that counts the characters read from it. */
  private static final class CountingText implements CharSequence {
    private final String text;
    private int charsRead;

    CountingText(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      charsRead++;
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      charsRead += end - start;
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      charsRead += text.length();
      return text;
    }
  }

  @Test
  void test_nulls() {
    NullPointerTester tester = new NullPointerTester()
            .setDefault(Exact.class, Exact.ONE)
            .setDefault(Quantity.class, Quantity.pounds("1"));
    tester.testAllPublicStaticMethods(PrintedFigure.class);
    tester.testAllPublicInstanceMethods(PrintedFigure.parse("£78k"));
  }

  @Test
  void test_parse_readsASpaceAfterThePoundSignAndBeforeTheUnitOrSuffix() {
    assertThat(PrintedFigure.parse("£ 23,756")).isEqualTo(PrintedFigure.parse("£23,756"));
    assertThat(PrintedFigure.parse("45.2 %")).isEqualTo(PrintedFigure.parse("45.2%"));
    assertThat(PrintedFigure.parse("£1.2 m")).isEqualTo(PrintedFigure.parse("£1.2m"));
    assertThat(PrintedFigure.parse("£19 bn").value()).isEqualByComparingTo("19000000000");
    assertThat(PrintedFigure.parse("7.8 per 1,000").unit()).hasToString("per 1,000");
  }
}
