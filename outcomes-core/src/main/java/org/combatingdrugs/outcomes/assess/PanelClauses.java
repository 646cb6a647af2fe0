package org.combatingdrugs.outcomes.assess;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.combatingdrugs.outcomes.assess.SentenceFigure.Role;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.Projection;
import org.combatingdrugs.outcomes.calc.RelativeChange;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.framework.Ambition;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.NationalAmbitions;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.DirectionOfTravel;
import org.combatingdrugs.outcomes.rag.Rating;
import org.combatingdrugs.outcomes.rag.RatingBasis;
import org.combatingdrugs.outcomes.rag.Threshold;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.spc.Assurance;
import org.combatingdrugs.outcomes.spc.XmrChart;
import org.combatingdrugs.outcomes.spc.XmrPoint;
import org.combatingdrugs.outcomes.stats.BenchmarkComparison;
import org.combatingdrugs.outcomes.stats.ChangeSignificance;
import org.combatingdrugs.outcomes.stats.Interval;
import org.combatingdrugs.outcomes.stats.Trend;
import org.combatingdrugs.outcomes.target.Attainment;
import org.combatingdrugs.outcomes.target.Target;

/** Writes one panel sentence: the value, then each part asked for, present or with its reason. */
final class PanelClauses {

  private static final Exact HUNDRED = Exact.of(100);

  private final PanelSentences writer;
  private final Assessment assessment;
  private final Set<SentencePart> parts;
  private final Measurement latest;
  private final SentenceText out;
  private boolean judging;

  PanelClauses(PanelSentences writer, Assessment assessment, Set<SentencePart> parts) {
    this.writer = writer;
    this.assessment = assessment;
    this.parts = parts;
    this.latest = assessment.latest();
    this.out = new SentenceText(writer.presentation());
  }

  Sentence write() {
    out.words(writer.label(latest.metric()));
    writer.label(latest.area()).ifPresent(area -> out.words(", " + area));
    out.words(": ");
    out.value(Role.VALUE, latest.value().quantity());
    out.words(" in " + period(latest.period()));
    if (latest.status() != DataStatus.FINAL) {
      out.words(" (" + latest.status().name().toLowerCase(Locale.ROOT) + ")");
    }
    for (SentencePart part : SentencePart.values()) {
      if (parts.contains(part)) {
        part(part);
      }
    }
    return out.build();
  }

  private void part(SentencePart part) {
    switch (part) {
      case INTERVAL -> present(part, assessment.interval(), "no confidence interval", this::interval);
      case COMPARISON -> present(part, assessment.comparison(), "no comparison", this::comparison);
      case PROJECTION -> present(part, assessment.projection(), "no projection", this::projection);
      case TARGET -> target(part);
      case TRAJECTORY -> present(part, assessment.expected(), "no trajectory", this::trajectory);
      case DIRECTION -> present(part, assessment.direction(), "no direction of travel", this::direction);
      case RATING -> present(part, assessment.rating(), "not rated", this::rating);
      case SIGNIFICANCE ->
          present(part, assessment.significance(), "significance not tested", this::significance);
      case BENCHMARK -> present(part, assessment.benchmark(), "no benchmark", this::benchmark);
      case TREND -> present(part, assessment.trend(), "no trend", this::trend);
      case VARIATION -> present(part, assessment.variation(), "no XmR chart", this::variation);
      case ASSURANCE -> present(part, assessment.assurance(), "no assurance", this::assurance);
    }
  }

  /** Writes a part from its element, or what is absent and why. */
  private <T> void present(
      SentencePart part, Result<T, AssessmentReason> element, String absent, Clause<T> clause) {
    Optional<AssessmentReason> why = element.reason();
    if (why.isPresent()) {
      absent(absent, why.get());
    } else {
      separate(part.describesValue());
      clause.write(element.orElseThrow());
    }
  }

  /** A clause written from an element of the assessment. */
  @FunctionalInterface
  private interface Clause<T> {
    void write(T element);
  }

  private void absent(String what, AssessmentReason why) {
    separate(false);
    out.words(what + ": " + why.sentence());
  }

  /** A comma before a figure of the value until the first judgement or note; a semicolon after. */
  private void separate(boolean describesValue) {
    judging |= !describesValue;
    out.words(judging ? "; " : ", ");
  }

  private void interval(Interval interval) {
    Unit unit = latest.value().unit();
    BigDecimal level = BigDecimal.valueOf(interval.level().value()).movePointRight(2);
    out.printed(Role.CONFIDENCE_LEVEL, interval.level().toString(), Quantity.of(level, Unit.PERCENT));
    out.words(" confidence interval ");
    out.value(Role.INTERVAL_LOWER, Quantity.of(SentenceText.exactOf(interval.lower()), unit));
    out.words(" to ");
    out.value(Role.INTERVAL_UPPER, Quantity.of(SentenceText.exactOf(interval.upper()), unit));
  }

