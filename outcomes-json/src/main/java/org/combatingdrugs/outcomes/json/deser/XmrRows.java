package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.spc.ControlLimits;
import org.combatingdrugs.outcomes.spc.LimitsReason;
import org.combatingdrugs.outcomes.spc.Side;
import org.combatingdrugs.outcomes.spc.SpecialCause;
import org.combatingdrugs.outcomes.spc.SpecialCauseRule;
import org.combatingdrugs.outcomes.spc.Variation;
import org.combatingdrugs.outcomes.spc.XmrGroup;
import org.combatingdrugs.outcomes.spc.XmrPoint;

/**
 * The groups and points of an XmR chart as written, each kept with its properties' paths until the
 * chart is drawn again and each derived property can be checked against it. A group is {@code
 * index}, {@code start}, {@code size}, {@code mean}, {@code limits} ({@code mean}, {@code
 * meanMovingRange}, {@code lower}, {@code upper}, {@code nearLower}, {@code nearUpper}, or why
 * there are none) and {@code shortGroup}; a point is {@code index}, {@code value}, {@code group},
 * {@code side}, {@code outsideLimits}, {@code closeToLimits}, {@code specialCause} ({@code rule}
 * and {@code direction}) when one fired, and {@code variation}.
 */
final class XmrRows {

  private XmrRows() {}

  /** A group as written; only its {@code start} is an input (of the groups after the first). */
  record Group(
      Fields fields,
      int index,
      int start,
      int size,
      double mean,
      Result<Limits, LimitsReason> limits,
      boolean shortGroup) {

    /** Checks every property against the group the chart gives. */
    void check(XmrGroup expected) throws IOException {
      fields.derived("index", index, expected.index());
      fields.derived("start", start, expected.start());
      fields.derived("size", size, expected.size());
      fields.derived("mean", mean, expected.mean());
      if (limits.isComputed() && expected.limits().isComputed()) {
        limits.orElseThrow().check(expected.limits().orElseThrow());
      } else {
        Result<ControlLimits, LimitsReason> given =
            limits.isComputed() ? Result.computed(limits.orElseThrow().limits()) : Result.notComputed(limits.reason().orElseThrow());
        fields.derived("limits", given, expected.limits());
      }
      fields.derived("shortGroup", shortGroup, expected.shortGroup());
    }
  }

  /** A group's limits as written, each number kept with its path. */
  record Limits(
      Fields fields,
      String path,
      double mean,
      double meanMovingRange,
      double lower,
      double upper,
      double nearLower,
      double nearUpper) {

    /** Checks every number against the limits the chart gives. */
    void check(ControlLimits expected) throws IOException {
      fields.derived("mean", mean, expected.mean());
      fields.derived("meanMovingRange", meanMovingRange, expected.meanMovingRange());
      fields.derived("lower", lower, expected.lower());
      fields.derived("upper", upper, expected.upper());
      fields.derived("nearLower", nearLower, expected.nearLower());
      fields.derived("nearUpper", nearUpper, expected.nearUpper());
    }

    /** The limits, where the chart gives none: refused when the core refuses them. */
    ControlLimits limits() throws IOException {
      try {
        return new ControlLimits(mean, meanMovingRange, lower, upper, nearLower, nearUpper);
      } catch (IllegalArgumentException e) {
        throw Read.failAt(path, "the limits of an XmR group are invalid", e);
      }
    }
  }

  /** A point as written; only its {@code value} is an input. */
  record Point(
      Fields fields,
      String path,
      int index,
      double value,
      int group,
      Side side,
      boolean outsideLimits,
      boolean closeToLimits,
      @Nullable SpecialCause specialCause,
      Variation variation) {

    /** Checks every property but the value against the point the chart gives. */
    void check(XmrPoint expected) throws IOException {
      fields.derived("index", index, expected.index());
      fields.derived("group", group, expected.group());
      fields.derived("side", side, expected.side());
      fields.derived("outsideLimits", outsideLimits, expected.outsideLimits());
      fields.derived("closeToLimits", closeToLimits, expected.closeToLimits());
      if (specialCause == null && expected.specialCause().isPresent()) {
        throw Read.failAt(
            path,
            "a point of an XmR chart needs the property 'specialCause': the chart gives "
                + expected.specialCause().get().rule() + " " + expected.specialCause().get().direction());
      }
      fields.derivedOptional("specialCause", specialCause, expected.specialCause());
      fields.derived("variation", variation, expected.variation());
    }
  }

