package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.calc.LinearTrendProjection;
import org.combatingdrugs.outcomes.calc.Observation;
import org.combatingdrugs.outcomes.calc.PriorYearProfileProjection;
import org.combatingdrugs.outcomes.calc.Projection;
import org.combatingdrugs.outcomes.calc.ProjectionMethod;
import org.combatingdrugs.outcomes.calc.ProjectionReason;
import org.combatingdrugs.outcomes.calc.Projections;
import org.combatingdrugs.outcomes.calc.RunRateProjection;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.result.Result;

/**
 * Reads a projection as it is written, its {@code method} saying which of the three it is:
 *
 * <ul>
 *   <li>{@code RUN_RATE}: {@code period}, {@code value}, {@code observed}, {@code observedValue},
 *       {@code basis} and {@code share};
 *   <li>{@code PRIOR_YEAR_PROFILE}: {@code period}, {@code value}, {@code observed}, {@code
 *       observedValue}, {@code lastYearSamePart}, {@code lastYearTotal} and {@code share};
 *   <li>{@code LINEAR_TREND}: {@code period}, {@code value}, {@code series} (each {@code period}
 *       and {@code value}), {@code intercept}, {@code slope} and {@code step}.
 * </ul>
 *
 * The projection is made from its inputs by {@link Projections}; {@code value}, {@code share},
 * {@code intercept}, {@code slope} and {@code step} follow from them and must say what they give.
 * A property of another method is refused, and so are inputs from which the core makes no
 * projection (last year's same part nothing, a count's trend below zero).
 */
public final class ProjectionDeserializer {

  /** Reads any projection. */
  public static final StrictDeserializer<Projection> PROJECTION =
      ReaderDeserializer.of(Projection.class, "a projection", ProjectionDeserializer::projection);

  /** Reads a run-rate projection. */
  public static final StrictDeserializer<RunRateProjection> RUN_RATE = of(RunRateProjection.class);

  /** Reads a projection by last year's profile. */
  public static final StrictDeserializer<PriorYearProfileProjection> PRIOR_YEAR_PROFILE =
      of(PriorYearProfileProjection.class);

  /** Reads a projection along a linear trend. */
  public static final StrictDeserializer<LinearTrendProjection> LINEAR_TREND = of(LinearTrendProjection.class);

  private static final String WHAT = "a projection";

  private static final ImmutableSet<String> COMMON = ImmutableSet.of("method", "period", "value");

  private ProjectionDeserializer() {}

  private static <T extends Projection> StrictDeserializer<T> of(Class<T> kind) {
    return ReaderDeserializer.of(
        kind,
        WHAT,
        p -> {
          Projection read = projection(p);
          return Read.ofKind(p, kind, read, read::method);
        });
  }

  /** The properties of a projection by a method, beside {@link #COMMON}. */
  private static ImmutableSet<String> own(ProjectionMethod method) {
    return switch (method) {
      case RUN_RATE -> ImmutableSet.of("observed", "observedValue", "basis", "share");
      case PRIOR_YEAR_PROFILE -> ImmutableSet.of("observed", "observedValue", "lastYearSamePart", "lastYearTotal", "share");
      case LINEAR_TREND -> ImmutableSet.of("series", "intercept", "slope", "step");
    };
  }

  /** Reads a projection at the parser's current value. */
  static Projection projection(JsonParser p) throws IOException {
    Fields fields =
        Fields.of(
            p,
            WHAT,
            "method",
            "period",
            "value",
            "observed",
            "observedValue",
            "basis",
            "lastYearSamePart",
            "lastYearTotal",
            "share",
            "series",
            "intercept",
            "slope",
            "step");
    Set<String> given = new TreeSet<>();
    @Nullable ProjectionMethod method = null;
    @Nullable ReportingPeriod period = null;
    @Nullable Quantity value = null;
    @Nullable ReportingPeriod observed = null;
    @Nullable Quantity observedValue = null;
    @Nullable ElapsedBasis basis = null;
    @Nullable Quantity lastYearSamePart = null;
    @Nullable Quantity lastYearTotal = null;
    @Nullable Exact share = null;
    @Nullable ImmutableList<Observation> series = null;
    @Nullable Exact intercept = null;
    @Nullable Exact slope = null;
    @Nullable Integer step = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "method" -> method = Read.word(p, ProjectionMethod.class);
        case "period" -> period = PeriodDeserializer.period(p);
        case "value" -> value = QuantityDeserializer.quantity(p);
        case "observed" -> observed = PeriodDeserializer.period(p);
        case "observedValue" -> observedValue = QuantityDeserializer.quantity(p);
        case "basis" -> basis = Read.word(p, ElapsedBasis.class);
        case "lastYearSamePart" -> lastYearSamePart = QuantityDeserializer.quantity(p);
        case "lastYearTotal" -> lastYearTotal = QuantityDeserializer.quantity(p);
        case "share" -> share = ExactDeserializer.exact(p);
        case "series" -> series = Read.list(p, ProjectionDeserializer::observation);
        case "intercept" -> intercept = ExactDeserializer.exact(p);
        case "slope" -> slope = ExactDeserializer.exact(p);
        case "step" -> step = Read.wholeInt(p, 0, Integer.MAX_VALUE);
        default -> throw fields.unknown();
      }
      given.add(fields.name());
    }
    ProjectionMethod m = fields.required("method", method);
    for (String name : given) {
      if (!COMMON.contains(name) && !own(m).contains(name)) {
        throw fields.fail(
            "a " + m + " projection has only the properties " + new TreeSet<>(COMMON) + " and " + new TreeSet<>(own(m))
                + ", not '" + name + "'");
      }
    }
    ReportingPeriod to = fields.required("period", period);
    Projection projection;
    try {
      projection =
          switch (m) {
            case RUN_RATE ->
                Projections.runRate(
                    fields.required("observedValue", observedValue),
                    fields.required("observed", observed),
                    to,
                    fields.required("basis", basis));
            case PRIOR_YEAR_PROFILE ->
                made(
                    fields,
                    Projections.priorYearProfile(
                        fields.required("observedValue", observedValue),
                        fields.required("observed", observed),
                        to,
                        fields.required("lastYearSamePart", lastYearSamePart),
                        fields.required("lastYearTotal", lastYearTotal)));
            case LINEAR_TREND -> made(fields, Projections.linearTrend(fields.required("series", series), to));
          };
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
    fields.derived("value", value, projection.value());
    if (projection instanceof RunRateProjection r) {
      fields.derived("share", share, r.share());
    } else if (projection instanceof PriorYearProfileProjection r) {
      fields.derived("share", share, r.share());
    } else if (projection instanceof LinearTrendProjection t) {
      fields.derived("intercept", intercept, t.trend().intercept());
      fields.derived("slope", slope, t.trend().slope());
      fields.derived("step", step, t.step());
    }
    return projection;
  }

  /** The projection the core made, or a refusal saying why it made none. */
  private static <T extends Projection> T made(Fields fields, Result<T, ProjectionReason> made)
      throws IOException {
    if (made.reason().isPresent()) {
      ProjectionReason why = made.reason().get();
      throw fields.fail("makes no projection (" + why.name() + "): " + why.sentence());
    }
    return made.orElseThrow();
  }

  /** Reads one point of a trend's series: {@code {"period": "2022/23", "value": <quantity>}}. */
  private static Observation observation(JsonParser p) throws IOException {
    return BaselineDeserializer.dated(p, "an observation", Observation::of);
  }
}
