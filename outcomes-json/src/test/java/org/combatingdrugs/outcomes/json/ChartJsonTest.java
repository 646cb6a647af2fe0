package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.combatingdrugs.outcomes.aggregate.Aggregate;
import org.combatingdrugs.outcomes.aggregate.Aggregation;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.calc.LinearTrendProjection;
import org.combatingdrugs.outcomes.calc.Observation;
import org.combatingdrugs.outcomes.calc.PriorYearProfileProjection;
import org.combatingdrugs.outcomes.calc.Projection;
import org.combatingdrugs.outcomes.calc.Projections;
import org.combatingdrugs.outcomes.calc.RunRateProjection;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.NationalMetrics;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.spc.XmrChart;
import org.combatingdrugs.outcomes.spc.XmrOptions;
import org.junit.jupiter.api.Test;

/**
 * Projections, XmR charts and pooled measurements read back as they were written, from Dorset's
 * figures: 38 county lines arrests in 2023/24 Q1, 259 SOC disruptions against 964 last year, a
 * quarterly series of arrests, and pan-Dorset's 2,590 + 1,889 adults in treatment. A derived value
 * altered, an input missing or a property unknown is refused at its path.
 */
class ChartJsonTest {

  private static final FinancialYear YEAR = FinancialYear.of(2023);
  private static final FinancialYear LAST_YEAR = FinancialYear.of(2022);

  static final String RUN_RATE =
      "{'method':'RUN_RATE','period':'2023/24','value':{'amount':152,'unit':'count'},'observed':'2023/24 Q1',"
          + "'observedValue':{'amount':38,'unit':'count'},'basis':'QUARTERS','share':0.25}";

  static final String PRIOR_YEAR =
      "{'method':'PRIOR_YEAR_PROFILE','period':'2023/24','value':{'amount':1036,'unit':'count'},'observed':'2023/24 Q1',"
          + "'observedValue':{'amount':259,'unit':'count'},'lastYearSamePart':{'amount':241,'unit':'count'},"
          + "'lastYearTotal':{'amount':964,'unit':'count'},'share':0.25}";

  static final String TREND =
      "{'method':'LINEAR_TREND','period':'2023/24 Q4','value':{'amount':28.8,'unit':'count'},'series':["
          + "{'period':'2022/23 Q1','value':{'amount':17,'unit':'count'}},{'period':'2022/23 Q2','value':{'amount':20,'unit':'count'}},"
          + "{'period':'2022/23 Q3','value':{'amount':21,'unit':'count'}},{'period':'2022/23 Q4','value':{'amount':22,'unit':'count'}}],"
          + "'intercept':17.6,'slope':1.6,'step':7}";

  static final String CHART =
      "{'polarity':'HIGHER_IS_BETTER','options':{'screenMovingRanges':true,'trendPoints':7,'shiftPoints':7,'shortGroupBelow':13},"
          + "'groups':[{'index':0,'start':0,'size':5,'mean':23.6,'limits':{'mean':23.6,'meanMovingRange':5.25,"
          + "'lower':9.635000000000002,'upper':37.565,'nearLower':14.290000000000001,'nearUpper':32.910000000000004},'shortGroup':true}],"
          + "'points':[{'index':0,'value':17.0,'group':0,'side':'BELOW','outsideLimits':false,'closeToLimits':false,'variation':'COMMON_CAUSE'},"
          + "{'index':1,'value':20.0,'group':0,'side':'BELOW','outsideLimits':false,'closeToLimits':false,'variation':'COMMON_CAUSE'},"
          + "{'index':2,'value':21.0,'group':0,'side':'BELOW','outsideLimits':false,'closeToLimits':false,'variation':'COMMON_CAUSE'},"
          + "{'index':3,'value':22.0,'group':0,'side':'BELOW','outsideLimits':false,'closeToLimits':false,'variation':'COMMON_CAUSE'},"
          + "{'index':4,'value':38.0,'group':0,'side':'ABOVE','outsideLimits':true,'closeToLimits':false,"
          + "'specialCause':{'rule':'OUTSIDE_LIMITS','direction':'UP'},'variation':'SPECIAL_CAUSE_IMPROVING'}]}";

