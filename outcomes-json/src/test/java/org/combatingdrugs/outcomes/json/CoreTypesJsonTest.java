package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.combatingdrugs.outcomes.json.Json.assertRoundTrip;
import static org.combatingdrugs.outcomes.json.Json.read;
import static org.combatingdrugs.outcomes.json.Json.refusal;
import static org.combatingdrugs.outcomes.json.Json.write;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.area.AreaType;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.assess.Presentation;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.framework.Confidence;
import org.combatingdrugs.outcomes.framework.Frequency;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricRole;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.framework.Outcome;
import org.combatingdrugs.outcomes.framework.Provenance;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.combatingdrugs.outcomes.period.FinancialQuarter;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.period.ReportingPeriods;
import org.combatingdrugs.outcomes.period.YearToDate;
import org.combatingdrugs.outcomes.rag.ChangeBand;
import org.combatingdrugs.outcomes.rag.ChangeBandsScheme;
import org.combatingdrugs.outcomes.rag.ChangeMeasure;
import org.combatingdrugs.outcomes.rag.ProjectedAttainmentScheme;
import org.combatingdrugs.outcomes.rag.RagScheme;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.rag.TargetToleranceScheme;
import org.combatingdrugs.outcomes.rag.Tolerance;
import org.combatingdrugs.outcomes.rag.TrajectoryScheme;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Bound;
import org.combatingdrugs.outcomes.target.BoundTarget;
import org.combatingdrugs.outcomes.target.ReachTarget;
import org.combatingdrugs.outcomes.target.Target;
import org.junit.jupiter.api.Test;

/** Each core type with its JSON form, as literal text, both ways; the Dorset figures of July 2023. */
class CoreTypesJsonTest {

  @Test
  void test_period_isItsLabel() {
    assertRoundTrip(FinancialYear.of(2023).quarter(1), "'2023/24 Q1'", ReportingPeriod.class);
    assertRoundTrip(FinancialYear.of(2022), "'2022/23'", ReportingPeriod.class);
    assertRoundTrip(YearToDate.through(CalendarMonth.of(2023, 9)), "'2023/24 to September'", ReportingPeriod.class);
    assertRoundTrip(CalendarYear.of(2021), "'2021'", ReportingPeriod.class);
    assertRoundTrip(FinancialYear.of(2023).quarter(1), "'2023/24 Q1'", FinancialQuarter.class);
  }

  @Test
  void test_period_readsWhatPeopleWriteAndWritesTheCanonicalLabel() {
    ReportingPeriod read = read("'Q1 2023/24'", ReportingPeriod.class);
    assertThat(read).isEqualTo(ReportingPeriods.parse("2023/24 Q1"));
    assertThat(write(read)).isEqualTo("\"2023/24 Q1\"");
  }

  @Test
  void test_period_ofAnotherKindOrNoneIsRefused() {
    assertThat(refusal("'2023/24 Q1'", FinancialYear.class))
        .hasMessageContaining("$: '2023/24 Q1' is not read as a period")
        .hasMessageContaining("a financial quarter");
    assertThat(refusal("'2023/25'", ReportingPeriod.class)).hasMessageStartingWith("$: '2023/25' is not read as a period");
    assertThat(refusal("2023", ReportingPeriod.class)).hasMessage("$: must be a period label (a string such as \"2023/24 Q1\") but was the number 2023");
  }

  @Test
  void test_exact_decimalsStayExact() {
    assertRoundTrip(Exact.of(1, 10), "0.1", Exact.class);
    assertThat(read("45.20", Exact.class)).isEqualTo(read("45.2", Exact.class)).isEqualTo(Exact.of(226, 5));
    assertThat(write(read("45.20", Exact.class))).isEqualTo("45.2");
    assertRoundTrip(Exact.of(1_000_000_000_000_000L), "1000000000000000", Exact.class);
    assertRoundTrip(Exact.of(-7, 4), "-1.75", Exact.class);
    assertThat(read("1.2E+3", Exact.class)).isEqualTo(Exact.of(1200));
    assertThat(read("0.30000000000000000000000000001", Exact.class).toExactString()).isEqualTo("0.30000000000000000000000000001");
  }