  private void comparison(Comparison comparison) {
    Change change = comparison.change();
    int direction = change.direction();
    out.words(direction > 0 ? "up from " : direction < 0 ? "down from " : "unchanged from ");
    if (comparison.basis() == Comparison.Basis.BASELINE) {
      out.words("the baseline of ");
    }
    out.value(Role.COMPARISON_VALUE, comparison.value());
    out.words(" in " + period(comparison.period()));
    if (direction == 0) {
      return;
    }
    out.words(" (");
    Quantity absolute = change.absolute();
    if (absolute.unit().isPoints()) {
      out.signed(Role.CHANGE_AMOUNT, absolute);
      out.words(SentenceText.unitWords(absolute.unit()));
    } else {
      Optional<RelativeChange> relative = change.relative().value();
      if (relative.isPresent()) {
        out.signed(Role.CHANGE_PERCENT, percent(relative.get()));
        out.words(", ");
        out.signed(Role.CHANGE_AMOUNT, absolute);
      } else {
        out.signed(Role.CHANGE_AMOUNT, absolute);
        out.words("; " + AssessmentReason.ZERO_BASE.sentence());
      }
    }
    out.words(")");
  }

  private void projection(Projection projection) {
    out.words("projected ");
    out.value(Role.PROJECTION, projection.value());
    out.words(" for " + period(projection.period()));
    Result<ProjectedChange, AssessmentReason> projected = assessment.projectedChange();
    Optional<AssessmentReason> why = projected.reason();
    if (why.isPresent()) {
      absent("no projected change", why.get());
      return;
    }
    ProjectedChange change = projected.orElseThrow();
    Quantity absolute = change.change().absolute();
    Optional<RelativeChange> relative = change.change().relative().value();
    out.words(", ");
    if (relative.isPresent()) {
      out.signed(Role.PROJECTED_CHANGE_PERCENT, percent(relative.get()));
      out.words(" (");
      out.signed(Role.PROJECTED_CHANGE_AMOUNT, absolute);
      out.words(") on " + period(change.lastYear()));
    } else {
      out.signed(Role.PROJECTED_CHANGE_AMOUNT, absolute);
      out.words(" on " + period(change.lastYear()) + " (" + AssessmentReason.ZERO_BASE.sentence() + ")");
    }
  }

  private void target(SentencePart part) {
    Optional<AssessmentReason> noTarget = assessment.target().reason();
    if (noTarget.isPresent()) {
      absent("no target", noTarget.get());
      return;
    }
    Target target = assessment.target().orElseThrow();
    Optional<AssessmentReason> notSet = assessment.attainment().reason();
    separate(part.describesValue() && notSet.isEmpty());
    if (notSet.isPresent()) {
      out.words("not set against the ");
      targetName(target);
      out.words(": " + notSet.get().sentence());
      return;
    }
    Attainment attainment = assessment.attainment().orElseThrow();
    gap(Role.TARGET_GAP, attainment.actual().compareTo(attainment.level()), attainment.gap());
    targetName(target);
    if (attainment.met()) {
      out.words(" (met)");
    }
  }

  /** {@code 29.8 percentage points below the }, {@code 12 above the }, {@code at the }. */
  private void gap(Role role, int side, Quantity gap) {
    if (side == 0) {
      out.words("at the ");
      return;
    }
    out.magnitude(role, gap);
    out.words(SentenceText.unitWords(gap.unit()) + (side < 0 ? " below the " : " above the "));
  }

  /** {@code 75% ambition for 2024/25}, {@code 2,700 target for 2023/24}. */
  private void targetName(Target target) {
    out.asSet(Role.TARGET_LEVEL, target.level());
    out.words(" " + noun(target) + " for " + period(target.due()));
  }

  private String noun(Target target) {
    boolean ambition =
        NationalAmbitions.forMetric(latest.metric()).stream()
            .map(Ambition::target)
            .anyMatch(t -> t.equals(Optional.of(target)));
    return ambition ? "ambition" : "target";
  }

  private void trajectory(Quantity expected) {
    Quantity value = latest.value().quantity();
    gap(Role.TRAJECTORY_GAP, value.compareTo(expected), value.minus(expected));
    out.value(Role.EXPECTED, expected);
    out.words(" expected on the trajectory");
  }

  private void direction(DirectionOfTravel direction) {
    out.words(
        switch (direction.judgement()) {
          case IMPROVING -> "improving";
          case WORSENING -> "worsening";
          case NO_CHANGE -> "no change";
          case NOT_JUDGED ->
              (direction.movement() == Direction.UP ? "rising" : "falling")
                  + ", not judged: "
                  + AssessmentReason.NO_JUDGEMENT_POLARITY.sentence();
        });
  }

