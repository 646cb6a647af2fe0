package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.combatingdrugs.outcomes.json.Json.q;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.RoundingMode;
import java.util.List;
import org.combatingdrugs.outcomes.audit.Finding;
import org.combatingdrugs.outcomes.audit.PrintedChange;
import org.combatingdrugs.outcomes.audit.PrintedChangeCount;
import org.combatingdrugs.outcomes.audit.PrintedGap;
import org.combatingdrugs.outcomes.audit.PrintedPointsChange;
import org.combatingdrugs.outcomes.audit.PrintedProjection;
import org.combatingdrugs.outcomes.audit.PrintedRate;
import org.combatingdrugs.outcomes.audit.PrintedReport;
import org.combatingdrugs.outcomes.audit.PrintedShare;
import org.combatingdrugs.outcomes.audit.PrintedTotal;
import org.combatingdrugs.outcomes.audit.ReportAudit;
import org.combatingdrugs.outcomes.audit.ReportItem;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.junit.jupiter.api.Test;

/**
 * The audit of a printed report read back: every kind of item and the printed report as literal
 * JSON with the Dorset figures, the Dorset audit made again from what was written, and documents
 * whose derived properties do not say what the report gives refused at their path.
 */
class AuditJsonTest {

  private static final String HALF_UP = "'rounding':'HALF_UP'}";

  /** A printed figure as it is written, rounded half up. */
  private static String figure(String text, String value, String unit) {
    return "{'text':'" + text + "','value':" + value + ",'unit':'" + unit + "'," + HALF_UP;
  }

  /** Asserts the round trip as any item and as the item's own type. */
  private static <T extends ReportItem> void assertItemRoundTrip(T item, String json, Class<T> type) {
    Json.assertRoundTrip(item, json, ReportItem.class);
    assertThat(Json.read(json, type)).isEqualTo(item);
  }

  /** The refusal of a document written with double quotes, by the plain and the facade's mapper. */
  private static OutcomesJsonException refused(String json, Class<?> type) {
    Throwable thrown = catchThrowable(() -> Json.PLAIN.readValue(json, type));
    assertThat(thrown).isInstanceOf(OutcomesJsonException.class);
    assertThat(catchThrowable(() -> Json.STRICT.readValue(json, type))).isInstanceOf(JsonProcessingException.class);
    return OutcomesJsonException.class.cast(thrown);
  }

  private static ReportAudit dorsetAudit() {
    return ReportAudit.of(ReportJsonTest.printedReport());
  }

  @Test
  void test_change_literal() {
    assertItemRoundTrip(
        PrintedChange.of("Neighbourhood crimes", "6.9%", "188", "202"),
        "{'kind':'CHANGE','label':'Neighbourhood crimes','printed':" + figure("6.9%", "6.9", "percent")
            + ",'base':" + figure("188", "188", "count") + ",'current':" + figure("202", "202", "count") + "}",
        PrintedChange.class);
    assertItemRoundTrip(
        PrintedChange.withoutBase("Continuity of care, BCP, increase in year", "10%", "45.2%"),
        "{'kind':'CHANGE','label':'Continuity of care, BCP, increase in year','printed':" + figure("10%", "10", "percent")
            + ",'current':" + figure("45.2%", "45.2", "percent") + "}",
        PrintedChange.class);
  }

  @Test
  void test_pointsChange_literal() {
    assertItemRoundTrip(
        PrintedPointsChange.of("Continuity of care, BCP to Dorset", "22.5", "45.2%", "67.7%"),
        "{'kind':'POINTS_CHANGE','label':'Continuity of care, BCP to Dorset','printed':" + figure("22.5", "22.5", "count")
            + ",'base':" + figure("45.2%", "45.2", "percent") + ",'current':" + figure("67.7%", "67.7", "percent") + "}",
        PrintedPointsChange.class);
  }

  @Test
  void test_changeCount_literal() {
    assertItemRoundTrip(
        PrintedChangeCount.of("Non-dwelling burglary", "-3.1%", "(-24)"),
        "{'kind':'CHANGE_COUNT','label':'Non-dwelling burglary','printed':" + figure("-3.1%", "-3.1", "percent")
            + ",'count':" + figure("(-24)", "-24", "count") + "}",
        PrintedChangeCount.class);
    assertItemRoundTrip(
        PrintedChangeCount.of("Non-dwelling burglary", "-3.1%", "(-24)", "774"),
        "{'kind':'CHANGE_COUNT','label':'Non-dwelling burglary','printed':" + figure("-3.1%", "-3.1", "percent")
            + ",'count':" + figure("(-24)", "-24", "count") + ",'base':" + figure("774", "774", "count") + "}",
        PrintedChangeCount.class);
  }

