package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.framework.Metric;

/**
 * Writes the sentences a panel paper prints about an assessment, from its numbers, so that the
 * words cannot disagree with them: {@code County lines arrests: 38 in 2023/24 Q1, projected 152 for
 * 2023/24, +90.0% (+72) on 2022/23; GREEN (improvement of at least 0%)}. Every figure printed is
 * kept with its exact value ({@link Sentence#figures()}).
 *
 * <p>A sentence names the metric (by its catalogue name, or a shorter label the caller sets: {@code
 * Continuity of care}), then the area unless it is one of the report's own areas ({@link
 * #withOwnArea}), then the value, its period ({@link
 * org.combatingdrugs.outcomes.period.ReportingPeriod#label()}) and, when the data are not final,
 * its status ({@code (provisional)}), then the parts asked for ({@link SentencePart}). A part whose
 * element is absent says why, in the words of its {@link AssessmentReason#sentence()}.
 *
 * <p>Figures follow the report's {@link Presentation}: whole counts and pounds whole, money with
 * pence to the penny ({@code £0.40}), a count that is not whole (a projection by last year's
 * profile, a target set as a relative change) to its places, at least one, so that no rounded
 * figure reads as a count printed in full; percentages, percentage points and rates to its places;
 * every figure rounded by its mode. A figure someone set (a target level, a RAG band's edge) prints
 * as set, {@code 75%}, rounded only when it has more places than that. A difference of percentages
 * is in {@code percentage points}, never a percent. A target that is a national ambition of the
 * drugs strategy ({@link org.combatingdrugs.outcomes.framework.NationalAmbitions}) is called an
 * ambition.
 *
 * <p>Immutable and thread-safe; each {@code with} method returns a copy.
 */
public final class PanelSentences {

  private final Presentation presentation;
  private final ImmutableMap<String, String> metricLabels;
  private final ImmutableMap<String, String> areaLabels;
  private final ImmutableSet<String> ownAreas;
  private final Optional<String> benchmarkName;

  private PanelSentences(
      Presentation presentation,
      ImmutableMap<String, String> metricLabels,
      ImmutableMap<String, String> areaLabels,
      ImmutableSet<String> ownAreas,
      Optional<String> benchmarkName) {
    this.presentation = presentation;
    this.metricLabels = metricLabels;
    this.areaLabels = areaLabels;
    this.ownAreas = ownAreas;
    this.benchmarkName = benchmarkName;
  }

  /**
   * A writer that prints figures as a report does.
   *
   * @param presentation the report's places and rounding, such as {@link Dataset#presentation()}
   * @return the writer: catalogue names, every area named, the benchmark unnamed
   */
  public static PanelSentences of(Presentation presentation) {
    checkNotNull(presentation, "presentation");
    return new PanelSentences(
        presentation, ImmutableMap.of(), ImmutableMap.of(), ImmutableSet.of(), Optional.empty());
  }

  /** The report's places and rounding. */
  public Presentation presentation() {
    return presentation;
  }

  /**
   * This writer with a shorter label for a metric, as a report names it.
   *
   * @param metric the metric, matched by its id
   * @param label the label, such as {@code Continuity of care}; not blank
   * @return the writer
   */
  public PanelSentences withMetricLabel(Metric metric, String label) {
    checkNotNull(metric, "metric");
    return new PanelSentences(
        presentation, put(metricLabels, metric.id(), label), areaLabels, ownAreas, benchmarkName);
  }

  /**
   * This writer with a shorter label for an area, as a report names it.
   *
   * @param area the area, matched by its code
   * @param label the label, such as {@code BCP}; not blank
   * @return the writer
   */
  public PanelSentences withAreaLabel(Area area, String label) {
    checkNotNull(area, "area");
    return new PanelSentences(
        presentation, metricLabels, put(areaLabels, area.code(), label), ownAreas, benchmarkName);
  }

  /**
   * This writer leaving an area unnamed: one of the report's own areas, which its readers take as
   * read. Every other area is named after the metric.
   *
   * @param area the area, matched by its code
   * @return the writer
   */
  public PanelSentences withOwnArea(Area area) {
    checkNotNull(area, "area");
    ImmutableSet<String> own =
        ImmutableSet.<String>builder().addAll(ownAreas).add(area.code()).build();
    return new PanelSentences(presentation, metricLabels, areaLabels, own, benchmarkName);
  }