  private void rating(Rating rating) {
    out.words(rating.status() + " (");
    Threshold crossed = rating.crossed();
    boolean projected = rating.basis() == RatingBasis.PROJECTED;
    String side =
        switch (crossed.side()) {
          case ABOVE -> "above ";
          case ON -> "at ";
          case BELOW -> "below ";
        };
    switch (crossed.scale()) {
      case LEVEL -> {
        out.words((projected ? "projected value " : "value ") + side);
        out.asSet(Role.THRESHOLD, Quantity.of(crossed.boundary(), latest.value().unit()));
      }
      case RELATIVE_IMPROVEMENT -> {
        out.words(improvement(projected, crossed));
        out.asSet(Role.THRESHOLD, Quantity.of(crossed.boundary().multiply(HUNDRED), Unit.PERCENT));
      }
      case POINTS_IMPROVEMENT -> {
        out.words(improvement(projected, crossed));
        out.asSet(Role.THRESHOLD, Quantity.of(crossed.boundary(), Unit.POINTS));
        out.words(SentenceText.unitWords(Unit.POINTS));
      }
    }
    out.words(")");
  }

  /**
   * {@code improvement of at least }, {@code improvement below }; {@code projected} first when the
   * rating judged the projected change and the sentence does not print it.
   */
  private String improvement(boolean projected, Threshold crossed) {
    boolean printed = parts.contains(SentencePart.PROJECTION) && assessment.projectedChange().isComputed();
    return (projected && !printed ? "projected improvement " : "improvement ")
        + (crossed.side() == Threshold.Side.BELOW ? "below " : "of at least ");
  }

  private void significance(ChangeSignificance significance) {
    out.words(
        switch (significance.direction()) {
          case UP -> "a significant rise";
          case DOWN -> "a significant fall";
          case NO_CHANGE -> "not a significant change";
        });
  }

  private void benchmark(AgainstBenchmark against) {
    BenchmarkComparison comparison = against.comparison();
    out.words(
        switch (comparison.comparison()) {
          case HIGHER -> "higher than ";
          case SIMILAR -> "similar to ";
          case LOWER -> "lower than ";
        });
    Optional<String> name = writer.benchmarkName();
    out.words(name.isPresent() ? name.get() + "'s " : "the benchmark of ");
    out.value(Role.BENCHMARK, against.benchmark().quantity());
    out.words(judged(comparison.judgement(), " (better)", " (worse)"));
  }

  private void trend(Trend trend) {
    out.words(
        switch (trend.direction()) {
          case UP -> "rising recent trend";
          case DOWN -> "falling recent trend";
          case NO_CHANGE -> "no significant recent trend";
        });
    out.words(judged(trend.judgement(latest), " (improving)", " (worsening)"));
  }

  private void variation(XmrChart chart) {
    XmrPoint point = chart.latest();
    out.words(
        switch (point.variation()) {
          case COMMON_CAUSE -> "common-cause variation";
          case SPECIAL_CAUSE_IMPROVING -> "special-cause improvement";
          case SPECIAL_CAUSE_CONCERNING -> "special-cause concern";
          case SPECIAL_CAUSE_NEUTRAL_HIGH -> "special-cause variation, high";
          case SPECIAL_CAUSE_NEUTRAL_LOW -> "special-cause variation, low";
        });
    out.words(" on its XmR chart");
    String cause = point.specialCause().map(Object::toString).orElse("");
    String trial = chart.hasShortGroup() ? "trial limits" : "";
    String notes = cause.isEmpty() || trial.isEmpty() ? cause + trial : cause + "; " + trial;
    if (!notes.isEmpty()) {
      out.words(" (" + notes + ")");
    }
  }

  private void assurance(Assurance assurance) {
    String noun = assessment.target().value().map(this::noun).orElse("target");
    out.words(
        switch (assurance) {
          case CONSISTENTLY_PASSES -> "consistently passing the " + noun;
          case CONSISTENTLY_FAILS -> "consistently failing the " + noun;
          case HIT_AND_MISS -> "hit and miss against the " + noun;
        });
  }

  private static String judged(Judgement judgement, String better, String worse) {
    return switch (judgement) {
      case IMPROVING -> better;
      case WORSENING -> worse;
      case NO_CHANGE, NOT_JUDGED -> "";
    };
  }

  private static Quantity percent(RelativeChange relative) {
    return Quantity.of(relative.ratio().multiply(HUNDRED), Unit.PERCENT);
  }

  /** A period as people write it, {@code 2023/24 Q1}; {@code the year ending ...} for a label in words. */
  private static String period(ReportingPeriod period) {
    String label = period.label();
    return Character.isLowerCase(label.charAt(0)) ? "the " + label : label;
  }
}
