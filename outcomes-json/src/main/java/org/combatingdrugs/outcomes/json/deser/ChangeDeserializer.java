package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.assess.Comparison;
import org.combatingdrugs.outcomes.assess.ProjectedChange;
import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.calc.RelativeChange;
import org.combatingdrugs.outcomes.calc.RelativeChangeReason;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.result.Result;

/**
 * Reads a change as it is written: {@code {"base": <quantity>, "current": <quantity>, "absolute":
 * <quantity>, "percentagePoints": <quantity>, "relative": <ratio or reason>}}. The change is made
 * from {@code base} and {@code current}; the other properties follow from them and must say what
 * they give ({@code percentagePoints} exactly between percentages). Also reads a comparison ({@code
 * basis}, {@code period}, {@code value}, {@code change}) and a projected change ({@code lastYear},
 * {@code lastYearTotal}, {@code change}).
 */
public final class ChangeDeserializer extends StrictDeserializer<Change> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final ChangeDeserializer INSTANCE = new ChangeDeserializer();

  /** Reads a comparison. */
  public static final StrictDeserializer<Comparison> COMPARISON =
      ReaderDeserializer.of(Comparison.class, "a comparison", ChangeDeserializer::comparison);

  /** Reads a projected change. */
  public static final StrictDeserializer<ProjectedChange> PROJECTED_CHANGE =
      ReaderDeserializer.of(ProjectedChange.class, "a projected change", ChangeDeserializer::projected);

  private ChangeDeserializer() {
    super(Change.class, "a change");
  }

  @Override
  protected Change read(JsonParser p) throws IOException {
    return change(p);
  }

  /** Reads a change at the parser's current value. */
  static Change change(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a change", "base", "current", "absolute", "percentagePoints", "relative");
    @Nullable Quantity base = null;
    @Nullable Quantity current = null;
    @Nullable Quantity absolute = null;
    @Nullable Quantity points = null;
    @Nullable Result<RelativeChange, RelativeChangeReason> relative = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "base" -> base = QuantityDeserializer.quantity(p);
        case "current" -> current = QuantityDeserializer.quantity(p);
        case "absolute" -> absolute = QuantityDeserializer.quantity(p);
        case "percentagePoints" -> points = QuantityDeserializer.quantity(p);
        case "relative" ->
            relative = Read.result(p, RelativeChangeReason.class, q -> RelativeChange.of(ExactDeserializer.exact(q)));
        default -> throw fields.unknown();
      }
    }
    Change change;
    try {
      change = new Change(fields.required("base", base), fields.required("current", current));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
    fields.derived("absolute", absolute, change.absolute());
    fields.derivedOptional("percentagePoints", points, change.percentagePoints());
    fields.derived("relative", relative, change.relative());
    return change;
  }

  /** Reads a comparison at the parser's current value. */
  static Comparison comparison(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a comparison", "basis", "period", "value", "change");
    @Nullable Comparison.Basis basis = null;
    @Nullable ReportingPeriod period = null;
    @Nullable Quantity value = null;
    @Nullable Change change = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "basis" -> basis = Read.word(p, Comparison.Basis.class);
        case "period" -> period = PeriodDeserializer.period(p);
        case "value" -> value = QuantityDeserializer.quantity(p);
        case "change" -> change = change(p);
        default -> throw fields.unknown();
      }
    }
    try {
      return new Comparison(
          fields.required("basis", basis),
          fields.required("period", period),
          fields.required("value", value),
          fields.required("change", change));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }

  /** Reads a projected change at the parser's current value. */
  static ProjectedChange projected(JsonParser p) throws IOException {
    Fields fields = Fields.of(p, "a projected change", "lastYear", "lastYearTotal", "change");
    @Nullable FinancialYear lastYear = null;
    @Nullable Quantity total = null;
    @Nullable Change change = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "lastYear" -> lastYear = new PeriodDeserializer<>(FinancialYear.class).read(p);
        case "lastYearTotal" -> total = QuantityDeserializer.quantity(p);
        case "change" -> change = change(p);
        default -> throw fields.unknown();
      }
    }
    try {
      return new ProjectedChange(
          fields.required("lastYear", lastYear), fields.required("lastYearTotal", total), fields.required("change", change));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }
}
