package org.combatingdrugs.outcomes.rag;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.RelativeChange;
import org.combatingdrugs.outcomes.judgement.Polarised;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.rag.Threshold.Scale;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.result.Result;

/**
 * Rates a change from a baseline by bands of improvement. Improvement is the change oriented by
 * polarity: a 5% rise is +5% improvement when higher is better and −5% when lower is better.
 *
 * <p>The bands are validated once: listed in increasing order of improvement, contiguous (each
 * band starts where the one before it ends, leaving no gap and no overlap), covering every
 * improvement (the first band open below, the last open above, no other band open), and a band's
 * status is never better than that of the band above it.
 *
 * @param measure whether bands are in relative change or percentage points
 * @param bands the bands, lowest improvement first
 */
public record ChangeBandsScheme(ChangeMeasure measure, ImmutableList<ChangeBand> bands)
    implements RagScheme {

  /** Validates the bands. */
  public ChangeBandsScheme {
    checkNotNull(measure, "measure");
    bands = ImmutableList.copyOf(bands);
    checkArgument(!bands.isEmpty(), "bands must not be empty");
    for (int i = 1; i < bands.size(); i++) {
      checkOrder(i, bands.get(i - 1), bands.get(i));
    }
    checkArgument(
        bands.get(0).from().isEmpty(),
        "band 1 %s must be open below (cover every improvement down to minus infinity)",
        bands.get(0));
    checkArgument(
        bands.get(bands.size() - 1).to().isEmpty(),
        "band %s %s must be open above (cover every improvement up to plus infinity)",
        bands.size(),
        bands.get(bands.size() - 1));
    for (int i = 1; i < bands.size(); i++) {
      checkNext(i, bands.get(i - 1), bands.get(i));
    }
  }

  /**
   * A scheme.
   *
   * @param measure whether bands are in relative change or percentage points
   * @param bands the bands, lowest improvement first
   * @return the scheme
   * @throws IllegalArgumentException naming the band and value when the bands are out of order,
   *     leave a gap, overlap, leave an end uncovered or get better as improvement falls
   */
  public static ChangeBandsScheme of(ChangeMeasure measure, List<ChangeBand> bands) {
    return new ChangeBandsScheme(measure, ImmutableList.copyOf(bands));
  }

  /**
   * Rates a change.
   *
   * @param change the change from a base to a current value
   * @param judgedBy which direction is better: a {@link Polarity}, or the metric or measurement
   * @return the rating, or not rated for {@link Polarity#NO_JUDGEMENT} or ({@link
   *     ChangeMeasure#RELATIVE}) an undefined relative change
   * @throws IllegalArgumentException for {@link ChangeMeasure#POINTS} when the change is not
   *     between percentages
   */
  public Result<Rating, NotRatedReason> rate(Change change, Polarised judgedBy) {
    checkNotNull(change, "change");
    if (!judgedBy.polarity().judges()) {
      return Result.notComputed(NotRatedReason.NO_JUDGEMENT_POLARITY);
    }
    Optional<Exact> raw = measured(change);
    if (raw.isEmpty()) {
      return Result.notComputed(NotRatedReason.CHANGE_UNDEFINED);
    }
    Exact improvement = judgedBy.polarity().better() == Direction.UP ? raw.get() : raw.get().negate();
    Scale scale =
        measure == ChangeMeasure.RELATIVE ? Scale.RELATIVE_IMPROVEMENT : Scale.POINTS_IMPROVEMENT;
    for (ChangeBand band : bands) {
      if (band.contains(improvement)) {
        Exact boundary = band.from().or(band::to).orElse(Exact.ZERO);
        return Result.computed(
            new Rating(
                band.status(),
                Threshold.crossed(boundary, scale, improvement, band.status()),
                RatingBasis.ACTUAL));
      }
    }
    throw new IllegalStateException("bands cover every improvement but missed " + improvement);
  }

  /**
   * The bands in order: {@code bands of relative improvement: (-∞, -0.05) → RED, [-0.05, 0) →
   * AMBER, [0, +∞) → GREEN}, or {@code bands of improvement in points: …}; each band as {@link
   * ChangeBand#toString()} writes it.
   */
  @Override
  public String toString() {
    return (measure == ChangeMeasure.RELATIVE
            ? "bands of relative improvement: "
            : "bands of improvement in points: ")
        + bands.stream().map(ChangeBand::toString).collect(Collectors.joining(", "));
  }

  private Optional<Exact> measured(Change change) {
    if (measure == ChangeMeasure.RELATIVE) {
      return change.relative().value().map(RelativeChange::ratio);
    }
    Optional<Quantity> points = change.percentagePoints();
    checkArgument(
        points.isPresent(),
        "change must be between percentages to be rated in points but its unit was %s",
        change.absolute().unit());
    return Optional.of(points.get().amount());
  }

  private static void checkOrder(int index, ChangeBand previous, ChangeBand band) {
    int number = index + 1;
    boolean increasing =
        band.from().isPresent()
            && previous.from().map(f -> band.from().get().compareTo(f) > 0).orElse(true);
    checkArgument(
        increasing,
        "bands must be in increasing order of improvement but band %s %s does not start above"
            + " band %s %s",
        number,
        band,
        index,
        previous);
  }

  private static void checkNext(int index, ChangeBand previous, ChangeBand band) {
    int number = index + 1;
    checkArgument(
        previous.to().isPresent(),
        "band %s %s must have an upper end: only the last band may be open above",
        index,
        previous);
    Exact from = band.from().get();
    Exact previousTo = previous.to().get();
    checkArgument(
        from.compareTo(previousTo) <= 0,
        "bands must leave no gap but band %s starts at %s while band %s ends at %s",
        number,
        from.toExactString(),
        index,
        previousTo.toExactString());
    checkArgument(
        from.compareTo(previousTo) >= 0,
        "bands must not overlap but band %s starts at %s while band %s ends at %s",
        number,
        from.toExactString(),
        index,
        previousTo.toExactString());
    checkArgument(
        !previous.status().isBetterThan(band.status()),
        "status must never get better as improvement falls but band %s is %s below band %s"
            + " which is %s",
        index,
        previous.status(),
        number,
        band.status());
  }
}
