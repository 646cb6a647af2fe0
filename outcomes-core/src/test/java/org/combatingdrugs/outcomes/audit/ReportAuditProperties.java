package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.ChangeFormat;
import org.combatingdrugs.outcomes.calc.PercentageChange;
import org.combatingdrugs.outcomes.calc.Projections;
import org.combatingdrugs.outcomes.calc.RelativeChange;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.YearToDate;

/**
 * The audit finds no slip in figures the library itself printed, and finds the slip when one is
 * made on purpose.
 */
class ReportAuditProperties {

  private static Finding audit(ReportItem item) {
    return ReportAudit.of(PrintedReport.of("Generated", List.of(item))).findings().get(0);
  }

  /** The library's own "+7.5% (+72)", split into its percentage and its bracketed count. */
  private static String[] written(long base, long current, int decimals, RoundingMode mode) {
    String text =
        ChangeFormat.of(decimals, mode)
            .format(PercentageChange.between(Quantity.count(base), Quantity.count(current)));
    int bracket = text.indexOf(" (");
    return new String[] {text.substring(0, bracket), text.substring(bracket + 1)};
  }

  @Property
  void aChangeTheLibraryPrintedIsConsistentAndItsPairHoldsItsBase(
      @ForAll @LongRange(min = 1, max = 1_000_000_000) long base,
      @ForAll @LongRange(min = 0, max = 1_000_000_000) long current,
      @ForAll @IntRange(min = 0, max = 3) int decimals) {
    String[] change = written(base, current, decimals, RoundingMode.HALF_UP);
    String b = Long.toString(base);
    String c = Long.toString(current);
    Finding full = audit(PrintedChange.of("Change", change[0], b, c));
    assertThat(full.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(full.isWithinInputRounding()).isFalse();
    Finding pair = audit(PrintedChangeCount.of("Pair", change[0], change[1]));
    assertThat(pair.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(pair.range().orElseThrow().contains(base)).isTrue();
    assertThat(audit(PrintedChangeCount.of("Pair", change[0], change[1], b)).verdict())
        .isEqualTo(Verdict.CONSISTENT);
    Finding noBase = audit(PrintedChange.withoutBase("Change", change[0], c));
    assertThat(noBase.reason()).contains(NotCheckableReason.BASE_NOT_GIVEN);
    assertThat(noBase.range().orElseThrow().contains(base)).isTrue();
    Finding noCurrent = audit(PrintedChange.withoutCurrent("Change", change[0], b));
    assertThat(noCurrent.range().orElseThrow().contains(current)).isTrue();
  }

  /**
   * Truncating a change is found: as consistent when it agrees with rounding, else as a rounding
   * slip.
   */
  @Property
  void aTruncatedChangeIsFoundAsTruncatedOrAnotherRounding(
      @ForAll @LongRange(min = 1, max = 100_000) long base,
      @ForAll @LongRange(min = 0, max = 100_000) long current,
      @ForAll @IntRange(min = 0, max = 3) int decimals) {
    RelativeChange change =
        PercentageChange.between(Quantity.count(base), Quantity.count(current))
            .relative()
            .orElseThrow();
    BigDecimal truncated = change.percent(decimals, RoundingMode.DOWN);
    Finding finding =
        audit(
            PrintedChange.of(
                "Change",
                written(base, current, decimals, RoundingMode.DOWN)[0],
                Long.toString(base),
                Long.toString(current)));
    if (truncated.compareTo(change.percent(decimals, RoundingMode.HALF_UP)) == 0) {
      assertThat(finding.verdict()).isEqualTo(Verdict.CONSISTENT);
    } else {
      boolean nearestAgrees =
          truncated.compareTo(change.percent(decimals, RoundingMode.HALF_DOWN)) == 0
              || truncated.compareTo(change.percent(decimals, RoundingMode.HALF_EVEN)) == 0;
      assertThat(finding.slips()).contains(nearestAgrees ? Slip.OTHER_ROUNDING : Slip.TRUNCATED);
      assertThat(finding.slips())
          .doesNotContain(nearestAgrees ? Slip.TRUNCATED : Slip.OTHER_ROUNDING);
    }
  }

  /** A change printed with its sign reversed is found as such. */
  @Property
  void aReversedSignIsFound(
      @ForAll @LongRange(min = 1, max = 100_000) long base,
      @ForAll @LongRange(min = 0, max = 100_000) long current,
      @ForAll @IntRange(min = 0, max = 3) int decimals) {
    RelativeChange change =
        PercentageChange.between(Quantity.count(base), Quantity.count(current))
            .relative()
            .orElseThrow();
    BigDecimal printed = change.percent(decimals, RoundingMode.HALF_UP);
    Assume.that(printed.signum() != 0);
    Finding finding =
        audit(
            PrintedChange.of(
                "Change",
                printed.negate().toPlainString() + "%",
                Long.toString(base),
                Long.toString(current)));
    assertThat(finding.slips()).contains(Slip.SIGN_REVERSED);
  }

  @Property
  void aShareTheLibraryPrintedIsConsistentAndItsInputsAreInTheirRanges(
      @ForAll @LongRange(min = 0, max = 1_000_000) long count,
      @ForAll @LongRange(min = 0, max = 1_000_000) long more,
      @ForAll @IntRange(min = 0, max = 3) int decimals) {
    long total = Math.max(1, count + more);
    String share = Proportion.of(count, total).quantity().format(decimals, RoundingMode.HALF_UP);
    assertThat(
            audit(PrintedShare.of("Share", share, Long.toString(count), Long.toString(total)))
                .verdict())
        .isEqualTo(Verdict.CONSISTENT);
    assertThat(
            audit(PrintedShare.withoutTotal("Share", share, Long.toString(count)))
                .range()
                .orElseThrow()
                .contains(total))
        .isTrue();
    assertThat(
            audit(PrintedShare.withoutCount("Share", share, Long.toString(total)))
                .range()
                .orElseThrow()
                .contains(count))
        .isTrue();
  }

  @Property
  void aRateTheLibraryPrintedIsConsistentAndItsPopulationIsInItsRange(
      @ForAll @LongRange(min = 0, max = 1_000_000) long events,
      @ForAll @LongRange(min = 1, max = 100_000_000) long population,
      @ForAll @IntRange(min = 0, max = 3) int decimals,
      @ForAll boolean perThousand) {
    Quantity rate = Rate.of(events, population, perThousand ? 1000 : 100_000).quantity();
    String printed = rate.format(decimals, RoundingMode.HALF_UP);
    assertThat(
            audit(PrintedRate.of("Rate", printed, Long.toString(events), Long.toString(population)))
                .verdict())
        .isEqualTo(Verdict.CONSISTENT);
    assertThat(
            audit(PrintedRate.withoutPopulation("Rate", printed, Long.toString(events)))
                .range()
                .orElseThrow()
                .contains(population))
        .isTrue();
    assertThat(
            audit(PrintedRate.withoutCount("Rate", printed, Long.toString(population)))
                .range()
                .orElseThrow()
                .contains(events))
        .isTrue();
  }

  @Property
  void aProjectionTheLibraryPrintedIsConsistent(
      @ForAll @LongRange(min = 0, max = 100_000_000) long soFar,
      @ForAll @IntRange(min = 4, max = 15) int month) {
    FinancialYear year = FinancialYear.of(2023);
    YearToDate observed =
        YearToDate.through(
            CalendarMonth.of(month > 12 ? 2024 : 2023, month > 12 ? month - 12 : month));
    String printed =
        Projections.runRate(Quantity.count(soFar), observed, year, ElapsedBasis.MONTHS)
            .value()
            .format(0, RoundingMode.HALF_UP);
    Finding finding =
        audit(
            PrintedProjection.of(
                "Projection", printed, Long.toString(soFar), observed, year, ElapsedBasis.MONTHS));
    assertThat(finding.verdict()).isEqualTo(Verdict.CONSISTENT);
  }

  /**
   * Parts and their total each printed to the nearest thousand pounds from true amounts:
   * consistent.
   */
  @Property(tries = 300)
  void aTotalOfRoundedPartsPrintedRoundedIsConsistent(
      @ForAll @Size(min = 1, max = 20)
          List<@LongRange(min = -100_000_000, max = 100_000_000) Long> amounts) {
    PrintedFigure thousands = PrintedFigure.parse("£1k");
    List<PrintedFigure> parts = new ArrayList<>();
    Exact sum = Exact.ZERO;
    for (long amount : amounts) {
      parts.add(PrintedFigure.parse(thousands.format(Exact.of(amount))));
      sum = sum.add(Exact.of(amount));
    }
    Finding finding =
        audit(PrintedTotal.of("Total", PrintedFigure.parse(thousands.format(sum)), parts));
    assertThat(finding.verdict()).isEqualTo(Verdict.CONSISTENT);
  }

  /** Two percentages and their change in points, as the library writes it: consistent. */
  @Property
  void aChangeInPointsTheLibraryPrintedIsConsistent(
      @ForAll @LongRange(min = 0, max = 1000) long baseTenths,
      @ForAll @LongRange(min = 0, max = 1000) long currentTenths) {
    Quantity base = Quantity.percent(BigDecimal.valueOf(baseTenths, 1).toPlainString());
    Quantity current = Quantity.percent(BigDecimal.valueOf(currentTenths, 1).toPlainString());
    Change change = PercentageChange.between(base, current);
    String points = ChangeFormat.of(1, RoundingMode.HALF_UP).format(change).replace(" pp", "");
    Finding finding =
        audit(
            PrintedPointsChange.of(
                "Points",
                points,
                base.format(1, RoundingMode.HALF_UP),
                current.format(1, RoundingMode.HALF_UP)));
    assertThat(finding.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(finding.isWithinInputRounding()).isFalse();
  }
}