  @Test
  void test_exact_aFractionThatDoesNotTerminateIsAString() {
    assertRoundTrip(Exact.of(1, 3), "'1/3'", Exact.class);
    assertRoundTrip(Exact.of(-1800, 241), "'-1800/241'", Exact.class);
    assertThat(read("'2/4'", Exact.class)).isEqualTo(Exact.of(1, 2));
  }

  @Test
  void test_exact_otherStringsAndZeroDenominatorsAreRefused() {
    assertThat(refusal("'0.1'", Exact.class)).hasMessageContaining("(a decimal is written as a number) but was \"0.1\"");
    assertThat(refusal("'1/0'", Exact.class)).hasMessageContaining("denominator must not be zero");
    assertThat(refusal("true", Exact.class)).hasMessageContaining("but was the boolean true");
    assertThat(refusal("1e5000", Exact.class)).hasMessageContaining("scale within -1000..1000");
  }

  @Test
  void test_unit_isAWord() {
    assertRoundTrip(Unit.COUNT, "'count'", Unit.class);
    assertRoundTrip(Unit.POUNDS, "'pounds'", Unit.class);
    assertRoundTrip(Unit.PERCENT, "'percent'", Unit.class);
    assertRoundTrip(Unit.POINTS, "'points'", Unit.class);
    assertRoundTrip(Unit.ratePer(100_000), "'per 100000'", Unit.class);
    assertThat(refusal("'per 100,000'", Unit.class)).hasMessageContaining("but was \"per 100,000\"");
    assertThat(refusal("'per 0'", Unit.class)).hasMessageContaining("but was \"per 0\"");
  }

  @Test
  void test_quantity_amountAndUnit() {
    assertRoundTrip(Quantity.percent("45.2"), "{'amount':45.2,'unit':'percent'}", Quantity.class);
    assertRoundTrip(Quantity.pounds("23756"), "{'amount':23756,'unit':'pounds'}", Quantity.class);
    assertRoundTrip(Quantity.of(Exact.of(2, 3), Unit.COUNT), "{'amount':'2/3','unit':'count'}", Quantity.class);
    assertThat(read("{'unit':'percent','amount':45.20}", Quantity.class)).isEqualTo(Quantity.percent("45.2"));
  }

  @Test
  void test_values_theDorsetFigures() {
    assertRoundTrip(Count.of(38), "{'count':38}", Value.class);
    assertRoundTrip(Count.of(2590), "{'count':2590}", Count.class);
    assertRoundTrip(Money.of("23756"), "{'pounds':23756}", Value.class);
    assertRoundTrip(Money.of("68413"), "{'pounds':68413}", Money.class);
    assertRoundTrip(PublishedPercentage.of("45.2"), "{'percent':45.2}", Value.class);
    assertRoundTrip(PublishedPercentage.of("67.7"), "{'percent':67.7}", PublishedPercentage.class);
    assertRoundTrip(Proportion.of(181, 400), "{'numerator':181,'denominator':400}", Value.class);
    assertRoundTrip(Rate.of(55, 389_000, 100_000), "{'events':55,'population':389000,'per':100000}", Value.class);
  }

  @Test
  void test_values_exactAndAsPrinted() {
    assertThat(read("{'pounds':12.50}", Money.class)).isEqualTo(Money.of("12.5"));
    assertThat(write(Money.of("12.50"))).isEqualTo("{\"pounds\":12.5}");
    assertThat(write(Money.of("100"))).isEqualTo("{\"pounds\":100}");
    assertRoundTrip(PublishedPercentage.of("45.20"), "{'percent':45.20}", PublishedPercentage.class);
    assertRoundTrip(PublishedPercentage.of(new BigDecimal("1E+2")), "{'percent':1E+2}", PublishedPercentage.class);
    assertRoundTrip(Count.of(1_000_000_000_000_000L), "{'count':1000000000000000}", Count.class);
  }

