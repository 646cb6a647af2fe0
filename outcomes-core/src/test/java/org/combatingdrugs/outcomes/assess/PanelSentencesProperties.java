package org.combatingdrugs.outcomes.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.Areas;
import org.combatingdrugs.outcomes.assess.SentenceFigure.Role;
import org.combatingdrugs.outcomes.audit.ChangeCheck;
import org.combatingdrugs.outcomes.audit.Finding;
import org.combatingdrugs.outcomes.audit.PrintedChange;
import org.combatingdrugs.outcomes.audit.PrintedChangeCount;
import org.combatingdrugs.outcomes.audit.PrintedGap;
import org.combatingdrugs.outcomes.audit.PrintedPointsChange;
import org.combatingdrugs.outcomes.audit.PrintedProjection;
import org.combatingdrugs.outcomes.audit.PrintedReport;
import org.combatingdrugs.outcomes.audit.ReportAudit;
import org.combatingdrugs.outcomes.audit.ReportItem;
import org.combatingdrugs.outcomes.audit.Verdict;
import org.combatingdrugs.outcomes.audit.FigureCheck;
import org.combatingdrugs.outcomes.audit.PrintedFigureCheck;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.RunRateProjection;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.combatingdrugs.outcomes.period.FinancialQuarter;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.rag.ChangeBand;
import org.combatingdrugs.outcomes.rag.ChangeBandsScheme;
import org.combatingdrugs.outcomes.rag.ChangeMeasure;
import org.combatingdrugs.outcomes.rag.ProjectedAttainmentScheme;
import org.combatingdrugs.outcomes.rag.RagScheme;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.rag.TargetToleranceScheme;
import org.combatingdrugs.outcomes.rag.Threshold;
import org.combatingdrugs.outcomes.rag.Tolerance;
import org.combatingdrugs.outcomes.rag.TrajectoryScheme;
import org.combatingdrugs.outcomes.target.Attainment;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Target;

/**
 * Every figure of every sentence the library writes shows the exact value of the assessment it
 * describes, at the report's rounding. The figures are read back from the sentence's text, not
 * taken from the writer: every number in the text (period labels aside) must be a figure the
 * sentence declares, and each is checked by the audit against the assessment's own value.
 */
class PanelSentencesProperties {

  private static final Area AREA = Areas.DORSET;
  private static final FinancialQuarter FIRST_QUARTER = FinancialQuarter.of(2019, 1);

