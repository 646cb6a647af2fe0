package org.combatingdrugs.outcomes.rag;

import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.calc.RelativeChange;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Unit;

/**
 * The boundary that decided a rating, as data: where it lies, on what scale, on which side of it the
 * rated value fell and the status that side leads to. Against a target, a green or amber rating
 * names the target level and a red one the far edge of the amber band (a 58% target with a 5-point
 * tolerance: 55% is {@code BELOW 58 → AMBER}, 52% is {@code BELOW 53 → RED}).
 *
 * @param boundary the boundary's value on {@code scale}
 * @param scale what the boundary measures
 * @param side where the rated value lies relative to the boundary
 * @param status the status the value received by falling on that side
 */
public record Threshold(Exact boundary, Scale scale, Side side, RagStatus status) {

  /** What a boundary measures. */
  public enum Scale {
    /** A level in the metric's own units (percent for a percentage). */
    LEVEL,
    /** Relative improvement as a fraction: {@code -1/20} is 5% worse, whatever the polarity. */
    RELATIVE_IMPROVEMENT,
    /** Improvement in percentage points, oriented by polarity. */
    POINTS_IMPROVEMENT
  }

  /** Where a value lies relative to a boundary, on the boundary's own scale. */
  public enum Side {
    /** Greater than the boundary. */
    ABOVE,
    /** Equal to the boundary. */
    ON,
    /** Less than the boundary. */
    BELOW;

    /**
     * The side of {@code boundary} on which {@code value} lies.
     *
     * @param value the rated value
     * @param boundary the boundary
     * @return the side
     */
    public static Side of(Exact value, Exact boundary) {
      int c = value.compareTo(boundary);
      return c > 0 ? ABOVE : c < 0 ? BELOW : ON;
    }
  }

  /** Checks that all parts are present. */
  public Threshold {
    checkNotNull(boundary, "boundary");
    checkNotNull(scale, "scale");
    checkNotNull(side, "side");
    checkNotNull(status, "status");
  }

  /**
   * The threshold a value crossed.
   *
   * @param boundary the boundary
   * @param scale what it measures
   * @param value the rated value on the same scale
   * @param status the status the value received
   * @return the threshold, with the side worked out from the value
   */
  public static Threshold crossed(
      Exact boundary, Scale scale, Exact value, RagStatus status) {
    return new Threshold(boundary, scale, Side.of(value, boundary), status);
  }

  /**
   * The threshold as a reader says it: {@code value below 58 → AMBER}, {@code value at 57 → GREEN},
   * {@code improvement below -5.0% → RED}, {@code improvement above +2.0 pp → GREEN}. A level is
   * written as {@link Exact#toString()} writes it (exact, with an approximation for a fraction
   * that does not terminate); a relative improvement as a signed percentage and points as signed
   * percentage points, both to one decimal place rounded half-up. The exact boundary is {@link
   * #boundary()}.
   */
  @Override
  public String toString() {
    return where() + " → " + status;
  }

  /** Where the rated value fell, without the status: {@code value below 58}. */
  String where() {
    String position =
        switch (side) {
          case ABOVE -> "above";
          case ON -> "at";
          case BELOW -> "below";
        };
    return switch (scale) {
      case LEVEL -> "value " + position + " " + boundary;
      case RELATIVE_IMPROVEMENT -> "improvement " + position + " " + RelativeChange.of(boundary);
      case POINTS_IMPROVEMENT ->
          "improvement " + position + " " + Quantity.of(boundary, Unit.PERCENT).toDifferenceString();
    };
  }
}