  static final String AGGREGATE =
      "{'measurement':{'metric':'numbers-in-treatment','area':{'code':'pan-dorset-cdp','name':'Pan-Dorset Combating Drugs Partnership',"
          + "'type':'COMBATING_DRUGS_PARTNERSHIP'},'period':'2022/23','value':{'count':4479}},'parts':["
          + "{'metric':'numbers-in-treatment','area':{'code':'E06000058','name':'Bournemouth, Christchurch and Poole','type':'LOCAL_AUTHORITY'},"
          + "'period':'2022/23','value':{'count':2590}},"
          + "{'metric':'numbers-in-treatment','area':{'code':'E06000059','name':'Dorset','type':'LOCAL_AUTHORITY'},"
          + "'period':'2022/23','value':{'count':1889}}]}";

  static RunRateProjection runRate() {
    return Projections.runRate(Quantity.count(38), YEAR.quarter(1), YEAR, ElapsedBasis.QUARTERS);
  }

  static PriorYearProfileProjection priorYear() {
    return Projections.priorYearProfile(Quantity.count(259), YEAR.quarter(1), YEAR, Quantity.count(241), Quantity.count(964))
        .orElseThrow();
  }

  static LinearTrendProjection trend() {
    List<Observation> series =
        List.of(
            Observation.of(LAST_YEAR.quarter(1), Quantity.count(17)),
            Observation.of(LAST_YEAR.quarter(2), Quantity.count(20)),
            Observation.of(LAST_YEAR.quarter(3), Quantity.count(21)),
            Observation.of(LAST_YEAR.quarter(4), Quantity.count(22)));
    return Projections.linearTrend(series, YEAR.quarter(4)).orElseThrow();
  }

  static XmrChart chart() {
    return XmrChart.of(List.of(17.0, 20.0, 21.0, 22.0, 38.0), Polarity.HIGHER_IS_BETTER, XmrOptions.defaults());
  }

  static List<Measurement> treatment() {
    return List.of(
        Measurement.of(NationalMetrics.NUMBERS_IN_TREATMENT, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, LAST_YEAR, Count.of(2590)),
        Measurement.of(NationalMetrics.NUMBERS_IN_TREATMENT, Areas.DORSET, LAST_YEAR, Count.of(1889)));
  }

  static Aggregate panDorset(List<Measurement> parts) {
    AreaHierarchy areas =
        AreaHierarchy.empty().compose(Areas.PAN_DORSET_CDP, Areas.BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, Areas.DORSET);
    return Aggregation.aggregate(Areas.PAN_DORSET_CDP, areas, parts).orElseThrow();
  }

  @Test
  void test_runRate_literal() {
    Json.assertRoundTrip(runRate(), RUN_RATE, RunRateProjection.class);
    assertThat(Json.read(RUN_RATE, Projection.class)).isEqualTo(runRate());
  }

  @Test
  void test_priorYearProfile_literal() {
    Json.assertRoundTrip(priorYear(), PRIOR_YEAR, PriorYearProfileProjection.class);
    assertThat(Json.read(PRIOR_YEAR, Projection.class)).isEqualTo(priorYear());
  }

  @Test
  void test_linearTrend_literal() {
    Json.assertRoundTrip(trend(), TREND, LinearTrendProjection.class);
    assertThat(Json.read(TREND, Projection.class)).isEqualTo(trend());
  }

  @Test
  void test_xmrChart_literal() {
    Json.assertRoundTrip(chart(), CHART, XmrChart.class);
  }