  @Test
  void test_projection_literal() {
    FinancialYear year = FinancialYear.of(2023);
    assertItemRoundTrip(
        PrintedProjection.of("Cash seized, projected", "£94,304", "£23,756", year.quarter(1), year, ElapsedBasis.QUARTERS),
        "{'kind':'PROJECTION','label':'Cash seized, projected','printed':" + figure("£94,304", "94304", "pounds")
            + ",'observedValue':" + figure("£23,756", "23756", "pounds")
            + ",'observed':'2023/24 Q1','period':'2023/24','basis':'QUARTERS'}",
        PrintedProjection.class);
  }

  @Test
  void test_gap_literal() {
    assertItemRoundTrip(
        PrintedGap.of("Continuity of care, BCP, gap", "29.8", "45.2%", "75%"),
        "{'kind':'GAP','label':'Continuity of care, BCP, gap','printed':" + figure("29.8", "29.8", "count")
            + ",'value':" + figure("45.2%", "45.2", "percent") + ",'target':" + figure("75%", "75", "percent")
            + ",'side':'BELOW'}",
        PrintedGap.class);
  }

  @Test
  void test_rate_literal() {
    assertItemRoundTrip(
        PrintedRate.of("Drug-related deaths, rate", "7.8 per 100,000", "59", "760,000"),
        "{'kind':'RATE','label':'Drug-related deaths, rate','printed':" + figure("7.8 per 100,000", "7.8", "per 100000")
            + ",'count':" + figure("59", "59", "count") + ",'population':" + figure("760,000", "760000", "count") + "}",
        PrintedRate.class);
  }

  @Test
  void test_share_literal() {
    assertItemRoundTrip(
        PrintedShare.of("Adults in treatment, BCP share", "58%", "2,590", "4,479"),
        "{'kind':'SHARE','label':'Adults in treatment, BCP share','printed':" + figure("58%", "58", "percent")
            + ",'count':" + figure("2,590", "2590", "count") + ",'total':" + figure("4,479", "4479", "count") + "}",
        PrintedShare.class);
  }

  @Test
  void test_total_literal() {
    assertItemRoundTrip(
        PrintedTotal.of("Adults in treatment, pan-Dorset", "4,479", "2,590", "1,889"),
        "{'kind':'TOTAL','label':'Adults in treatment, pan-Dorset','printed':" + figure("4,479", "4479", "count")
            + ",'parts':[" + figure("2,590", "2590", "count") + "," + figure("1,889", "1889", "count") + "]}",
        PrintedTotal.class);
  }

  @Test
  void test_item_keepsItsRounding() {
    ReportItem truncated = PrintedChange.of("SOC disruptions", "7.4%", "964", "1036").roundedBy(RoundingMode.DOWN);
    String written = Json.write(truncated);
    assertThat(written).contains(q("'rounding':'DOWN'")).doesNotContain("HALF_UP");
    assertThat(Json.read(written, ReportItem.class)).isEqualTo(truncated);
  }

  @Test
  void test_printedReport_literal() {
    PrintedReport report =
        PrintedReport.of(
                "Dorset CDP progress report, July 2023",
                List.of(
                    PrintedChange.withoutInputs("Drug-related offences", "-7%"),
                    PrintedShare.withoutTotal("Adults in treatment, BCP share", "58%", "2,590")))
            .withInputFrom("Adults in treatment, BCP share", "Drug-related offences");
    Json.assertRoundTrip(
        report,
        "{'name':'Dorset CDP progress report, July 2023','items':["
            + "{'kind':'CHANGE','label':'Drug-related offences','printed':" + figure("-7%", "-7", "percent") + "},"
            + "{'kind':'SHARE','label':'Adults in treatment, BCP share','printed':" + figure("58%", "58", "percent")
            + ",'count':" + figure("2,590", "2590", "count") + "}],"
            + "'inputsFrom':{'Adults in treatment, BCP share':['Drug-related offences']}}",
        PrintedReport.class);
  }

  @Test
  void test_printedReport_dorsetReadsBackEqualAndWritesTheSameBytes() throws Exception {
    for (PrintedReport report :
        List.of(ReportJsonTest.printedReport(), ReportJsonTest.printedReport().roundedBy(RoundingMode.HALF_EVEN))) {
      String written = OutcomesJson.write(report);
      PrintedReport read = OutcomesJson.read(written, PrintedReport.class);
      assertThat(read).isEqualTo(report);
      assertThat(OutcomesJson.write(read)).isEqualTo(written);
    }
  }

