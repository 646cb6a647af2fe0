package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Optional;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.assess.StatusChange;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.judgement.Direction;
import org.combatingdrugs.outcomes.judgement.Judgement;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.rag.DirectionOfTravel;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.rag.Rating;
import org.combatingdrugs.outcomes.rag.RatingBasis;
import org.combatingdrugs.outcomes.rag.Threshold;
import org.combatingdrugs.outcomes.result.Result;
import org.combatingdrugs.outcomes.target.Attainment;
import org.combatingdrugs.outcomes.target.AttainmentReason;
import org.combatingdrugs.outcomes.target.Bound;

/**
 * Reads a rating with its reason as it is written, {@code {"status": "AMBER", "basis": "ACTUAL",
 * "crossed": {"boundary": 58, "scale": "LEVEL", "side": "BELOW", "status": "AMBER"}}}. Also reads a
 * threshold standing alone, a direction of travel ({@code movement}, {@code judgement}), the
 * attainment of a target ({@code level}, {@code actual} and {@code bound}, with {@code met}, {@code
 * gap}, {@code shortfall} and {@code attainedFraction}, which follow from them and must say what
 * they give) and a change of a metric's status between two scorecards ({@code metric}, {@code
 * before} and {@code after} when rated, {@code movement}, which must be the one they give).
 */
public final class RatingDeserializer extends StrictDeserializer<Rating> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final RatingDeserializer INSTANCE = new RatingDeserializer();

  /** Reads a threshold. */
  public static final StrictDeserializer<Threshold> THRESHOLD =
      ReaderDeserializer.of(Threshold.class, "a threshold", RatingDeserializer::threshold);

  /** Reads a direction of travel. */
  public static final StrictDeserializer<DirectionOfTravel> DIRECTION =
      ReaderDeserializer.of(DirectionOfTravel.class, "a direction of travel", RatingDeserializer::direction);

  /** Reads the attainment of a target. */
  public static final StrictDeserializer<Attainment> ATTAINMENT =
      ReaderDeserializer.of(Attainment.class, "the attainment of a target", RatingDeserializer::attainment);

  /** Reads a change of a metric's status. */
  public static final StrictDeserializer<StatusChange> STATUS_CHANGE =
      ReaderDeserializer.of(StatusChange.class, "a change of status", RatingDeserializer::statusChange);

  private RatingDeserializer() {
    super(Rating.class, "a rating");
  }

  @Override
  protected Rating read(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a rating", "status", "basis", "crossed");
    @Nullable RagStatus status = null;
    @Nullable RatingBasis basis = null;
    @Nullable Threshold crossed = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "status" -> status = Read.word(p, RagStatus.class);
        case "basis" -> basis = Read.word(p, RatingBasis.class);
        case "crossed" -> crossed = threshold(p);
        default -> throw fields.unknown();
      }
    }
    try {
      return new Rating(fields.required("status", status), fields.required("crossed", crossed), fields.required("basis", basis));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }

  /** Reads a threshold at the parser's current value. */
  static Threshold threshold(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a threshold", "boundary", "scale", "side", "status");
    @Nullable Exact boundary = null;
    @Nullable Threshold.Scale scale = null;
    @Nullable Threshold.Side side = null;
    @Nullable RagStatus status = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "boundary" -> boundary = ExactDeserializer.exact(p);
        case "scale" -> scale = Read.word(p, Threshold.Scale.class);
        case "side" -> side = Read.word(p, Threshold.Side.class);
        case "status" -> status = Read.word(p, RagStatus.class);
        default -> throw fields.unknown();
      }
    }
    try {
      return new Threshold(
          fields.required("boundary", boundary),
          fields.required("scale", scale),
          fields.required("side", side),
          fields.required("status", status));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }

  /** Reads a direction of travel at the parser's current value. */
  static DirectionOfTravel direction(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a direction of travel", "movement", "judgement");
    @Nullable Direction movement = null;
    @Nullable Judgement judgement = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "movement" -> movement = Read.word(p, Direction.class);
        case "judgement" -> judgement = Read.word(p, Judgement.class);
        default -> throw fields.unknown();
      }
    }
    try {
      return new DirectionOfTravel(fields.required("movement", movement), fields.required("judgement", judgement));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }

  /** Reads the attainment of a target at the parser's current value. */
  static Attainment attainment(JsonParser p) throws IOException {
    Fields fields =
        Fields.of(p, "the attainment of a target", "level", "actual", "bound", "met", "gap", "shortfall", "attainedFraction");
    @Nullable Quantity level = null;
    @Nullable Quantity actual = null;
    @Nullable Bound bound = null;
    @Nullable Boolean met = null;
    @Nullable Quantity gap = null;
    @Nullable Quantity shortfall = null;
    @Nullable Result<Exact, AttainmentReason> fraction = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "level" -> level = QuantityDeserializer.quantity(p);
        case "actual" -> actual = QuantityDeserializer.quantity(p);
        case "bound" -> bound = Read.word(p, Bound.class);
        case "met" -> met = Read.bool(p);
        case "gap" -> gap = QuantityDeserializer.quantity(p);
        case "shortfall" -> shortfall = QuantityDeserializer.quantity(p);
        case "attainedFraction" -> fraction = Read.result(p, AttainmentReason.class, ExactDeserializer::exact);
        default -> throw fields.unknown();
      }
    }
    Attainment attainment;
    try {
      attainment = Attainment.of(fields.required("level", level), fields.required("actual", actual), fields.required("bound", bound));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
    fields.derived("met", met, attainment.met());
    fields.derived("gap", gap, attainment.gap());
    fields.derived("shortfall", shortfall, attainment.shortfall());
    fields.derived("attainedFraction", fraction, attainment.attainedFraction());
    return attainment;
  }

  /** Reads a change of a metric's status at the parser's current value. */
  static StatusChange statusChange(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a change of status", "metric", "before", "after", "movement");
    @Nullable Metric metric = null;
    @Nullable RagStatus before = null;
    @Nullable RagStatus after = null;
    @Nullable StatusChange.Movement movement = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "metric" -> metric = MetricDeserializer.metric(p);
        case "before" -> before = Read.word(p, RagStatus.class);
        case "after" -> after = Read.word(p, RagStatus.class);
        case "movement" -> movement = Read.word(p, StatusChange.Movement.class);
        default -> throw fields.unknown();
      }
    }
    StatusChange change;
    try {
      change = StatusChange.of(fields.required("metric", metric), Optional.ofNullable(before), Optional.ofNullable(after));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
    fields.derived("movement", movement, change.movement());
    return change;
  }
}