  @Test
  void test_values_wrongShapesAndValuesAreRefused() {
    assertThat(refusal("{'count':-1}", Value.class)).hasMessage("$.count: must be a whole number of at least 0 but was -1");
    assertThat(refusal("{'count':38.0}", Value.class)).hasMessage("$.count: must be a whole number of at least 0 but was the number 38.0");
    assertThat(refusal("{'numerator':401,'denominator':400}", Value.class))
        .hasMessage("$: a value is invalid: numerator must be within 0..denominator (400) but was 401");
    assertThat(refusal("{'count':1,'pounds':2}", Value.class)).hasMessageContaining("but had [count, pounds]");
    assertThat(refusal("{'numerator':1}", Value.class)).hasMessageContaining("{numerator, denominator}");
    assertThat(refusal("{'count':38}", Money.class)).hasMessageContaining("must be a Money but was a Count");
    assertThat(refusal("{'percent':100.1}", Value.class)).hasMessageContaining("percent must be within 0..100 but was 100.1");
    assertThat(refusal("{'count':9223372036854775808}", Value.class)).hasMessageContaining("no larger than 9223372036854775807");
  }

  @Test
  void test_metric_nationalById() {
    assertRoundTrip(NationalMetrics.NUMBERS_IN_TREATMENT, "'numbers-in-treatment'", Metric.class);
    assertThat(refusal("'no-such-metric'", Metric.class))
        .hasMessage("$: 'no-such-metric' is not the id of a metric of the national catalogue (a local metric is written in full, as an object)");
  }

  @Test
  void test_metric_localInFull() {
    Metric arrests = Metric.local("county-lines-arrests", "County lines arrests", Unit.COUNT, Polarity.HIGHER_IS_BETTER);
    assertRoundTrip(
        arrests,
        "{'id':'county-lines-arrests','name':'County lines arrests','role':'LOCAL','unit':'count',"
            + "'polarity':'HIGHER_IS_BETTER','source':'local','publisher':'local','frequency':'OTHER','breakdowns':[],"
            + "'provenance':{'source':'defined by its user','confidence':'HIGH'}}",
        Metric.class);
    assertThat(read("{'id':'county-lines-arrests','name':'County lines arrests','role':'LOCAL','unit':'count','polarity':'HIGHER_IS_BETTER'}", Metric.class))
        .isEqualTo(arrests);
    Metric full =
        Metric.builder("deaths-rate", "Deaths per 100,000", MetricRole.LOCAL)
            .outcome(Outcome.REDUCE_DRUG_DEATHS_AND_HARM)
            .unit(Unit.ratePer(100_000))
            .polarity(Polarity.LOWER_IS_BETTER)
            .source("ONS deaths", "ONS")
            .frequency(Frequency.ANNUAL)
            .lowestGeography(AreaType.LOCAL_AUTHORITY)
            .breakdowns(List.of("sex", "age"))
            .fingertipsIndicatorId(92432)
            .provenance(new Provenance("a table", Confidence.MEDIUM, "unconfirmed"))
            .build();
    assertRoundTrip(
        full,
        "{'id':'deaths-rate','name':'Deaths per 100,000','role':'LOCAL','outcome':'REDUCE_DRUG_DEATHS_AND_HARM',"
            + "'unit':'per 100000','polarity':'LOWER_IS_BETTER','source':'ONS deaths','publisher':'ONS','frequency':'ANNUAL',"
            + "'lowestGeography':'LOCAL_AUTHORITY','breakdowns':['sex','age'],'fingertipsIndicatorId':92432,"
            + "'provenance':{'source':'a table','confidence':'MEDIUM','notes':'unconfirmed'}}",
        Metric.class);
  }

