package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.spc.XmrChart;
import org.combatingdrugs.outcomes.spc.XmrOptions;

/**
 * Reads an XmR chart as it is written: {@code polarity}, {@code options} ({@code
 * screenMovingRanges}, {@code trendPoints}, {@code shiftPoints}, {@code fixAfter} when fixed,
 * {@code shortGroupBelow}), {@code groups} and {@code points}, as {@link XmrRows} reads them. The
 * chart is drawn again by {@link XmrChart#of(List, org.combatingdrugs.outcomes.judgement.Polarised,
 * XmrOptions, List)} from the polarity, the options, the points' values and the groups' starts;
 * everything else written of the groups and points (means, limits, sides, flags, rules and
 * variations) follows from them and must say what the chart gives.
 */
public final class XmrChartDeserializer {

  /** Reads an XmR chart. */
  public static final StrictDeserializer<XmrChart> CHART =
      ReaderDeserializer.of(XmrChart.class, "an XmR chart", XmrChartDeserializer::chart);

  private XmrChartDeserializer() {}

  /** Reads a chart at the parser's current value. */
  static XmrChart chart(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "an XmR chart", "polarity", "options", "groups", "points");
    @Nullable Polarity polarity = null;
    @Nullable XmrOptions options = null;
    @Nullable ImmutableList<XmrRows.Group> groups = null;
    @Nullable ImmutableList<XmrRows.Point> points = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "polarity" -> polarity = Read.word(p, Polarity.class);
        case "options" -> options = options(p);
        case "groups" -> groups = Read.list(p, XmrRows::group);
        case "points" -> points = Read.list(p, XmrRows::point);
        default -> throw fields.unknown();
      }
    }
    ImmutableList<XmrRows.Group> given = fields.required("groups", groups);
    ImmutableList<XmrRows.Point> plotted = fields.required("points", points);
    if (given.isEmpty()) {
      throw fields.fail("an XmR chart has at least one group");
    }
    List<Double> values = new ArrayList<>();
    plotted.forEach(point -> values.add(point.value()));
    List<Integer> rebaseAt = new ArrayList<>();
    given.subList(1, given.size()).forEach(group -> rebaseAt.add(group.start()));
    XmrChart chart;
    try {
      chart = XmrChart.of(values, fields.required("polarity", polarity), fields.required("options", options), rebaseAt);
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
    for (int i = 0; i < given.size(); i++) {
      given.get(i).check(chart.groups().get(i));
    }
    for (int i = 0; i < plotted.size(); i++) {
      plotted.get(i).check(chart.points().get(i));
    }
    return chart;
  }

  /** Reads a chart's options at the parser's current value. */
  static XmrOptions options(JsonParser p) throws IOException {
    Fields fields =
        Fields.of(p, "the options of an XmR chart", "screenMovingRanges", "trendPoints", "shiftPoints", "fixAfter", "shortGroupBelow");
    @Nullable Boolean screen = null;
    @Nullable Integer trend = null;
    @Nullable Integer shift = null;
    OptionalInt fixAfter = OptionalInt.empty();
    @Nullable Integer shortBelow = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "screenMovingRanges" -> screen = Read.bool(p);
        case "trendPoints" -> trend = Read.wholeInt(p, Integer.MIN_VALUE, Integer.MAX_VALUE);
        case "shiftPoints" -> shift = Read.wholeInt(p, Integer.MIN_VALUE, Integer.MAX_VALUE);
        case "fixAfter" -> fixAfter = OptionalInt.of(Read.wholeInt(p, Integer.MIN_VALUE, Integer.MAX_VALUE));
        case "shortGroupBelow" -> shortBelow = Read.wholeInt(p, Integer.MIN_VALUE, Integer.MAX_VALUE);
        default -> throw fields.unknown();
      }
    }
    try {
      return new XmrOptions(
          fields.required("screenMovingRanges", screen),
          fields.required("trendPoints", trend),
          fields.required("shiftPoints", shift),
          fixAfter,
          fields.required("shortGroupBelow", shortBelow));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }
}