  @Test
  void test_audit_dorsetReadBackIsTheAuditMadeAgain() throws Exception {
    ReportAudit audit = dorsetAudit();
    String written = OutcomesJson.write(audit);
    ReportAudit read = OutcomesJson.read(written, ReportAudit.class);
    // ReportAudit has no equals of its own: it is compared by its report, findings and summary.
    Json.assertSameAudit(read, audit);
    assertThat(ReportAudit.of(read.report()).findings()).isEqualTo(audit.findings());
    assertThat(OutcomesJson.write(read)).isEqualTo(written);
    assertThat(read.finding("Cash seized").restsOn()).containsExactly("Cash seized, projected");
  }

  @Test
  void test_audit_ofAReportRoundedAnotherWayKeepsItsRounding() throws Exception {
    ReportAudit audit = ReportAudit.of(ReportJsonTest.printedReport().roundedBy(RoundingMode.DOWN));
    String written = OutcomesJson.write(audit);
    ReportAudit read = OutcomesJson.read(written, ReportAudit.class);
    assertThat(read.report()).isEqualTo(audit.report());
    assertThat(read.findings()).isEqualTo(audit.findings());
    assertThat(read.finding("SOC disruptions").isConsistent()).isTrue();
  }

  @Test
  void test_audit_aFindingsVerdictAlteredIsRefusedAtItsPath() {
    String written = Json.write(dorsetAudit());
    String altered = written.replaceFirst("\"verdict\":\"SLIPS\"", "\"verdict\":\"CONSISTENT\"");
    assertThat(altered).isNotEqualTo(written);
    assertThat(refused(altered, ReportAudit.class))
        .hasMessage("$.findings[0].verdict: must be SLIPS, which the other properties give, but was CONSISTENT");
  }

  @Test
  void test_audit_aFindingsExactValueAlteredIsRefusedAtItsPath() {
    String written = Json.write(dorsetAudit());
    assertThat(written).contains("\"exact\":\"1800/241\"");
    OutcomesJsonException e = refused(written.replace("\"exact\":\"1800/241\"", "\"exact\":\"1801/241\""), ReportAudit.class);
    assertThat(e.jsonPath()).isEqualTo("$.findings[2].exact");
    assertThat(e).hasMessage("$.findings[2].exact: must be 1800/241 ≈ 7.46888, which the other properties give, but was 1801/241 ≈ 7.47303");
  }

  @Test
  void test_audit_theSummaryAndTheReportAreChecked() {
    String written = Json.write(dorsetAudit());
    assertThat(refused(written.replace("\"withSlips\":3", "\"withSlips\":2"), ReportAudit.class)).hasMessageStartingWith("$.summary");
    String anotherInput = written.replaceFirst(q("'text':'964','value':964"), q("'text':'965','value':965"));
    assertThat(anotherInput).isNotEqualTo(written);
    assertThat(refused(anotherInput, ReportAudit.class)).hasMessageStartingWith("$.findings[2].item: must be ");
    String noLabel = written.replace("\"findings\":[{\"label\":\"Cash seized, projected\",", "\"findings\":[{");
    assertThat(noLabel).isNotEqualTo(written);
    assertThat(refused(noLabel, ReportAudit.class)).hasMessage("$.findings[0]: a finding needs the property 'label'");
  }

  @Test
  void test_audit_aSummaryOrFindingsOfAnotherReportAreRefused() {
    PrintedReport dorset = ReportJsonTest.printedReport();
    String written = Json.write(dorsetAudit());
    PrintedReport fewer = PrintedReport.of(dorset.name(), dorset.items().subList(0, 10)).withInputFrom("Cash seized", "Cash seized, projected");
    String shorter = written.replace(Json.write(dorset), Json.write(fewer));
    assertThat(shorter).isNotEqualTo(written);
    assertThat(refused(shorter, ReportAudit.class))
        .hasMessage("$.findings: must hold one finding for each of the report's 10 items, in its order, but held 11");
    String another = Json.write(ReportAudit.of(fewer).summary());
    String summary = written.substring(written.indexOf("\"summary\":") + 10, written.indexOf(",\"findings\":"));
    OutcomesJsonException e = refused(written.replace(summary, another), ReportAudit.class);
    assertThat(e.jsonPath()).isEqualTo("$.summary");
    assertThat(e).hasMessageStartingWith("$.summary: must be 11 figures, 10 checked").hasMessageContaining("but was 10 figures");
  }

  @Test
  void test_audit_missingPropertyIsRefusedNamingIt() {
    String written = Json.write(dorsetAudit());
    int summary = written.indexOf(",\"summary\":");
    int findings = written.indexOf(",\"findings\":");
    assertThat(refused(written.substring(0, summary) + written.substring(findings), ReportAudit.class))
        .hasMessage("$: the audit of a printed report needs the property 'summary'");
  }