  @Test
  void test_metric_invalidFieldsAreRefusedWithThePath() {
    assertThat(refusal("{'id':'Bad Id','name':'x','role':'LOCAL','unit':'count','polarity':'NO_JUDGEMENT'}", Metric.class))
        .hasMessageContaining("$: a metric is invalid: id must be lower-case letters, digits and single hyphens but was 'Bad Id'");
    assertThat(refusal("{'id':'x','name':'x','role':'LOCAL','unit':'count','polarity':'UPWARDS'}", Metric.class))
        .hasMessage("$.polarity: must be one of HIGHER_IS_BETTER, LOWER_IS_BETTER or NO_JUDGEMENT but was \"UPWARDS\"");
    assertThat(refusal("{'id':'x','name':'x','role':'LOCAL','unit':'count','polarity':'NO_JUDGEMENT','source':'s'}", Metric.class))
        .hasMessageContaining("source and its publisher together");
  }

  @Test
  void test_area_inFullAndByShippedCode() {
    assertRoundTrip(Areas.DORSET, "{'code':'E06000059','name':'Dorset','type':'LOCAL_AUTHORITY'}", Area.class);
    assertThat(read("'E06000058'", Area.class)).isEqualTo(Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE);
    assertThat(refusal("'E99'", Area.class)).hasMessageContaining("'E99' is not the code of an area shipped with the library");
    assertThat(refusal("{'code':'E06000059','name':'Dorset','type':'COUNTY'}", Area.class)).hasMessageContaining("$.type: must be one of LOCAL_AUTHORITY");
  }

  @Test
  void test_hierarchy_compositesNameTheirMembers() {
    Area bcp = Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE;
    AreaHierarchy panDorset = AreaHierarchy.empty().compose(Areas.PAN_DORSET_CDP, bcp, Areas.DORSET);
    // AreaHierarchy has no equals: the written text stands for the value.
    String json =
        "[{'code':'pan-dorset-cdp','name':'Pan-Dorset Combating Drugs Partnership','type':'COMBATING_DRUGS_PARTNERSHIP',"
            + "'members':['E06000058','E06000059']},"
            + "{'code':'E06000058','name':'Bournemouth, Christchurch and Poole','type':'LOCAL_AUTHORITY'},"
            + "{'code':'E06000059','name':'Dorset','type':'LOCAL_AUTHORITY'}]";
    assertThat(write(panDorset)).isEqualTo(Json.q(json));
    assertThat(write(read(json, AreaHierarchy.class))).isEqualTo(Json.q(json));
    AreaHierarchy read = read("['E06000058','E06000059',{'code':'pan-dorset-cdp','name':'Pan-Dorset Combating Drugs Partnership',"
        + "'type':'COMBATING_DRUGS_PARTNERSHIP','members':['E06000058','E06000059']}]", AreaHierarchy.class);
    assertThat(read.leavesOf(Areas.PAN_DORSET_CDP)).containsExactly(bcp, Areas.DORSET);
  }

  @Test
  void test_hierarchy_badCompositionsAreRefusedWithThePath() {
    assertThat(refusal("[{'code':'a','name':'A','type':'REGION','members':['b']}]", AreaHierarchy.class))
        .hasMessage("$[0].members[0]: 'b' is not the code of an area listed in the document");
    assertThat(refusal("[{'code':'a','name':'A','type':'REGION','members':['a']}]", AreaHierarchy.class))
        .hasMessageContaining("$[0]: the composition of A (a) is refused: parts of A (a) must not contain it");
    assertThat(refusal("['E06000059',{'code':'E06000059','name':'Other','type':'REGION'}]", AreaHierarchy.class))
        .hasMessageContaining("$[1]: the area Other (E06000059) is refused: code E06000059 must name one area");
    assertThat(refusal("[{'code':'a','name':'A','type':'REGION','members':['E06000059','E06000059']},'E06000059']", AreaHierarchy.class))
        .hasMessageContaining("must not repeat");
  }

