package org.combatingdrugs.outcomes.measure;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** Reads the text of a {@link PrintedFigure}; see there for the forms read and refused. */
final class PrintedFigureParser {

  private static final String EXPECTED =
      "text must be a figure as printed, such as 59,478,661, £23,756, £1.2m, 45.2%, -3.1%,"
          + " 7.8 per 1,000 or (+72), but was '";

  /** How much of an over-long text a refusal quotes. */
  private static final int QUOTED_PREFIX = 20;

  /** The most digits of a rate's multiplier: it must fit a {@code long}. */
  private static final int MAX_MULTIPLIER_DIGITS = 18;

  /** The magnitude suffixes read, longest first. */
  private static final List<String> SUFFIXES = List.of("bn", "Bn", "BN", "k", "K", "m", "M");

  private final String text;
  private final String figure;
  private int pos;

  private PrintedFigureParser(String text, String figure) {
    this.text = text;
    this.figure = figure;
  }

  static PrintedFigure parse(CharSequence text) {
    checkNotNull(text, "text");
    int length = text.length();
    if (length > PrintedFigure.MAX_LENGTH) {
      throw new IllegalArgumentException(
          EXPECTED
              + text.subSequence(0, QUOTED_PREFIX)
              + "…' ("
              + length
              + " characters): at most "
              + PrintedFigure.MAX_LENGTH
              + " characters are read");
    }
    String original = text.toString();
    String figure = strip(original);
    boolean bracketed = false;
    if (figure.startsWith("(")) {
      if (!figure.endsWith(")")) {
        throw refusal(original, "a bracket is opened but not closed");
      }
      figure = strip(figure.substring(1, figure.length() - 1));
      if (figure.startsWith("(")) {
        throw refusal(original, "brackets inside brackets");
      }
      bracketed = true;
    } else if (figure.endsWith(")")) {
      throw refusal(original, "a bracket is closed but not opened");
    }
    PrintedFigure read = new PrintedFigureParser(original, figure).read(bracketed);
    if (bracketed && !isSign(figure.charAt(0)) && read.value().signum() != 0) {
      throw refusal(
          original,
          "an unsigned figure in brackets is ambiguous: "
              + figure
              + " in brackets (as in +7.5% (+72)) or an accounting-style negative, -"
              + figure
              + "; expected (+"
              + figure
              + ") or (-"
              + figure
              + ")");
    }
    return read;
  }

  private PrintedFigure read(boolean bracketed) {
    int end = figure.length();
    if (end == 0) {
      throw refuse("there is no figure");
    }
    boolean explicitSign = isSign(figure.charAt(0));
    boolean negative = explicitSign && figure.charAt(0) != '+';
    if (explicitSign) {
      pos++;
    }
    boolean pounds = pos < end && figure.charAt(pos) == '£';
    if (pounds) {
      pos++;
      while (pos < end && isSpace(figure.charAt(pos))) {
        pos++;
      }
      if (pos < end && isSign(figure.charAt(pos))) {
        throw refuse("a sign goes before the £, as in -£720");
      }
    }
    String whole = readWhole();
    int fractionDigits = 0;
    String fraction = "";
    if (pos < end && figure.charAt(pos) == '.') {
      pos++;
      int start = pos;
      while (pos < end && isDigit(figure.charAt(pos))) {
        pos++;
      }
      if (pos == start) {
        throw refuse("a decimal point must be followed by digits");
      }
      fraction = figure.substring(start, pos);
      fractionDigits = fraction.length();
    }
    if (whole.length() + fractionDigits > PrintedFigure.MAX_DIGITS) {
      throw refuse("more than " + PrintedFigure.MAX_DIGITS + " digits");
    }
    String suffix = readSpacedSuffix();
    int suffixExponent = suffixExponent(suffix);
    int beforeSpaces = pos;
    while (pos < end && isSpace(figure.charAt(pos))) {
      pos++;
    }
    if (!(pos < end && figure.charAt(pos) == '%')) {
      pos = beforeSpaces;
    }
    Unit unit = pounds ? Unit.POUNDS : Unit.COUNT;
    if (pos < end) {
      if (!suffix.isEmpty() && (figure.charAt(pos) == '%' || isSpace(figure.charAt(pos)))) {
        throw refuse("a k, m or bn suffix is read only on counts and pounds");
      }
      if (figure.charAt(pos) == '%') {
        if (pounds) {
          throw refuse("a figure cannot be in pounds and a percentage");
        }
        pos++;
        unit = Unit.PERCENT;
      } else if (isSpace(figure.charAt(pos))) {
        unit = readRate(pounds);
      }
    }
    if (pos < end) {
      throw refuse(
          "unexpected '" + figure.substring(pos) + "' after '" + figure.substring(0, pos) + "'");
    }
    BigDecimal magnitude =
        new BigDecimal(new BigInteger(whole + fraction), fractionDigits)
            .scaleByPowerOfTen(suffixExponent);
    return new PrintedFigure(
        text,
        negative ? magnitude.negate() : magnitude,
        unit,
        suffixExponent - fractionDigits,
        suffix,
        suffixExponent,
        explicitSign && !negative,
        bracketed);
  }