  @Test
  void test_item_ofUnknownKindIsRefusedAtItsPath() {
    String json = "{'kind':'RATIO','label':'Neighbourhood crimes','printed':" + figure("6.9%", "6.9", "percent") + "}";
    assertThat(Json.refusal(json, ReportItem.class))
        .hasMessage("$.kind: must be one of CHANGE, POINTS_CHANGE, CHANGE_COUNT, PROJECTION, GAP, RATE, SHARE or TOTAL but was \"RATIO\"");
    String report = "{'name':'Dorset','items':[" + json + "],'inputsFrom':{}}";
    assertThat(Json.refusal(report, PrintedReport.class).jsonPath()).isEqualTo("$.items[0].kind");
  }

  @Test
  void test_item_missingPropertyIsRefusedNamingIt() {
    assertThat(Json.refusal("{'kind':'CHANGE','label':'Neighbourhood crimes'}", ReportItem.class))
        .hasMessage("$: an item of a printed report needs the property 'printed'");
    assertThat(Json.refusal("{'kind':'GAP','label':'Gap','printed':" + figure("29.8", "29.8", "count")
            + ",'value':" + figure("45.2%", "45.2", "percent") + ",'target':" + figure("75%", "75", "percent") + "}", ReportItem.class))
        .hasMessage("$: an item of a printed report needs the property 'side'");
  }

  @Test
  void test_item_propertyOfAnotherKindOrUnknownIsRefused() {
    String head = "{'kind':'CHANGE','label':'Neighbourhood crimes','printed':" + figure("6.9%", "6.9", "percent");
    assertThat(Json.refusal(head + ",'parts':[]}", ReportItem.class))
        .hasMessage("$.parts: is not a property of a CHANGE item, which has only [base, current, kind, label, printed]");
    assertThat(Json.refusal(head + ",'basis':'DAYS'}", ReportItem.class)).hasMessageStartingWith("$.basis: is not a property of a CHANGE item");
    assertThat(Json.refusal(head + ",'extra':1}", ReportItem.class)).hasMessageStartingWith("$.extra: is not a property of an item of a printed report");
    assertThat(Json.refusal(head + ",'label':'again'}", ReportItem.class)).hasMessageStartingWith("$.label: is repeated");
    assertThat(Json.refusal(head + ",'base':null}", ReportItem.class)).hasMessageStartingWith("$.base: must be a printed figure");
  }

  @Test
  void test_item_ofAnotherKindThanAskedIsRefused() {
    String json = Json.write(PrintedChange.of("Neighbourhood crimes", "6.9%", "188", "202"));
    assertThat(Json.refusal(json, PrintedShare.class)).hasMessage("$: must be a PrintedShare but was a CHANGE item");
  }

  @Test
  void test_item_theCoresRefusalCarriesItsMessage() {
    String json = "{'kind':'CHANGE','label':'Neighbourhood crimes','printed':" + figure("188", "188", "count") + "}";
    assertThat(Json.refusal(json, ReportItem.class))
        .hasMessageStartingWith("$: an item of a printed report is invalid: printed must be")
        .hasMessageContaining("188");
  }

  @Test
  void test_printedReport_refusesInputsFromOutsideTheReportOrListedTwice() {
    String items = "'items':[{'kind':'CHANGE','label':'Drug-related offences','printed':" + figure("-7%", "-7", "percent") + "}]";
    assertThat(Json.refusal("{'name':'Dorset'," + items + ",'inputsFrom':{'Drug-related offences':['Cash seized']}}", PrintedReport.class))
        .hasMessage("$: a printed report is invalid: inputsFrom names 'Cash seized', which is not an item of Dorset");
    assertThat(Json.refusal("{'name':'Dorset'," + items + ",'inputsFrom':{'Drug-related offences':[]}}", PrintedReport.class))
        .hasMessageStartingWith("$.inputsFrom['Drug-related offences']: must list the labels");
    assertThat(Json.refusal("{'name':'Dorset'," + items + ",'inputsFrom':{'A':['B','B']}}", PrintedReport.class))
        .hasMessageStartingWith("$.inputsFrom.A: must list each label once");
    assertThat(Json.refusal("{'name':'Dorset'," + items + "}", PrintedReport.class))
        .hasMessage("$: a printed report needs the property 'inputsFrom'");
  }

  @Test
  void test_finding_standingAloneIsRefusedAsReadWithinItsAudit() {
    Finding finding = dorsetAudit().findings().get(0);
    OutcomesJsonException e = refused(Json.write(finding), Finding.class);
    assertThat(e).hasMessageStartingWith("$: ").hasMessageContaining("a finding is read within its audit (ReportAudit)");
  }
}
