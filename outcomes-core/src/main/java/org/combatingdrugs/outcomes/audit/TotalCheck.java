package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.measure.Unit;

/**
 * The check of a printed total against its printed parts, each at its own precision. A table in
 * thousands of pounds prints {@code 160,312} for parts that add up to 160,313: each part stands for
 * a value within £500 of it, so the true sum lies between £160,311,000 and £160,315,000, and the
 * printed total is consistent with the parts within their rounding.
 *
 * <p>A whole count or amount of pounds printed in full is taken as exact; any other part stands for
 * every value that prints as it (half up, as {@link PrintedFigure} reads it).
 *
 * @param total the printed total
 * @param parts the printed parts, 1 to 1,000 of them, in the total's unit (counts, pounds or
 *     percentages of one whole)
 */
public record TotalCheck(PrintedFigure total, ImmutableList<PrintedFigure> parts) {

  private static final int MAX_PARTS = 1000;
  private static final int PARTS_NAMED = 8;

  /** Checks the parts are there, not too many, and in the total's unit. */
  public TotalCheck {
    validate(total, parts);
  }

  static void validate(PrintedFigure total, ImmutableList<PrintedFigure> parts) {
    checkNotNull(total, "total");
    checkNotNull(parts, "parts");
    checkArgument(
        !parts.isEmpty() && parts.size() <= MAX_PARTS,
        "parts must number 1 to %s but were %s",
        (Integer) MAX_PARTS,
        (Integer) parts.size());
    checkArgument(
        !total.unit().isRate(),
        "total must be a count, pounds or a percentage but was '%s'",
        total.text());
    for (PrintedFigure part : parts) {
      checkArgument(
          part.unit().equals(total.unit()),
          "parts must be in the total's unit (%s, like '%s') but one was '%s'",
          total.unit(),
          total.text(),
          part.text());
    }
  }

  /**
   * Checks a printed total against its parts.
   *
   * @param total the printed total
   * @param parts the printed parts, in the total's unit
   * @return the check
   */
  public static TotalCheck of(PrintedFigure total, List<PrintedFigure> parts) {
    checkNotNull(parts, "parts");
    checkArgument(
        parts.size() <= MAX_PARTS,
        "parts must number 1 to %s but were %s",
        (Integer) MAX_PARTS,
        (Integer) parts.size());
    return new TotalCheck(total, ImmutableList.copyOf(parts));
  }

  /**
   * Checks the text of a printed total against the text of its parts: {@code of("36%", "6%",
   * "30%")}.
   *
   * @param total the total as printed, read by {@link PrintedFigure#parse}
   * @param parts the parts as printed
   * @return the check
   */
  public static TotalCheck of(CharSequence total, CharSequence... parts) {
    checkNotNull(total, "total");
    checkNotNull(parts, "parts");
    checkArgument(
        parts.length <= MAX_PARTS,
        "parts must number 1 to %s but were %s",
        (Integer) MAX_PARTS,
        (Integer) parts.length);
    ImmutableList.Builder<PrintedFigure> read = ImmutableList.builder();
    for (CharSequence part : parts) {
      read.add(PrintedFigure.parse(checkNotNull(part, "part")));
    }
    return new TotalCheck(PrintedFigure.parse(total), read.build());
  }

  /** The printed parts added up as printed: 160,313 (thousand) for the table above. */
  public Exact printedSum() {
    Exact sum = Exact.ZERO;
    for (PrintedFigure part : parts) {
      sum = sum.add(Printing.value(part));
    }
    return sum;
  }

  /** The values the true sum may have, given each part's rounding. */
  public ExactInterval sum() {
    ExactInterval sum = ExactInterval.point(Exact.ZERO);
    for (PrintedFigure part : parts) {
      sum = sum.plus(Printing.input(part));
    }
    return sum;
  }

  /** Whether the printed parts, added up as printed, print as the total. */
  public boolean addsUp() {
    return total.contains(printedSum());
  }

  /** Whether some true sum the parts allow prints as the total: consistent within the rounding. */
  public boolean isConsistent() {
    return ExactInterval.printing(total).intersects(sum());
  }

  /**
   * The printed sum of the parts rounded half up to the total's step: what the total should print.
   */
  public BigDecimal expected() {
    return total.round(printedSum());
  }

  /**
   * The verdict for readers: {@code '36%' is consistent with its parts 6% + 30% = 36%}; {@code
   * '£160,312k' is consistent with its parts -£24,895k + £135,821k + £44,738k + £4,649k = £160,313k
   * within their rounding (£160,311,000 < true sum < £160,315,000)}. More than eight parts are
   * counted, not listed.
   */
  @Override
  public String toString() {
    String added = partsText(parts) + " = " + Printing.as(total, printedSum());
    String figure = "'" + Printing.shown(total) + "' ";
    if (addsUp()) {
      return figure + "is consistent with " + added;
    }
    String range = sum().isPoint() ? "" : " (" + between(sum(), total.unit(), "true sum") + ")";
    return figure
        + (isConsistent()
            ? "is consistent with " + added + " within their rounding"
            : "is not consistent with " + added)
        + range;
  }

  static String partsText(List<PrintedFigure> parts) {
    if (parts.size() > PARTS_NAMED) {
      return "its " + parts.size() + " parts";
    }
    StringBuilder text = new StringBuilder("its parts ").append(Printing.shown(parts.get(0)));
    for (PrintedFigure part : parts.subList(1, parts.size())) {
      boolean negative = part.value().signum() < 0;
      text.append(negative ? " - " : " + ").append(Printing.as(part, Printing.value(part).abs()));
    }
    return text.toString();
  }

  /**
   * An interval in a unit as a double inequality: {@code £160,311,000 < true sum < £160,315,000}.
   */
  static String between(ExactInterval interval, Unit unit, String name) {
    return unit.format(decimal(interval.lower()))
        + (interval.includesLower() ? " ≤ " : " < ")
        + name
        + (interval.includesUpper() ? " ≤ " : " < ")
        + unit.format(decimal(interval.upper()));
  }

  private static BigDecimal decimal(Exact value) {
    return value.exactDecimal().orElseGet(() -> value.toDecimal(6, RoundingMode.HALF_UP));
  }
}