  @Test
  void test_measurement_standingAlone() {
    Metric arrests = Metric.local("county-lines-arrests", "County lines arrests", Unit.COUNT, Polarity.HIGHER_IS_BETTER);
    Measurement m = Measurement.of(NationalMetrics.NUMBERS_IN_TREATMENT, Areas.DORSET, FinancialYear.of(2022), Count.of(1889));
    assertRoundTrip(
        m,
        "{'metric':'numbers-in-treatment','area':{'code':'E06000059','name':'Dorset','type':'LOCAL_AUTHORITY'},"
            + "'period':'2022/23','value':{'count':1889}}",
        Measurement.class);
    Measurement provisional = Measurement.of(arrests, Areas.DORSET, FinancialYear.of(2023).quarter(1), Count.of(38)).withStatus(DataStatus.PROVISIONAL);
    assertThat(read(write(provisional), Measurement.class)).isEqualTo(provisional);
    assertThat(write(provisional)).endsWith(",\"status\":\"PROVISIONAL\"}");
    assertThat(refusal("{'metric':'numbers-in-treatment','area':'E06000059','period':'2022/23','value':{'pounds':1}}", Measurement.class))
        .hasMessageContaining("$: a measurement is invalid: value must be a COUNT in count for numbers-in-treatment");
  }

  @Test
  void test_baselineAndTargets_theDorsetTargets() {
    assertRoundTrip(
        Baseline.of(FinancialYear.of(2022), Quantity.count(2590)),
        "{'period':'2022/23','value':{'amount':2590,'unit':'count'}}",
        Baseline.class);
    assertRoundTrip(
        Target.reach(Quantity.count(2700), FinancialYear.of(2023)),
        "{'kind':'REACH','level':{'amount':2700,'unit':'count'},'due':'2023/24'}",
        Target.class);
    assertRoundTrip(
        Target.reach(Quantity.percent("75"), FinancialYear.of(2024)),
        "{'kind':'REACH','level':{'amount':75,'unit':'percent'},'due':'2024/25'}",
        ReachTarget.class);
    Baseline bcp = Baseline.of(FinancialYear.of(2022), Quantity.percent("45.2"));
    assertRoundTrip(
        Target.changeByAbsolute(bcp, Quantity.points("29.8"), FinancialYear.of(2024)),
        "{'kind':'ABSOLUTE_CHANGE','from':{'period':'2022/23','value':{'amount':45.2,'unit':'percent'}},"
            + "'delta':{'amount':29.8,'unit':'points'},'due':'2024/25'}",
        Target.class);
    assertRoundTrip(
        Target.changeBy(Baseline.of(CalendarYear.of(2019), Quantity.count(59)), Exact.of(-1, 10), CalendarYear.of(2024)),
        "{'kind':'RELATIVE_CHANGE','from':{'period':'2019','value':{'amount':59,'unit':'count'}},'relative':-0.1,'due':'2024'}",
        Target.class);
    assertRoundTrip(
        Target.stayWithin(Bound.AT_MOST, Quantity.percent("5"), FinancialYear.of(2024)),
        "{'kind':'BOUND','bound':'AT_MOST','limit':{'amount':5,'unit':'percent'},'due':'2024/25'}",
        Target.class);
  }

  @Test
  void test_targets_inconsistentOrMixedKindsAreRefused() {
    assertThat(refusal("{'kind':'REACH','level':{'amount':1,'unit':'count'},'bound':'AT_MOST','due':'2023/24'}", Target.class))
        .hasMessage("$: a REACH target has only the properties [due, kind, level], not 'bound'");
    assertThat(refusal("{'kind':'RELATIVE_CHANGE','from':{'period':'2023/24','value':{'amount':1,'unit':'count'}},'relative':-0.1,'due':'2021/22'}", Target.class))
        .hasMessageStartingWith("$: a target is invalid: ");
    assertThat(refusal("{'kind':'RELATIVE_CHANGE','from':{'period':'2023/24','value':{'amount':1,'unit':'count'}},'relative':-1,'due':'2024/25'}", Target.class))
        .hasMessageContaining("relative must be greater than -1");
    assertThat(refusal("{'level':{'amount':1,'unit':'count'},'due':'2023/24'}", Target.class)).hasMessage("$: a target needs the property 'kind'");
    assertThat(refusal("{'kind':'REACH','level':{'amount':1,'unit':'count'},'due':'2023/24'}", BoundTarget.class))
        .hasMessageContaining("must be a BoundTarget");
  }