  @Test
  void test_xmrChart_rebasedAndFixed_readsBack() {
    XmrChart rebased =
        XmrChart.of(
            List.of(17.0, 20.0, 21.0, 22.0, 38.0, 35.0, 41.0, 39.0, 40.0, 36.0, 37.0, 42.0, 38.0, 40.0, 39.0),
            Polarity.LOWER_IS_BETTER,
            XmrOptions.defaults().withScreening(false).withRuns(6, 8).withBaselineFixedAfter(12).withShortGroupBelow(3),
            List.of(4, 14));
    String written = Json.write(rebased);
    assertThat(written).contains(q("'fixAfter':12")).contains(q("'reason':'TOO_FEW_POINTS'"));
    assertThat(Json.read(written, XmrChart.class)).isEqualTo(rebased);
  }

  @Test
  void test_aggregate_literal() {
    Json.assertRoundTrip(panDorset(treatment()), AGGREGATE, Aggregate.class);
  }

  @Test
  void test_aggregate_statusOfItsLeastSettledPart() {
    List<Measurement> parts = List.of(treatment().get(0), treatment().get(1).withStatus(DataStatus.PROVISIONAL));
    Aggregate provisional = panDorset(parts);
    String written = Json.write(provisional);
    assertThat(Json.read(written, Aggregate.class)).isEqualTo(provisional);
    assertThat(Json.refusal(written.replaceFirst(q(",'status':'PROVISIONAL'"), ""), Aggregate.class))
        .hasMessageStartingWith("$.measurement: needs the property 'status'");
  }

  @Test
  void test_projection_derivedValueAltered_isRefusedAtItsPath() {
    assertThat(Json.refusal(RUN_RATE.replace("'amount':152", "'amount':153"), Projection.class))
        .hasMessageStartingWith("$.value: must be 152, which the other properties give, but was 153");
    assertThat(Json.refusal(PRIOR_YEAR.replace("'share':0.25", "'share':0.3"), Projection.class))
        .hasMessageStartingWith("$.share: must be ");
    assertThat(Json.refusal(TREND.replace("'slope':1.6", "'slope':1.5"), Projection.class))
        .hasMessageStartingWith("$.slope: must be ")
        .hasMessageContaining("1.5");
    assertThat(Json.refusal(TREND.replace("'step':7", "'step':6"), Projection.class))
        .hasMessageStartingWith("$.step: must be 7, which the other properties give, but was 6");
  }

  @Test
  void test_projection_missingInputOrForeignProperty_isRefused() {
    assertThat(Json.refusal(RUN_RATE.replace(",'basis':'QUARTERS'", ""), Projection.class))
        .hasMessage("$: a projection needs the property 'basis'");
    assertThat(Json.refusal(RUN_RATE.replace("'share'", "'step':1,'share'"), Projection.class))
        .hasMessageContaining("a RUN_RATE projection has only the properties")
        .hasMessageContaining("not 'step'");
    assertThat(Json.refusal(RUN_RATE.replace("'basis'", "'guess':1,'basis'"), Projection.class))
        .hasMessageStartingWith("$.guess: is not a property of a projection");
    assertThat(Json.refusal(TREND.replace("{'period':'2022/23 Q2'", "{'period':'2022/23 Q3'"), Projection.class))
        .hasMessageContaining("consecutive");
    assertThat(Json.refusal(PRIOR_YEAR.replace("'amount':241", "'amount':0"), Projection.class))
        .hasMessageContaining("ZERO_PRIOR_YEAR_SHARE");
    assertThat(Json.refusal(RUN_RATE, LinearTrendProjection.class)).hasMessageContaining("must be a LinearTrendProjection");
  }

