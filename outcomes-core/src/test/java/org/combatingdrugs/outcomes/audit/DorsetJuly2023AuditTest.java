package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.YearToDate;
import org.junit.jupiter.api.Test;

/**
 * The Dorset Combating Drugs Partnership progress report of July 2023 ({@code
 * seeds/002_98d1df5e9936a35d.txt}), its table "National outcomes - projected performance for
 * 2023/24 compared to previous year" and the continuity of care box, as printed.
 */
class DorsetJuly2023AuditTest {

  private static final FinancialYear YEAR = FinancialYear.of(2023);

  /**
   * Every figure as printed. The report does not say which months "Current: 101" neighbourhood
   * crimes cover; its projection of 202 is 101 × 2, so half the year (April to September) by
   * months, as the flagship example reads it. "6.9 %" is printed with a space, as here.
   */
  static final PrintedReport REPORT =
      PrintedReport.of(
              "Dorset CDP progress report, July 2023",
              List.of(
                  PrintedProjection.of(
                      "County lines arrests, projected",
                      "152",
                      "38",
                      YEAR.quarter(1),
                      YEAR,
                      ElapsedBasis.QUARTERS),
                  PrintedChange.of("County lines arrests", "90%", "80", "152"),
                  PrintedProjection.of(
                      "SOC disruptions, projected",
                      "1036",
                      "259",
                      YEAR.quarter(1),
                      YEAR,
                      ElapsedBasis.QUARTERS),
                  PrintedChange.of("SOC disruptions", "7.4%", "964", "1036"),
                  PrintedProjection.of(
                      "Neighbourhood crimes, projected",
                      "202",
                      "101",
                      YearToDate.through(CalendarMonth.of(2023, 9)),
                      YEAR,
                      ElapsedBasis.MONTHS),
                  PrintedChange.of("Neighbourhood crimes", "6.9 %", "188", "202"),
                  PrintedProjection.of(
                      "Cash seized, projected",
                      "£94,304",
                      "£23,756",
                      YEAR.quarter(1),
                      YEAR,
                      ElapsedBasis.QUARTERS),
                  PrintedChange.of("Cash seized", "37.8%", "£68,413", "£94,304"),
                  PrintedChange.withoutBase(
                      "Continuity of care, BCP, increase in year", "10%", "45.2%"),
                  PrintedChange.withoutBase(
                      "Continuity of care, Dorset, increase in year", "22%", "67.7%")))
          .withInputFrom("County lines arrests", "County lines arrests, projected")
          .withInputFrom("SOC disruptions", "SOC disruptions, projected")
          .withInputFrom("Neighbourhood crimes", "Neighbourhood crimes, projected")
          .withInputFrom("Cash seized", "Cash seized, projected");

  private final ReportAudit audit = ReportAudit.of(REPORT);