  /** Digits, in groups of three when separated, without a leading zero; the digits alone. */
  private String readWhole() {
    int end = figure.length();
    if (pos == end) {
      throw refuse("no digits after '" + figure + "'");
    }
    if (!isDigit(figure.charAt(pos))) {
      throw refuse("expected a digit but found '" + figure.substring(pos) + "'");
    }
    StringBuilder digits = new StringBuilder();
    int group = 0;
    boolean separated = false;
    while (pos < end && (isDigit(figure.charAt(pos)) || figure.charAt(pos) == ',')) {
      char c = figure.charAt(pos);
      if (c == ',') {
        if (separated ? group != 3 : group > 3) {
          throw refuse("thousands separators must separate groups of three digits");
        }
        separated = true;
        group = 0;
      } else {
        digits.append(c);
        group++;
      }
      pos++;
    }
    if (separated && group != 3) {
      throw refuse("thousands separators must separate groups of three digits");
    }
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      throw refuse("a whole number must not start with 0");
    }
    return digits.toString();
  }

  /** A suffix written after the digits, or after spaces when it ends the figure ({@code £1.2 m}). */
  private String readSpacedSuffix() {
    int start = pos;
    while (pos < figure.length() && isSpace(figure.charAt(pos))) {
      pos++;
    }
    if (pos > start) {
      String suffix = readSuffix();
      if (!suffix.isEmpty() && pos == figure.length()) {
        return suffix;
      }
      pos = start;
      return "";
    }
    return readSuffix();
  }

  private String readSuffix() {
    for (String suffix : SUFFIXES) {
      if (figure.startsWith(suffix, pos)) {
        pos += suffix.length();
        return suffix;
      }
    }
    return "";
  }

  private static int suffixExponent(String suffix) {
    return switch (suffix) {
      case "k", "K" -> 3;
      case "m", "M" -> 6;
      case "bn", "Bn", "BN" -> 9;
      default -> 0;
    };
  }

  /** Spaces, {@code per}, spaces and a positive whole multiplier. */
  private Unit readRate(boolean pounds) {
    skipSpaces();
    if (!figure.startsWith("per", pos)) {
      throw refuse(
          "unexpected '" + figure.substring(pos) + "' after '" + strip(figure.substring(0, pos)) + "'");
    }
    if (pounds) {
      throw refuse("a rate cannot be in pounds");
    }
    pos += "per".length();
    int before = pos;
    skipSpaces();
    if (pos == before) {
      throw refuse("expected a space and a multiplier after 'per'");
    }
    String multiplier = readWhole();
    if (multiplier.length() > MAX_MULTIPLIER_DIGITS) {
      throw refuse("a rate per more than " + MAX_MULTIPLIER_DIGITS + " digits");
    }
    long per = Long.parseLong(multiplier);
    if (per == 0) {
      throw refuse("a rate must be per a positive number");
    }
    return Unit.ratePer(per);
  }

  private void skipSpaces() {
    while (pos < figure.length() && isSpace(figure.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException refuse(String reason) {
    return refusal(text, reason);
  }

  private static IllegalArgumentException refusal(String text, String reason) {
    return new IllegalArgumentException(EXPECTED + text + "': " + reason);
  }

  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  private static boolean isSign(char c) {
    return c == '-' || c == '+' || c == '\u2212' || c == '\u2013';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