  /** Reads a group at the parser's current value. */
  static Group group(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a group of an XmR chart", "index", "start", "size", "mean", "limits", "shortGroup");
    @Nullable Integer index = null;
    @Nullable Integer start = null;
    @Nullable Integer size = null;
    @Nullable Double mean = null;
    @Nullable Result<Limits, LimitsReason> limits = null;
    @Nullable Boolean shortGroup = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "index" -> index = Read.wholeInt(p, 0, Integer.MAX_VALUE);
        case "start" -> start = Read.wholeInt(p, 0, Integer.MAX_VALUE);
        case "size" -> size = Read.wholeInt(p, 1, Integer.MAX_VALUE);
        case "mean" -> mean = Read.real(p);
        case "limits" -> {
          String path = Read.pathOf(p);
          limits = Read.result(p, LimitsReason.class, q -> limits(q, path));
        }
        case "shortGroup" -> shortGroup = Read.bool(p);
        default -> throw fields.unknown();
      }
    }
    return new Group(
        fields,
        fields.required("index", index),
        fields.required("start", start),
        fields.required("size", size),
        fields.required("mean", mean),
        fields.required("limits", limits),
        fields.required("shortGroup", shortGroup));
  }

  private static Limits limits(JsonParser p, String path) throws IOException {
    Fields fields =
        Fields.of(p, "the limits of an XmR group", "mean", "meanMovingRange", "lower", "upper", "nearLower", "nearUpper");
    @Nullable Double mean = null;
    @Nullable Double range = null;
    @Nullable Double lower = null;
    @Nullable Double upper = null;
    @Nullable Double nearLower = null;
    @Nullable Double nearUpper = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "mean" -> mean = Read.real(p);
        case "meanMovingRange" -> range = Read.real(p);
        case "lower" -> lower = Read.real(p);
        case "upper" -> upper = Read.real(p);
        case "nearLower" -> nearLower = Read.real(p);
        case "nearUpper" -> nearUpper = Read.real(p);
        default -> throw fields.unknown();
      }
    }
    return new Limits(
        fields,
        path,
        fields.required("mean", mean),
        fields.required("meanMovingRange", range),
        fields.required("lower", lower),
        fields.required("upper", upper),
        fields.required("nearLower", nearLower),
        fields.required("nearUpper", nearUpper));
  }

  /** Reads a point at the parser's current value. */
  static Point point(JsonParser p) throws IOException {
    Fields fields =
        Fields.of(
            p,
            "a point of an XmR chart",
            "index",
            "value",
            "group",
            "side",
            "outsideLimits",
            "closeToLimits",
            "specialCause",
            "variation");
    @Nullable Integer index = null;
    @Nullable Double value = null;
    @Nullable Integer group = null;
    @Nullable Side side = null;
    @Nullable Boolean outside = null;
    @Nullable Boolean close = null;
    @Nullable SpecialCause cause = null;
    @Nullable Variation variation = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "index" -> index = Read.wholeInt(p, 0, Integer.MAX_VALUE);
        case "value" -> value = Read.real(p);
        case "group" -> group = Read.wholeInt(p, 0, Integer.MAX_VALUE);
        case "side" -> side = Read.word(p, Side.class);
        case "outsideLimits" -> outside = Read.bool(p);
        case "closeToLimits" -> close = Read.bool(p);
        case "specialCause" -> cause = cause(p);
        case "variation" -> variation = Read.word(p, Variation.class);
        default -> throw fields.unknown();
      }
    }
    return new Point(
        fields,
        fields.path(),
        fields.required("index", index),
        fields.required("value", value),
        fields.required("group", group),
        fields.required("side", side),
        fields.required("outsideLimits", outside),
        fields.required("closeToLimits", close),
        cause,
        fields.required("variation", variation));
  }

  private static SpecialCause cause(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a special cause", "rule", "direction");
    @Nullable SpecialCauseRule rule = null;
    @Nullable Direction direction = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "rule" -> rule = Read.word(p, SpecialCauseRule.class);
        case "direction" -> direction = Read.word(p, Direction.class);
        default -> throw fields.unknown();
      }
    }
    try {
      return new SpecialCause(fields.required("rule", rule), fields.required("direction", direction));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }
}