  /** A number as a report prints it: grouped or not, a decimal part, a percent or a rate per a multiplier. */
  private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)";

  private static final Pattern FIGURE =
      Pattern.compile("[+-]?£?" + NUMBER + "(?:\\.\\d+)?(?:%| per " + NUMBER + ")?");

  private static final ChangeBandsScheme POINT_BANDS =
      ChangeBandsScheme.of(
          ChangeMeasure.POINTS,
          List.of(
              ChangeBand.below(Exact.of(-5, 2), RagStatus.RED),
              ChangeBand.between(Exact.of(-5, 2), Exact.ZERO, RagStatus.AMBER),
              ChangeBand.atLeast(Exact.ZERO, RagStatus.GREEN)));

  /** The kind of value a series holds. */
  enum Kind { COUNT, MONEY, PROPORTION, RATE }

  /** The periods of a series. */
  enum Frequency { QUARTERLY, FINANCIAL_YEARS, CALENDAR_YEARS }

  /** The values of a series: one per period, each kind reading the longs its own way. */
  record Series(Kind kind, Frequency frequency, List<Long> values, long denominator, boolean lastYearTotal) {

    Unit unit() {
      return switch (kind) {
        case COUNT -> Unit.COUNT;
        case MONEY -> Unit.POUNDS;
        case PROPORTION -> Unit.PERCENT;
        case RATE -> Unit.ratePer(denominator % 2 == 0 ? 1000 : 100_000);
      };
    }

    Value value(long raw) {
      return switch (kind) {
        case COUNT -> Count.of(raw);
        case MONEY -> Money.of(BigDecimal.valueOf(raw, 2));
        case PROPORTION -> Proportion.of(Math.min(raw, denominator), denominator);
        case RATE -> Rate.of(raw, denominator * 100, unit().multiplier());
      };
    }

    ReportingPeriod period(int i) {
      return switch (frequency) {
        case QUARTERLY -> FIRST_QUARTER.plusQuarters(i);
        case FINANCIAL_YEARS -> FinancialYear.of(2015 + i);
        case CALENDAR_YEARS -> CalendarYear.of(2015 + i);
      };
    }

    ReportingPeriod latest() {
      return period(values.size() - 1);
    }
  }

  /**
   * A target's shape by {@code kind}: 0 none, 1 a level, 2 a level with the first value as the
   * dataset's baseline, 3 a relative change from the first value.
   */
  record Aim(int kind, long level, int relativeTwentieths, boolean nextYear) {}

  /** A whole case: the series, the target, the scheme, a benchmark, the latest's status and the presentation. */
  record Case(
      Series series,
      Polarity polarity,
      Aim aim,
      int scheme,
      Optional<Long> benchmark,
      DataStatus status,
      Presentation presentation) {

    Metric metric() {
      return Metric.local("metric", "Metric", series.unit(), polarity);
    }

    Quantity level() {
      Unit unit = series.unit();
      return switch (series.kind()) {
        case COUNT -> Quantity.count(aim.level());
        case MONEY -> Quantity.of(BigDecimal.valueOf(aim.level(), 1), unit);
        case PROPORTION -> Quantity.of(Exact.of(aim.level() % 801, 8), unit);
        case RATE -> Quantity.of(Exact.of(aim.level(), 7), unit);
      };
    }

    ReportingPeriod due() {
      ReportingPeriod latest = series.latest();
      ReportingPeriod year =
          switch (series.frequency()) {
            case QUARTERLY, FINANCIAL_YEARS -> FinancialYear.containing(latest.start());
            case CALENDAR_YEARS -> latest;
          };
      return aim.nextYear() ? year.next() : year;
    }

    Optional<RagScheme> ragScheme() {
      return switch (scheme) {
        case 0 -> Optional.of(DorsetJuly2023.BANDS);
        case 1 -> Optional.of(series.kind() == Kind.PROPORTION ? POINT_BANDS : DorsetJuly2023.BANDS);
        case 2 -> Optional.of(TargetToleranceScheme.of(Tolerance.relative(Exact.of(1, 10))));
        case 3 -> Optional.of(TrajectoryScheme.of(Tolerance.relative(Exact.of(1, 20))));
        case 4 -> Optional.of(ProjectedAttainmentScheme.of(Tolerance.relative(Exact.of(1, 10))));
        default -> Optional.empty();
      };
    }

    Dataset dataset() {
      Metric metric = metric();
      Dataset.Builder data = Dataset.builder("random", Areas.hierarchy()).metric(metric);
      ragScheme().ifPresent(data::defaultScheme);
      List<Long> values = series.values();
      for (int i = 0; i < values.size(); i++) {
        DataStatus given = i == values.size() - 1 ? status : DataStatus.FINAL;
        data.measurement(new Measurement(metric, AREA, series.period(i), series.value(values.get(i)), given));
      }
      boolean additive = series.kind() == Kind.COUNT || series.kind() == Kind.MONEY;
      if (series.frequency() == Frequency.QUARTERLY && series.lastYearTotal() && additive) {
        FinancialYear lastYear = FinancialYear.containing(series.latest().start()).previous();
        // At least the sum of last year's quarters held: Assessor throws for a total below a part.
        long total = values.get(0) + 7;
        for (int i = 0; i < values.size(); i++) {
          total += lastYear.contains(series.period(i).start()) ? values.get(i) : 0;
        }
        data.measurement(Measurement.of(metric, AREA, lastYear, series.value(total)));
      }
      Baseline baseline = Baseline.of(series.period(0), series.value(values.get(0)).quantity());
      // A trajectory needs a baseline that ends before the target is due: Assessor throws for a
      // baseline of the due period itself (Trajectory.linear refuses it), so none is generated.
      boolean fromBaseline = due().end().isAfter(baseline.period().end());
      if (aim.kind() == 1 || (aim.kind() > 1 && !fromBaseline)) {
        data.target(metric, AREA, Target.reach(level(), due()));
      } else if (aim.kind() == 2) {
        data.baseline(metric, AREA, baseline).target(metric, AREA, Target.reach(level(), due()));
      } else if (aim.kind() == 3) {
        data.target(metric, AREA, Target.changeBy(baseline, Exact.of(aim.relativeTwentieths(), 20), due()));
      }
      benchmark.ifPresent(b -> data.benchmark(metric, series.latest(), series.value(b)));
      return data.build();
    }

    Assessment assess() {
      return Assessor.assess(dataset(), metric(), AREA, series.latest()).orElseThrow();
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Series> series =
        Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.of(Frequency.class),
                Arbitraries.oneOf(Arbitraries.longs().between(0, 60), Arbitraries.longs().between(0, 2_000_000))
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(9),
                Arbitraries.longs().between(1, 3000),
                Arbitraries.of(true, false))
            .as(Series::new);
    Arbitrary<Aim> aims =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.longs().between(0, 100_000),
                Arbitraries.integers().between(-19, 40),
                Arbitraries.of(true, false))
            .as(Aim::new);
    Arbitrary<Presentation> presentations =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN))
            .as(Presentation::new);
    return Combinators.combine(
            series,
            Arbitraries.of(Polarity.class),
            aims,
            Arbitraries.integers().between(0, 5),
            Arbitraries.longs().between(0, 2_000_000).optional(),
            Arbitraries.of(DataStatus.FINAL, DataStatus.PROVISIONAL),
            presentations)
        .as(Case::new);
  }

  @Property(tries = 300)
  @StatisticsReport(onFailureOnly = true)
  void everyFigureOfEverySentence_showsTheAssessmentsExactValue(@ForAll("cases") Case c) {
    Assessment assessment = c.assess();
    PanelSentences writer = PanelSentences.of(c.presentation());
    List<Sentence> sentences = new ArrayList<>(writer.sentences(assessment));
    sentences.add(writer.sentence(assessment, EnumSet.allOf(SentencePart.class)));
    for (Sentence sentence : sentences) {
      assertThat(sentence.text()).doesNotContain("NaN", "Infinity", "null", "undefined");
      List<String> read = readFigures(sentence.text(), labels(assessment));
      List<String> declared =
          sentence.figures().stream().map(f -> f.start() + ":" + f.printed().text()).toList();
      assertThat(declared).as("figures of '%s'", sentence.text()).isEqualTo(read);
      for (SentenceFigure figure : sentence.figures()) {
        check(assessment, c.presentation().mode(), sentence.text(), figure);
        Statistics.label("role").collect(figure.role());
      }
    }
    Statistics.label("kind").collect(c.series().kind(), c.series().frequency());
  }

  @Property(tries = 300)
  @StatisticsReport(onFailureOnly = true)
  void theAuditOfEverySentence_findsNoSlip(@ForAll("cases") Case c) {
    Assessment assessment = c.assess();
    PanelSentences writer = PanelSentences.of(c.presentation());
    Sentence sentence = writer.sentence(assessment, EnumSet.allOf(SentencePart.class));
    List<ReportItem> items = printedItems(assessment, sentence);
    ReportAudit audit =
        ReportAudit.of(PrintedReport.of("Sentences", items).roundedBy(c.presentation().mode()));
    for (Finding finding : audit.findings()) {
      assertThat(finding.verdict())
          .as("%s in '%s'", finding, sentence.text())
          .isIn(Verdict.CONSISTENT, Verdict.NOT_CHECKABLE);
      Statistics.label("audited").collect(finding.item().getClass().getSimpleName(), finding.verdict());
    }
  }

  /**
   * The derived figures of a sentence as a printed report would hold them, each with the inputs the
   * sentence printed beside it: a change with its comparison and value, a change and its amount as
   * a pair, a projection with the value it runs on, a gap with its value and the target's level or
   * the expected value, on the side the words say.
   */
  private static List<ReportItem> printedItems(Assessment a, Sentence sentence) {
    Map<Role, PrintedFigure> byRole = new EnumMap<>(Role.class);
    Map<Role, Quantity> exact = new EnumMap<>(Role.class);
    for (SentenceFigure figure : sentence.figures()) {
      byRole.put(figure.role(), figure.printed());
      exact.put(figure.role(), figure.exact());
    }
    PrintedFigure value = sentence.figures().get(0).printed();
    assertThat(sentence.figures().get(0).role()).isEqualTo(Role.VALUE);
    Optional<PrintedFigure> comparison = Optional.ofNullable(byRole.get(Role.COMPARISON_VALUE));
    Optional<PrintedFigure> percent = Optional.ofNullable(byRole.get(Role.CHANGE_PERCENT));
    Optional<PrintedFigure> amount = Optional.ofNullable(byRole.get(Role.CHANGE_AMOUNT));
    List<ReportItem> items = new ArrayList<>();
    if (comparison.isPresent()) {
      PrintedFigure base = comparison.get();
      percent.ifPresent(p -> items.add(new PrintedChange("change", p, Optional.of(base), Optional.of(value))));
      if (percent.isPresent()
          && amount.isPresent()
          && isWhole(amount.get(), exact.get(Role.CHANGE_AMOUNT))
          && isWhole(base, exact.get(Role.COMPARISON_VALUE))) {
        items.add(new PrintedChangeCount("change and amount", percent.get(), amount.get(), Optional.of(base)));
      }
      if (amount.isPresent() && value.unit().isPercent()) {
        items.add(new PrintedPointsChange("points", amount.get(), base, value));
      } else if (amount.isPresent()) {
        items.add(new PrintedGap("amount", amount.get(), base, value, PrintedGap.Side.BELOW));
      }
    }
    Optional<PrintedFigure> projected = Optional.ofNullable(byRole.get(Role.PROJECTION));
    if (projected.isPresent()
        && a.projection().orElseThrow() instanceof RunRateProjection run
        && run.observedValue().equals(a.latest().value().quantity())) {
      items.add(new PrintedProjection("projection", projected.get(), value, run.observed(), run.period(), run.basis()));
    }
    Optional<PrintedFigure> projectedPercent = Optional.ofNullable(byRole.get(Role.PROJECTED_CHANGE_PERCENT));
    Optional<PrintedFigure> projectedAmount = Optional.ofNullable(byRole.get(Role.PROJECTED_CHANGE_AMOUNT));
    if (projectedPercent.isPresent()
        && projectedAmount.isPresent()
        && isWhole(projectedAmount.get(), exact.get(Role.PROJECTED_CHANGE_AMOUNT))
        && a.projectedChange().orElseThrow().lastYearTotal().amount().isInteger()) {
      items.add(
          new PrintedChangeCount("projected change", projectedPercent.get(), projectedAmount.get(), Optional.empty()));
    }
    gap(sentence, value, byRole, Role.TARGET_GAP, Role.TARGET_LEVEL).ifPresent(items::add);
    gap(sentence, value, byRole, Role.TRAJECTORY_GAP, Role.EXPECTED).ifPresent(items::add);
    return items;
  }

  /**
   * A whole difference of counts or pounds, printed in full: what a "change (count)" pair holds. A
   * projection's change need not be whole (a prior-year profile divides), and is then a rounded
   * figure the pair cannot hold.
   */
  private static boolean isWhole(PrintedFigure figure, @Nullable Quantity exact) {
    return figure.unit().isAdditive()
        && figure.step().compareTo(BigDecimal.ONE) == 0
        && exact != null
        && exact.amount().isInteger();
  }

  private static Optional<ReportItem> gap(
      Sentence sentence, PrintedFigure value, Map<Role, PrintedFigure> byRole, Role gapRole, Role levelRole) {
    Optional<SentenceFigure> gap = sentence.figures().stream().filter(f -> f.role() == gapRole).findFirst();
    Optional<PrintedFigure> level = Optional.ofNullable(byRole.get(levelRole));
    if (gap.isEmpty() || level.isEmpty()) {
      return Optional.empty();
    }
    String after = sentence.text().substring(gap.get().end()).replaceFirst("^ percentage points", "");
    PrintedGap.Side side = after.startsWith(" above") ? PrintedGap.Side.ABOVE : PrintedGap.Side.BELOW;
    return Optional.of(new PrintedGap(gapRole.name(), gap.get().printed(), value, level.get(), side));
  }

  /** The figure, read back from the text, against the value the assessment holds for its role. */
  private static void check(Assessment a, RoundingMode mode, String text, SentenceFigure figure) {
    PrintedFigure printed = PrintedFigure.parse(text.substring(figure.start(), figure.end()));
    Quantity exact = exact(a, figure.role());
    assertThat(figure.exact()).as("exact value of %s", figure).isEqualTo(exact);
    String where = figure + " in '" + text + "'";
    Optional<Change> change =
        switch (figure.role()) {
          case CHANGE_PERCENT -> Optional.of(a.comparison().orElseThrow().change());
          case PROJECTED_CHANGE_PERCENT -> Optional.of(a.projectedChange().orElseThrow().change());
          default -> Optional.empty();
        };
    if (change.isPresent()) {
      assertThat(ChangeCheck.of(printed, change.get(), mode).isConsistent()).as(where).isTrue();
    }
    assertThat(FigureCheck.of(printed, exact.amount(), mode).isConsistent()).as(where).isTrue();
    if (mode == RoundingMode.HALF_UP) {
      assertThat(PrintedFigureCheck.of(printed, exact.amount()).isConsistent()).as(where).isTrue();
    }
    if (figure.role() == Role.TARGET_GAP || figure.role() == Role.TRAJECTORY_GAP) {
      String after = text.substring(figure.end()).replaceFirst("^ percentage points", "");
      assertThat(after).as(where).startsWith(gapSide(a, figure.role()) < 0 ? " below the " : " above the ");
    }
  }

  /** The exact value the assessment holds for a role, as a reader would look it up. */
  private static Quantity exact(Assessment a, Role role) {
    Quantity value = a.latest().value().quantity();
    Exact hundred = Exact.of(100);
    return switch (role) {
      case VALUE -> value;
      case COMPARISON_VALUE -> a.comparison().orElseThrow().value();
      case CHANGE_PERCENT ->
          Quantity.of(a.comparison().orElseThrow().change().relative().orElseThrow().ratio().multiply(hundred), Unit.PERCENT);
      case CHANGE_AMOUNT -> a.comparison().orElseThrow().change().absolute();
      case PROJECTION -> a.projection().orElseThrow().value();
      case PROJECTED_CHANGE_PERCENT ->
          Quantity.of(
              a.projectedChange().orElseThrow().change().relative().orElseThrow().ratio().multiply(hundred), Unit.PERCENT);
      case PROJECTED_CHANGE_AMOUNT -> a.projectedChange().orElseThrow().change().absolute();
      case TARGET_LEVEL -> a.target().orElseThrow().level();
      case TARGET_GAP -> abs(a.attainment().orElseThrow().gap());
      case EXPECTED -> a.expected().orElseThrow();
      case TRAJECTORY_GAP -> abs(value.minus(a.expected().orElseThrow()));
      case CONFIDENCE_LEVEL -> Quantity.of(95, Unit.PERCENT);
      case INTERVAL_LOWER -> limit(a.interval().orElseThrow().lower(), value.unit());
      case INTERVAL_UPPER -> limit(a.interval().orElseThrow().upper(), value.unit());
      case THRESHOLD -> threshold(a.rating().orElseThrow().crossed(), value.unit());
      case BENCHMARK -> a.benchmark().orElseThrow().benchmark().quantity();
    };
  }

  private static int gapSide(Assessment a, Role role) {
    if (role == Role.TARGET_GAP) {
      Attainment attainment = a.attainment().orElseThrow();
      return attainment.actual().compareTo(attainment.level());
    }
    return a.latest().value().quantity().compareTo(a.expected().orElseThrow());
  }

  private static Quantity threshold(Threshold crossed, Unit unit) {
    return switch (crossed.scale()) {
      case LEVEL -> Quantity.of(crossed.boundary(), unit);
      case RELATIVE_IMPROVEMENT -> Quantity.of(crossed.boundary().multiply(100), Unit.PERCENT);
      case POINTS_IMPROVEMENT -> Quantity.of(crossed.boundary(), Unit.POINTS);
    };
  }

  private static Quantity limit(double limit, Unit unit) {
    return Quantity.of(new BigDecimal(limit), unit);
  }

  private static Quantity abs(Quantity q) {
    return q.signum() < 0 ? q.negate() : q;
  }

  /** Every period label the sentences may print: words with digits in them, not figures. */
  private static List<String> labels(Assessment a) {
    List<ReportingPeriod> periods = new ArrayList<>();
    periods.add(a.latest().period());
    a.comparison().value().ifPresent(c -> periods.add(c.period()));
    a.projection().value().ifPresent(p -> periods.add(p.period()));
    a.projectedChange().value().ifPresent(p -> periods.add(p.lastYear()));
    a.target().value().ifPresent(t -> periods.add(t.due()));
    return periods.stream()
        .map(ReportingPeriod::label)
        .distinct()
        .sorted(Comparator.comparing(String::length).reversed())
        .toList();
  }

  /**
   * The figures in a text, as {@code start:text}, once every period label and every reason's
   * sentence (fixed words such as "a proportion of 0% or 100%", not figures of the assessment) is
   * blanked out.
   */
  private static List<String> readFigures(String text, List<String> labels) {
    String blanked = text;
    for (AssessmentReason reason : AssessmentReason.values()) {
      blanked = blanked.replace(reason.sentence(), " ".repeat(reason.sentence().length()));
    }
    for (String label : labels) {
      Matcher m = Pattern.compile("(?<!\\d|\\d[.,])" + Pattern.quote(label) + "(?![\\d%]|[.,]\\d)").matcher(blanked);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, " ".repeat(label.length()));
      }
      m.appendTail(out);
      blanked = out.toString();
    }
    List<String> figures = new ArrayList<>();
    Matcher m = FIGURE.matcher(blanked);
    while (m.find()) {
      figures.add(m.start() + ":" + m.group());
    }
    return figures;
  }
}