  @Test
  void test_of_countyLinesFollowFromTheirInputs() {
    // 38 x 4 = 152; (152 - 80) / 80 = 72/80 = 90% exactly.
    assertThat(audit.finding("County lines arrests, projected"))
        .hasToString(
            "County lines arrests, projected: printed 152 for 2023/24 from 38 in 2023/24 Q1 × 4,"
                + " which is 152: consistent");
    Finding change = audit.finding("County lines arrests");
    assertThat(change.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(change.exact()).contains(Exact.of(90));
    assertThat(change)
        .hasToString("County lines arrests: printed 90% for 80 → 152, which is +90%: consistent");
  }

  @Test
  void test_of_socDisruptionsAreTruncated() {
    // 259 x 4 = 1,036; 72/964 = 7.4688...%, which rounds to 7.5; only cutting off the digits gives
    // 7.4.
    assertThat(audit.finding("SOC disruptions, projected").isConsistent()).isTrue();
    Finding change = audit.finding("SOC disruptions");
    assertThat(change.verdict()).isEqualTo(Verdict.SLIPS);
    assertThat(change.slips()).containsExactly(Slip.TRUNCATED);
    assertThat(change.exact()).contains(Exact.of(7200, 964));
    assertThat(change)
        .hasToString(
            "SOC disruptions: printed 7.4% for 964 → 1,036, which is +7.5%: truncated, not"
                + " rounded");
  }

  @Test
  void test_of_neighbourhoodCrimesAreDividedByTheLaterValue() {
    // 101 x 12/6 = 202; 14/188 = 7.447% prints 7.4%; 14/202 = 6.931% prints the 6.9% the report
    // gives.
    assertThat(audit.finding("Neighbourhood crimes, projected").isConsistent()).isTrue();
    Finding change = audit.finding("Neighbourhood crimes");
    assertThat(change.slips()).containsExactly(Slip.DIVIDED_BY_LATER_VALUE);
    assertThat(change)
        .hasToString(
            "Neighbourhood crimes: printed 6.9% for 188 → 202, which is +7.4%: the change divided"
                + " by the later value instead of the base");
  }

  @Test
  void test_of_cashSeizedProjectionIsFromTransposedDigits() {
    // £23,756 x 4 = £95,024; the printed £94,304 is 4 x £23,576: the 7 and 5 swapped.
    Finding projection = audit.finding("Cash seized, projected");
    assertThat(projection.slips()).containsExactly(Slip.INPUT_TRANSPOSED);
    assertThat(projection.exact()).contains(Exact.of(95_024));
    assertThat(projection.explanations())
        .containsExactly(
            new Explanation(Slip.INPUT_TRANSPOSED, "the observed value £23,756 taken as £23,576"));
    assertThat(projection)
        .hasToString(
            "Cash seized, projected: printed £94,304 for 2023/24 from £23,756 in 2023/24 Q1 × 4,"
                + " which is £95,024: computed from an input with two adjacent digits swapped (the"
                + " observed value £23,756 taken as £23,576)");
  }

  @Test
  void test_of_cashSeizedChangeFollowsFromTheWrongProjection() {
    // (94,304 - 68,413) / 68,413 = 37.845...% prints 37.8%, as printed; from £95,024 it is
    // 26,611 / 68,413 = 38.897...%, which prints 38.9%.
    Finding change = audit.finding("Cash seized");
    assertThat(change.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(change.restsOn()).containsExactly("Cash seized, projected");
    assertThat(change.corrected()).contains(Exact.of(2_661_100, 68_413));
    assertThat(change)
        .hasToString(
            "Cash seized: printed 37.8% for £68,413 → £94,304, which is +37.8%: consistent, but it"
                + " rests on Cash seized, projected, which does not follow from the inputs printed;"
                + " had that figure been right, it would be +38.9%");
  }

  @Test
  void test_of_continuityOfCareIncreasesHaveNoBase() {
    // "Increase in year BCP: 10%" beside 45.2%: last year's rate is not printed, and a percentage
    // has no whole-number base to work back to.
    Finding bcp = audit.finding("Continuity of care, BCP, increase in year");
    assertThat(bcp.verdict()).isEqualTo(Verdict.NOT_CHECKABLE);
    assertThat(bcp.reason()).contains(NotCheckableReason.BASE_NOT_GIVEN);
    assertThat(bcp.range()).isEmpty();
    assertThat(bcp)
        .hasToString(
            "Continuity of care, BCP, increase in year: printed 10% for a later value of 45.2%,"
                + " with no base: not checkable, since the base is not given");
  }

  @Test
  void test_summary_countsTheTable() {
    AuditSummary summary = audit.summary();
    assertThat(summary.figures()).isEqualTo(10);
    assertThat(summary.checked()).isEqualTo(8);
    assertThat(summary.consistent()).isEqualTo(5);
    assertThat(summary.withSlips()).isEqualTo(3);
    assertThat(summary.slips(Slip.TRUNCATED)).isEqualTo(1);
    assertThat(summary.slips(Slip.DIVIDED_BY_LATER_VALUE)).isEqualTo(1);
    assertThat(summary.slips(Slip.INPUT_TRANSPOSED)).isEqualTo(1);
    assertThat(summary.slips(Slip.SIGN_REVERSED)).isZero();
    assertThat(summary.restingOnSlips()).isEqualTo(1);
    assertThat(summary)
        .hasToString(
            "10 figures, 8 checked: 5 consistent, 3 with slips (1 truncated, 1 divided by the later"
                + " value, 1 input digits swapped), none unexplained; 2 not checkable (2 base not"
                + " given); 1 rests on a figure that does not follow from its inputs");
  }
}
