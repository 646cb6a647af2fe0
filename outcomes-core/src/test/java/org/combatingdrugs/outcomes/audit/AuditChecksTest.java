package org.combatingdrugs.outcomes.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.junit.jupiter.api.Test;

/**
 * What the range finders refuse, named by the caller's figure, and the arithmetic an audit summary
 * keeps: the verdicts add up to the figures, each slip and reason counted within them.
 */
class AuditChecksTest {

  private static final String WHOLE = "a whole number or amount of pounds printed in full, such as 24 or (-24), but was";

  private static PrintedFigure figure(String text) {
    return PrintedFigure.parse(text);
  }

  @Test
  void test_rangesOfChange_refuseWhatIsNotAPercentageOrAWholeValue() {
    assertThatThrownBy(() -> ImpliedRanges.basesOfChange(figure("40"), figure("210")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent must be a percentage such as 7.4% but was '40'");
    assertThatThrownBy(() -> ImpliedRanges.basesOfChange(figure("40%"), figure("210.5")))
        .hasMessage("current must be " + WHOLE + " '210.5'");
    assertThatThrownBy(() -> ImpliedRanges.basesOfChange(figure("40%"), figure("-210")))
        .hasMessage("current must be 0 or more but was '-210'");
    assertThatThrownBy(() -> ImpliedRanges.currentsOfChange(figure("40"), figure("150")))
        .hasMessage("percent must be a percentage such as 7.4% but was '40'");
    assertThatThrownBy(() -> ImpliedRanges.currentsOfChange(figure("40%"), figure("150.5")))
        .hasMessage("base must be " + WHOLE + " '150.5'");
    assertThatThrownBy(() -> ImpliedRanges.currentsOfChange(figure("40%"), figure("0")))
        .hasMessage("base must be above 0 but was '0'");
  }

  @Test
  void test_rangesOfRate_refuseWhatIsNotARateOrAWholeValue() {
    assertThatThrownBy(() -> ImpliedRanges.populationsOfRate(figure("7.8%"), figure("8,178")))
        .hasMessage("rate must be a rate such as 7.8 per 1,000 but was '7.8%'");
    assertThatThrownBy(() -> ImpliedRanges.populationsOfRate(figure("7.8 per 1,000"), figure("8,178.5")))
        .hasMessage("count must be " + WHOLE + " '8,178.5'");
    assertThatThrownBy(() -> ImpliedRanges.populationsOfRate(figure("7.8 per 1,000"), figure("-8,178")))
        .hasMessage("count must be 0 or more but was '-8,178'");
    assertThatThrownBy(() -> ImpliedRanges.countsOfRate(figure("7.8%"), figure("1,048,462")))
        .hasMessage("rate must be a rate such as 7.8 per 1,000 but was '7.8%'");
    assertThatThrownBy(() -> ImpliedRanges.countsOfRate(figure("7.8 per 1,000"), figure("1,048,462.5")))
        .hasMessage("population must be " + WHOLE + " '1,048,462.5'");
    assertThatThrownBy(() -> ImpliedRanges.countsOfRate(figure("7.8 per 1,000"), figure("0")))
        .hasMessage("population must be above 0 but was '0'");
  }

  @Test
  void test_rangesOfShare_refuseWhatIsNotAPercentageOrAWholeValue() {
    assertThatThrownBy(() -> ImpliedRanges.totalsOfShare(figure("57.7"), figure("150")))
        .hasMessage("share must be a percentage such as 7.4% but was '57.7'");
    assertThatThrownBy(() -> ImpliedRanges.totalsOfShare(figure("57.7%"), figure("150.5")))
        .hasMessage("count must be " + WHOLE + " '150.5'");
    assertThatThrownBy(() -> ImpliedRanges.totalsOfShare(figure("57.7%"), figure("-150")))
        .hasMessage("count must be 0 or more but was '-150'");
    assertThatThrownBy(() -> ImpliedRanges.countsOfShare(figure("65"), figure("20")))
        .hasMessage("share must be a percentage such as 7.4% but was '65'");
    assertThatThrownBy(() -> ImpliedRanges.countsOfShare(figure("65%"), figure("20.5")))
        .hasMessage("total must be " + WHOLE + " '20.5'");
    assertThatThrownBy(() -> ImpliedRanges.countsOfShare(figure("65%"), figure("0")))
        .hasMessage("total must be above 0 but was '0'");
  }

  @Test
  void test_summary_countsMustAddUp() {
    AuditSummary summary =
        new AuditSummary(
            10,
            1,
            2,
            3,
            4,
            ImmutableMap.of(Slip.TRUNCATED, 2, Slip.SIGN_REVERSED, 1),
            ImmutableMap.of(NotCheckableReason.NO_INPUTS, 3, NotCheckableReason.ZERO_BASE, 1),
            10);
    assertThat(summary.figures()).isEqualTo(10);
    assertThat(summary.restingOnSlips()).isEqualTo(10);
    assertThatThrownBy(() -> new AuditSummary(0, -1, 1, 0, 0, ImmutableMap.of(), ImmutableMap.of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "counts must be 0 or more but were -1 consistent, 1 with slips, 0 unexplained, 0 not checkable, 0"
                + " resting on slips");
    assertThatThrownBy(() -> new AuditSummary(11, 1, 2, 3, 4, ImmutableMap.of(), ImmutableMap.of(NotCheckableReason.NO_INPUTS, 4), 0))
        .hasMessage("figures must be the sum of the verdicts, 10, but was 11");
    assertThatThrownBy(() -> new AuditSummary(1, 1, 0, 0, 0, ImmutableMap.of(), ImmutableMap.of(), 2))
        .hasMessage("restingOnSlips must be at most figures 1 but was 2");
    assertThatThrownBy(() -> new AuditSummary(1, 0, 1, 0, 0, ImmutableMap.of(Slip.TRUNCATED, 2), ImmutableMap.of(), 0))
        .hasMessage("slips of TRUNCATED must be 1 to withSlips 1 but were 2");
    assertThatThrownBy(
            () ->
                new AuditSummary(
                    1,
                    0,
                    0,
                    0,
                    1,
                    ImmutableMap.of(),
                    ImmutableMap.of(NotCheckableReason.NO_INPUTS, 1, NotCheckableReason.ZERO_BASE, 0),
                    0))
        .hasMessage(
            "reasons must each count 1 or more and add up to notCheckable 1 but were {NO_INPUTS=1, ZERO_BASE=0}");
    assertThatThrownBy(() -> new AuditSummary(2, 0, 0, 0, 2, ImmutableMap.of(), ImmutableMap.of(NotCheckableReason.NO_INPUTS, 1), 0))
        .hasMessage("reasons must each count 1 or more and add up to notCheckable 2 but were {NO_INPUTS=1}");
  }

  @Test
  void test_summaryOf_talliesSlipsAndReasons() {
    PrintedReport report =
        PrintedReport.of(
            "Test report",
            List.of(
                PrintedChange.of("Truncated", "7.4%", "964", "1,036"),
                PrintedChange.of("Consistent", "90%", "80", "152"),
                PrintedChange.withoutInputs("Alone", "7%")));
    AuditSummary summary = ReportAudit.of(report).summary();
    // 964 → 1,036 is +7.468…%, printed 7.4: truncated.
    assertThat(summary.figures()).isEqualTo(3);
    assertThat(summary.consistent()).isEqualTo(1);
    assertThat(summary.withSlips()).isEqualTo(1);
    assertThat(summary.notCheckable()).isEqualTo(1);
    assertThat(summary.slips()).isEqualTo(ImmutableMap.of(Slip.TRUNCATED, 1));
    assertThat(summary.reasons()).isEqualTo(ImmutableMap.of(NotCheckableReason.NO_INPUTS, 1));
  }
}