  @Test
  void test_xmrChart_derivedValueAltered_isRefusedAtItsPath() {
    assertThat(Json.refusal(CHART.replace("'upper':37.565", "'upper':37.56"), XmrChart.class))
        .hasMessageStartingWith("$.groups[0].limits.upper: must be 37.565, which the other properties give, but was 37.56");
    assertThat(Json.refusal(CHART.replace("'mean':23.6,'limits'", "'mean':23.7,'limits'"), XmrChart.class))
        .hasMessageStartingWith("$.groups[0].mean: must be 23.6");
    assertThat(Json.refusal(CHART.replace("'outsideLimits':true", "'outsideLimits':false"), XmrChart.class))
        .hasMessageStartingWith("$.points[4].outsideLimits: must be true");
    assertThat(Json.refusal(CHART.replace("'variation':'SPECIAL_CAUSE_IMPROVING'", "'variation':'SPECIAL_CAUSE_CONCERNING'"), XmrChart.class))
        .hasMessageStartingWith("$.points[4].variation: must be SPECIAL_CAUSE_IMPROVING");
    assertThat(Json.refusal(CHART.replace("'shortGroup':true", "'shortGroup':false"), XmrChart.class))
        .hasMessageStartingWith("$.groups[0].shortGroup: must be true");
    assertThat(Json.refusal(CHART.replace("'nearLower':14.290000000000001", "'nearLower':40"), XmrChart.class))
        .hasMessageStartingWith("$.groups[0].limits.nearLower: must be 14.290000000000001, which the other properties give, but was 40.0");
    String noCause = CHART.replace("'specialCause':{'rule':'OUTSIDE_LIMITS','direction':'UP'},", "");
    assertThat(Json.refusal(noCause, XmrChart.class))
        .hasMessage("$.points[4]: a point of an XmR chart needs the property 'specialCause': the chart gives OUTSIDE_LIMITS UP");
  }

  @Test
  void test_xmrChart_missingInputOrUnknownProperty_isRefused() {
    assertThat(Json.refusal(CHART.replace("'trendPoints':7,", ""), XmrChart.class))
        .hasMessage("$.options: the options of an XmR chart needs the property 'trendPoints'");
    assertThat(Json.refusal(CHART.replace("{'index':2,'value':21.0,", "{'index':2,"), XmrChart.class))
        .hasMessage("$.points[2]: a point of an XmR chart needs the property 'value'");
    assertThat(Json.refusal(CHART.replace("'shortGroupBelow':13", "'shortGroupBelow':13,'colour':'red'"), XmrChart.class))
        .hasMessageStartingWith("$.options.colour: is not a property of the options of an XmR chart");
    assertThat(Json.refusal(CHART.replace("'trendPoints':7", "'trendPoints':2"), XmrChart.class))
        .hasMessageContaining("trendPoints must be at least 3 but was 2");
    assertThat(Json.refusal(CHART.replace("'value':17.0", "'value':null"), XmrChart.class))
        .hasMessageStartingWith("$.points[0].value: must be a number but was null");
  }

  @Test
  void test_aggregate_derivedValueAltered_isRefusedAtItsPath() {
    assertThat(Json.refusal(AGGREGATE.replace("'count':4479", "'count':4480"), Aggregate.class))
        .hasMessageStartingWith("$.measurement.value: must be 4,479, which the other properties give, but was 4,480");
    assertThat(Json.refusal(AGGREGATE.replace("'period':'2022/23','value':{'count':4479}", "'period':'2021/22','value':{'count':4479}"), Aggregate.class))
        .hasMessageStartingWith("$.measurement.period: must be ");
  }

  @Test
  void test_aggregate_missingInputOrUnknownProperty_isRefused() {
    assertThat(Json.refusal(AGGREGATE.substring(0, AGGREGATE.indexOf(",'parts'")) + "}", Aggregate.class))
        .hasMessage("$: a pooled measurement needs the property 'parts'");
    assertThat(Json.refusal(AGGREGATE.replace("'parts':[", "'weights':[],'parts':["), Aggregate.class))
        .hasMessageStartingWith("$.weights: is not a property of a pooled measurement");
    assertThat(Json.refusal(AGGREGATE.replace("'period':'2022/23','value':{'count':1889}", "'period':'2021/22','value':{'count':1889}"), Aggregate.class))
        .hasMessageContaining("parts must all be for");
  }

  private static String q(String text) {
    return Json.q(text);
  }
}
