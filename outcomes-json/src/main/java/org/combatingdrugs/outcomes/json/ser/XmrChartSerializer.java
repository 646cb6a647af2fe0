package org.combatingdrugs.outcomes.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Optional;
import org.combatingdrugs.outcomes.spc.ControlLimits;
import org.combatingdrugs.outcomes.spc.SpecialCause;
import org.combatingdrugs.outcomes.spc.XmrChart;
import org.combatingdrugs.outcomes.spc.XmrGroup;
import org.combatingdrugs.outcomes.spc.XmrOptions;
import org.combatingdrugs.outcomes.spc.XmrPoint;

/**
 * Writes an XmR chart with its points, groups and rules: {@code polarity}, {@code options}
 * ({@code screenMovingRanges}, {@code trendPoints}, {@code shiftPoints}, {@code fixAfter} when
 * fixed, {@code shortGroupBelow}), {@code groups} (each with {@code index}, {@code start}, {@code
 * size}, {@code mean}, its {@code limits} or why it has none, {@code shortGroup}) and {@code
 * points} (each with {@code index}, {@code value}, {@code group}, {@code side}, {@code
 * outsideLimits}, {@code closeToLimits}, the {@code specialCause} rule and direction when one
 * fired, and its {@code variation}).
 */
public final class XmrChartSerializer extends StdSerializer<XmrChart> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final XmrChartSerializer INSTANCE = new XmrChartSerializer();

  private XmrChartSerializer() {
    super(XmrChart.class);
  }

  @Override
  public void serialize(XmrChart value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(g, value);
  }

  /** Writes a chart. */
  static void write(JsonGenerator g, XmrChart chart) throws IOException {
    g.writeStartObject();
    g.writeStringField("polarity", chart.polarity().name());
    XmrOptions o = chart.options();
    g.writeObjectFieldStart("options");
    g.writeBooleanField("screenMovingRanges", o.screenMovingRanges());
    g.writeNumberField("trendPoints", o.trendPoints());
    g.writeNumberField("shiftPoints", o.shiftPoints());
    if (o.fixAfter().isPresent()) {
      g.writeNumberField("fixAfter", o.fixAfter().getAsInt());
    }
    g.writeNumberField("shortGroupBelow", o.shortGroupBelow());
    g.writeEndObject();
    g.writeArrayFieldStart("groups");
    for (XmrGroup group : chart.groups()) {
      g.writeStartObject();
      g.writeNumberField("index", group.index());
      g.writeNumberField("start", group.start());
      g.writeNumberField("size", group.size());
      IntervalSerializer.real(g, "mean", group.mean());
      Results.field(g, "limits", group.limits(), XmrChartSerializer::limits);
      g.writeBooleanField("shortGroup", group.shortGroup());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("points");
    for (XmrPoint p : chart.points()) {
      g.writeStartObject();
      g.writeNumberField("index", p.index());
      IntervalSerializer.real(g, "value", p.value());
      g.writeNumberField("group", p.group());
      g.writeStringField("side", p.side().name());
      g.writeBooleanField("outsideLimits", p.outsideLimits());
      g.writeBooleanField("closeToLimits", p.closeToLimits());
      Optional<SpecialCause> cause = p.specialCause();
      if (cause.isPresent()) {
        g.writeObjectFieldStart("specialCause");
        g.writeStringField("rule", cause.get().rule().name());
        g.writeStringField("direction", cause.get().direction().name());
        g.writeEndObject();
      }
      g.writeStringField("variation", p.variation().name());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void limits(JsonGenerator g, ControlLimits l) throws IOException {
    g.writeStartObject();
    IntervalSerializer.real(g, "mean", l.mean());
    IntervalSerializer.real(g, "meanMovingRange", l.meanMovingRange());
    IntervalSerializer.real(g, "lower", l.lower());
    IntervalSerializer.real(g, "upper", l.upper());
    IntervalSerializer.real(g, "nearLower", l.nearLower());
    IntervalSerializer.real(g, "nearUpper", l.nearUpper());
    g.writeEndObject();
  }
}