  /**
   * This writer naming the benchmark: {@code similar to England's 41.1%} rather than {@code similar
   * to the benchmark of 41.1%}.
   *
   * @param name the benchmark's name, such as {@code England}; not blank
   * @return the writer
   */
  public PanelSentences withBenchmarkName(String name) {
    checkLabel(name);
    return new PanelSentences(presentation, metricLabels, areaLabels, ownAreas, Optional.of(name));
  }

  /**
   * The sentence of an assessment with the parts asked for, in {@link SentencePart}'s order.
   *
   * @param assessment the assessment
   * @param parts the parts to print after the value; none prints the value alone
   * @return the sentence
   * @throws IllegalArgumentException when a figure would need more digits than a printed figure
   *     holds ({@link org.combatingdrugs.outcomes.measure.PrintedFigure#MAX_DIGITS})
   */
  public Sentence sentence(Assessment assessment, SentencePart... parts) {
    checkNotNull(parts, "parts");
    EnumSet<SentencePart> asked = EnumSet.noneOf(SentencePart.class);
    for (SentencePart part : parts) {
      asked.add(checkNotNull(part, "part"));
    }
    return sentence(assessment, asked);
  }

  /**
   * The sentence of an assessment with the parts asked for, in {@link SentencePart}'s order.
   *
   * @param assessment the assessment
   * @param parts the parts to print after the value; empty prints the value alone
   * @return the sentence
   * @throws IllegalArgumentException when a figure would need more digits than a printed figure
   *     holds ({@link org.combatingdrugs.outcomes.measure.PrintedFigure#MAX_DIGITS})
   */
  public Sentence sentence(Assessment assessment, Set<SentencePart> parts) {
    checkNotNull(assessment, "assessment");
    checkNotNull(parts, "parts");
    Set<SentencePart> asked = Sets.immutableEnumSet(parts);
    return new PanelClauses(this, assessment, asked).write();
  }

  /**
   * One sentence for each part, in {@link SentencePart}'s order, each with the value and that part:
   * the whole assessment in words, every absent element with its reason.
   *
   * @param assessment the assessment
   * @return the sentences, one per part
   */
  public ImmutableList<Sentence> sentences(Assessment assessment) {
    checkNotNull(assessment, "assessment");
    ImmutableList.Builder<Sentence> all = ImmutableList.builder();
    for (SentencePart part : SentencePart.values()) {
      all.add(sentence(assessment, part));
    }
    return all.build();
  }

  /** The metric's label: the one set, or its catalogue name. */
  String label(Metric metric) {
    String label = metricLabels.get(metric.id());
    return label == null ? metric.name() : label;
  }

  /** The area's label when it is named: empty for one of the report's own areas. */
  Optional<String> label(Area area) {
    if (ownAreas.contains(area.code())) {
      return Optional.empty();
    }
    String label = areaLabels.get(area.code());
    return Optional.of(label == null ? area.name() : label);
  }

  /** The benchmark's name, when set. */
  Optional<String> benchmarkName() {
    return benchmarkName;
  }

  /**
   * The settings in words: {@code panel sentences: percentages to 1 place, rounded HALF_UP; labels
   * {continuity-of-care-prison=Continuity of care}; area labels {E06000058=BCP}; own areas
   * [E06000059]; benchmark England}.
   */
  @Override
  public String toString() {
    return "panel sentences: "
        + presentation
        + "; labels "
        + metricLabels
        + "; area labels "
        + areaLabels
        + "; own areas "
        + ownAreas
        + "; benchmark "
        + benchmarkName.orElse("unnamed");
  }

  private static ImmutableMap<String, String> put(
      ImmutableMap<String, String> labels, String key, String label) {
    checkLabel(label);
    Map<String, String> copy = new LinkedHashMap<>(labels);
    copy.put(key, label);
    return ImmutableMap.copyOf(copy);
  }

  private static void checkLabel(String label) {
    checkNotNull(label, "label");
    checkArgument(!label.isBlank(), "label must not be blank but was '%s'", label);
  }
}
