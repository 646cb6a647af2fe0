package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The APCC's report on PCCs and the drugs strategy ({@code seeds/001_9ada74c460f6a3a8.txt}): the
 * printed changes and shares that come with their inputs, and those that come with none.
 */
class ApccReportAuditTest {

  static final PrintedReport REPORT =
      PrintedReport.of(
          "APCC: PCCs delivering the drugs strategy",
          List.of(
              PrintedChange.withoutBase("Drug overdose deaths, Wales, 2021", "40%", "210"),
              PrintedShare.of("DToA Hampshire: tested of those eligible", "78%", "261", "335"),
              PrintedShare.of("DToA Hampshire: referred who failed to attend", "19%", "30", "157"),
              PrintedShare.of("DIVERT: assessments of referrals", "70.3%", "663", "943"),
              PrintedShare.withoutCount("IOM houses: residents aged over 35", "65%", "20"),
              PrintedShare.withoutCount("IOM houses: residents with a disability", "10%", "20"),
              PrintedShare.withoutCount(
                  "IOM houses: residents not in employment or education", "85%", "20"),
              PrintedShare.withoutCount("IOM houses: residents in voluntary work", "80%", "20"),
              PrintedChange.withoutInputs("Durham: drug-related offences", "-7%"),
              PrintedShare.withoutInputs(
                  "Durham: drug deaths in the force area in the last eight years", "24%"),
              PrintedChange.withoutInputs("1CLIC: consequential crime and demand", "-50%"),
              PrintedChange.withoutInputs("Surrey: alcohol-related arrests", "-65%"),
              PrintedShare.withoutInputs("Moses Project: participants no longer stealing", "65%"),
              PrintedShare.withoutInputs("Moses Project: participants not re-offending", "75%")));

  private final ReportAudit audit = ReportAudit.of(REPORT);

  @Test
  void test_of_walesOverdoseDeathsImplyABaseOf150() {
    // "210 drug overdose deaths across Wales in 2021 ... a 40 percent increase on the year before":
    // 210 / b - 1 in [39.5%, 40.5%), so 210/1.405 = 149.47 < b <= 210/1.395 = 150.54: the base 150.
    Finding wales = audit.finding("Drug overdose deaths, Wales, 2021");
    assertThat(wales.verdict()).isEqualTo(Verdict.NOT_CHECKABLE);
    assertThat(wales.reason()).contains(NotCheckableReason.BASE_NOT_GIVEN);
    assertThat(wales.range()).contains(WholeRange.of(150));
    assertThat(wales)
        .hasToString(
            "Drug overdose deaths, Wales, 2021: printed 40% for a later value of 210, with no base:"
                + " not checkable, since the base is not given; a base of 150 fits");
  }

  @Test
  void test_of_sharesWithTheirCountsFollow() {
    // 261/335 = 77.91% ("almost 78%"); 30/157 = 19.11%; 663/943 = 70.31%.
    assertThat(audit.finding("DToA Hampshire: tested of those eligible"))
        .hasToString(
            "DToA Hampshire: tested of those eligible: printed 78% for 261 of 335, which is 78%:"
                + " consistent");
    assertThat(audit.finding("DToA Hampshire: referred who failed to attend").isConsistent())
        .isTrue();
    assertThat(audit.finding("DIVERT: assessments of referrals").isConsistent()).isTrue();
  }

  @Test
  void test_of_sharesOfTwentyResidentsImplyTheirCounts() {
    // Of twenty residents: 65% is 13, 10% is 2, 85% is 17, 80% is 16 (each c/20 within half a
    // point).
    assertThat(audit.finding("IOM houses: residents aged over 35").range())
        .contains(WholeRange.of(13));
    assertThat(audit.finding("IOM houses: residents with a disability").range())
        .contains(WholeRange.of(2));
    assertThat(audit.finding("IOM houses: residents not in employment or education").range())
        .contains(WholeRange.of(17));
    assertThat(audit.finding("IOM houses: residents in voluntary work"))
        .hasToString(
            "IOM houses: residents in voluntary work: printed 80% of a total of 20, with no count:"
                + " not checkable, since the count is not given; a count of 16 fits");
  }

  @Test
  void test_of_figuresWithoutInputsAreNotCheckable() {
    assertThat(audit.finding("Durham: drug-related offences"))
        .hasToString(
            "Durham: drug-related offences: printed -7%, with no inputs: not checkable, since no"
                + " inputs are printed with it");
    assertThat(audit.summary())
        .hasToString(
            "14 figures, 3 checked: 3 consistent, 0 with slips, none unexplained; 11 not checkable"
                + " (6 no inputs, 1 base not given, 4 count not given)");
  }
}
