package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.combatingdrugs.outcomes.measure.PrintedFigure;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.calc.RunRateProjection;
import org.combatingdrugs.outcomes.measure.Unit;

/**
 * The check of a published run-rate projection against the value observed so far, with the slips
 * that would explain a mismatch.
 *
 * @param projection the projection the figure should show
 * @param figure the published projection checked against its exact value
 */
public record ProjectionCheck(RunRateProjection projection, FigureCheck figure) {

  /** Checks that the figure describes the projection's value. */
  public ProjectionCheck {
    checkNotNull(projection, "projection");
    checkNotNull(figure, "figure");
    checkArgument(
        figure.exact().equals(projection.value().amount()),
        "figure must check the projection %s but checked %s",
        projection.value(),
        figure.exact());
  }

  /**
   * Checks a published projection.
   *
   * @param published the projection as printed, in the projection's unit ({@code 94304} for
   *     £94,304)
   * @param projection the projection it should show
   * @param mode the rounding the report is expected to use
   * @return the check
   */
  public static ProjectionCheck of(
      BigDecimal published, RunRateProjection projection, RoundingMode mode) {
    checkNotNull(projection, "projection");
    return new ProjectionCheck(
        projection, FigureCheck.of(published, projection.value().amount(), mode));
  }

  /**
   * Checks a projection as printed, at its printed precision ({@code £94,304}, {@code £95k}).
   *
   * @param printed the printed projection, in the projection's unit
   * @param projection the projection it should show
   * @param mode the rounding convention expected of the report, never {@code UNNECESSARY}
   * @return the check
   * @throws IllegalArgumentException when the printed figure is in another unit
   */
  public static ProjectionCheck of(PrintedFigure printed, RunRateProjection projection, RoundingMode mode) {
    checkNotNull(printed, "printed");
    checkNotNull(projection, "projection");
    checkNotNull(mode, "mode");
    checkArgument(
        printed.unit().equals(projection.value().unit()),
        "printed must be in %s like the projection %s but was '%s'",
        projection.value().unit(),
        projection.value(),
        printed.text());
    return new ProjectionCheck(projection, FigureCheck.of(printed, projection.value().amount(), mode));
  }

  /** Whether the published projection is the exact one rounded as expected. */
  public boolean isConsistent() {
    return figure.isConsistent();
  }

  /**
   * The observed value the published projection implies: the published figure times the observed
   * share (£94,304 × 1/4 = £23,576).
   */
  public Exact impliedObservedValue() {
    return Exact.of(figure.published()).multiply(projection.share());
  }

  /** The slips that reproduce the published figure; empty when it is consistent or unexplained. */
  public ImmutableSet<ProjectionSlip> slips() {
    if (isConsistent()) {
      return ImmutableSet.of();
    }
    ImmutableSet.Builder<ProjectionSlip> slips = ImmutableSet.builder();
    if (figure.isTruncation()) {
      slips.add(ProjectionSlip.TRUNCATED);
    } else if (!figure.modesThatReproduce().isEmpty()) {
      slips.add(ProjectionSlip.OTHER_ROUNDING);
    }
    Exact observed = projection.observedValue().amount();
    Exact implied = impliedObservedValue();
    if (isWholeNonNegative(observed)
        && isWholeNonNegative(implied)
        && Transpositions.isAdjacentTransposition(observed.longValue(), implied.longValue())) {
      slips.add(ProjectionSlip.OBSERVED_VALUE_TRANSPOSED);
    }
    Exact exact = figure.exact();
    Exact published = Exact.of(figure.published());
    if (isWholeNonNegative(exact)
        && isWholeNonNegative(published)
        && Transpositions.isAdjacentTransposition(exact.longValue(), published.longValue())) {
      slips.add(ProjectionSlip.PROJECTION_TRANSPOSED);
    }
    return slips.build();
  }

  /**
   * The finding in a sentence, naming the slips by their {@linkplain ProjectionSlip#description()
   * descriptions}: {@code printed £94,304 for 2023/24 from £23,756 in 2023/24 Q1 × 4, which is
   * £95,024: projected from the value so far with two adjacent digits swapped}, {@code printed 152
   * for 2023/24 from 38 in 2023/24 Q1 × 4, which is 152: consistent}. The multiplier is the exact
   * reciprocal of the observed share ({@code × 366/91} by days); the projection it should be is
   * rounded with the check's mode to the published precision.
   */
  @Override
  public String toString() {
    Unit unit = projection.value().unit();
    return "printed "
        + unit.format(figure.published())
        + " for "
        + projection.period().label()
        + " from "
        + projection.observedValue()
        + " in "
        + projection.observed().label()
        + " × "
        + projection.share().reciprocal().toExactString()
        + ", which is "
        + unit.format(figure.expected())
        + ": "
        + Sentences.slips(
            slips().stream().map(ProjectionSlip::description).toList(), isConsistent());
  }

  private static boolean isWholeNonNegative(Exact value) {
    return value.isInteger()
        && value.signum() >= 0
        && value.compareTo(Exact.of(Long.MAX_VALUE)) <= 0;
  }
}