  @Test
  void test_schemes_everyKind() {
    TargetToleranceScheme fivePoints = TargetToleranceScheme.of(Tolerance.points(new BigDecimal("5")));
    assertRoundTrip(fivePoints, "{'kind':'TARGET_TOLERANCE','amber':{'points':5}}", RagScheme.class);
    assertRoundTrip(
        ProjectedAttainmentScheme.of(Tolerance.relative(Exact.of(1, 10))),
        "{'kind':'PROJECTED_ATTAINMENT','amber':{'fraction':0.1}}",
        RagScheme.class);
    assertRoundTrip(
        TrajectoryScheme.of(Tolerance.absolute(Quantity.count(100))),
        "{'kind':'TRAJECTORY','amber':{'width':{'amount':100,'unit':'count'}}}",
        RagScheme.class);
    assertRoundTrip(
        ChangeBandsScheme.of(
            ChangeMeasure.RELATIVE,
            ImmutableList.of(
                ChangeBand.below(Exact.of(-1, 20), RagStatus.RED),
                ChangeBand.between(Exact.of(-1, 20), Exact.ZERO, RagStatus.AMBER),
                ChangeBand.atLeast(Exact.ZERO, RagStatus.GREEN))),
        "{'kind':'CHANGE_BANDS','measure':'RELATIVE','bands':[{'to':-0.05,'status':'RED'},"
            + "{'from':-0.05,'to':0,'status':'AMBER'},{'from':0,'status':'GREEN'}]}",
        RagScheme.class);
    assertThat(read("{'amber':{'points':5},'kind':'TARGET_TOLERANCE'}", TargetToleranceScheme.class)).isEqualTo(fivePoints);
  }

  @Test
  void test_schemes_badBandsAndTolerancesAreRefused() {
    assertThat(refusal("{'kind':'CHANGE_BANDS','measure':'RELATIVE','bands':[{'to':0,'status':'RED'},{'from':0.1,'status':'GREEN'}]}", RagScheme.class))
        .hasMessageStartingWith("$: a RAG scheme is invalid: ");
    assertThat(refusal("{'kind':'TARGET_TOLERANCE','amber':{'points':-5}}", RagScheme.class))
        .hasMessageContaining("$.amber.points: a tolerance is invalid: points must be >= 0 but was -5");
    assertThat(refusal("{'kind':'TARGET_TOLERANCE','amber':{'points':5,'fraction':0.1}}", RagScheme.class))
        .hasMessageContaining("exactly one of the properties fraction, width or points, but had 2");
    assertThat(refusal("{'kind':'TARGET_TOLERANCE','amber':{'points':5},'measure':'RELATIVE'}", RagScheme.class))
        .hasMessageContaining("has only the properties [amber, kind], not 'measure'");
  }

  @Test
  void test_presentation() {
    assertRoundTrip(Presentation.DEFAULT, "{'percentDecimals':1,'mode':'HALF_UP'}", Presentation.class);
    assertThat(refusal("{'percentDecimals':1,'mode':'UNNECESSARY'}", Presentation.class)).hasMessageContaining("mode must round");
    assertThat(refusal("{'percentDecimals':11,'mode':'HALF_UP'}", Presentation.class)).hasMessageContaining("$.percentDecimals: must be a whole number within 0..10 but was 11");
  }
}
