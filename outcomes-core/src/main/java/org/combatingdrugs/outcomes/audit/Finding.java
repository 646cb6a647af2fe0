package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.exact.Exact;

/**
 * What the audit of a printed report says of one of its figures: the verdict and, as data, what it
 * rests on — the exact value the inputs give, the slips that explain a mismatch, the reason it
 * cannot be checked, the whole-number inputs it allows.
 *
 * <p>Made by {@link ReportAudit}; equality compares every part. Immutable and thread-safe.
 */
public final class Finding {

  private final ReportItem item;
  private final Verdict verdict;
  private final ImmutableList<Explanation> explanations;
  private final Optional<NotCheckableReason> reason;
  private final Optional<Exact> exact;
  private final boolean withinInputRounding;
  private final Optional<WholeRange> range;
  private final String rangeNoun;
  private final ImmutableList<String> restsOn;
  private final Optional<Exact> corrected;
  private final String subject;

  private Finding(Builder builder) {
    this.item = builder.item;
    this.verdict = builder.verdict;
    this.explanations = ImmutableList.copyOf(builder.explanations);
    this.reason = builder.reason;
    this.exact = builder.exact;
    this.withinInputRounding = builder.withinInputRounding;
    this.range = builder.range;
    this.rangeNoun = builder.rangeNoun;
    this.restsOn = builder.restsOn;
    this.corrected = builder.corrected;
    this.subject = builder.subject;
    checkArgument(
        (verdict == Verdict.SLIPS) == !explanations.isEmpty(),
        "explanations must be given exactly when the verdict is SLIPS, but were %s for %s",
        explanations,
        verdict);
    checkArgument(
        (verdict == Verdict.NOT_CHECKABLE) == reason.isPresent(),
        "a reason must be given exactly when the verdict is NOT_CHECKABLE, but was %s for %s",
        reason,
        verdict);
  }

  static Builder of(ReportItem item, String subject) {
    return new Builder(item, subject);
  }

  /** What the figure is of: the item's label. */
  public String label() {
    return item.label();
  }

  /** The printed figure and the inputs it was checked against. */
  public ReportItem item() {
    return item;
  }

  /** The verdict. */
  public Verdict verdict() {
    return verdict;
  }

  /** Whether the figure follows from its printed inputs. */
  public boolean isConsistent() {
    return verdict == Verdict.CONSISTENT;
  }

  /** The slips that each, alone, give the printed figure; empty unless the verdict is SLIPS. */
  public ImmutableSet<Slip> slips() {
    return explanations.stream().map(Explanation::slip).collect(ImmutableSet.toImmutableSet());
  }

  /** The slips with their particulars, in the order of {@link Slip}; empty unless SLIPS. */
  public ImmutableList<Explanation> explanations() {
    return explanations;
  }

  /** Why the figure cannot be checked; present exactly when the verdict is NOT_CHECKABLE. */
  public Optional<NotCheckableReason> reason() {
    return reason;
  }

  /**
   * The exact value the figure should show, from its printed inputs taken as printed: 1400/188 %
   * for a change of 188 → 202. Empty when the inputs do not give one value (an input not printed, a
   * "change (count)" pair without its base).
   */
  public Optional<Exact> exact() {
    return exact;
  }

  /**
   * Whether the figure is consistent only through the rounding of its inputs: it does not follow
   * from them as printed, but does from values that print as them ({@code 37%} for parts printed
   * {@code 6%} and {@code 30%}, whose true sum may be anything from 35% up to 37%).
   */
  public boolean isWithinInputRounding() {
    return withinInputRounding;
  }

  /**
   * The whole numbers the printed figures allow for an input that is not printed, or that the check
   * works back to: the bases 762 to 786 of {@code -3.1% (-24)}, the populations of a rate printed
   * with its count. Empty when the item has no such input; an empty range when none fits.
   */
  public Optional<WholeRange> range() {
    return range;
  }

  /**
   * The labels of the report's figures that this one takes an input from and that do not follow
   * from their own inputs: the change Dorset printed from its own wrong projection rests on that
   * projection.
   */
  public ImmutableList<String> restsOn() {
    return restsOn;
  }

  /**
   * The exact value this figure would show had the figures it rests on been printed as their own
   * inputs give them: +38.9% (not +37.8%) for Dorset's cash seized, from £95,024 rather than
   * £94,304. Empty when it rests on nothing, or the others give no single value.
   */
  public Optional<Exact> corrected() {
    return corrected;
  }

  Finding restingOn(List<String> labels, Optional<Exact> correctedValue) {
    Builder builder = toBuilder();
    builder.restsOn = ImmutableList.copyOf(labels);
    builder.corrected = correctedValue;
    return builder.build();
  }

  private Builder toBuilder() {
    Builder builder = new Builder(item, subject);
    builder.verdict = verdict;
    builder.explanations = explanations;
    builder.reason = reason;
    builder.exact = exact;
    builder.withinInputRounding = withinInputRounding;
    builder.range = range;
    builder.rangeNoun = rangeNoun;
    return builder;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Finding that
        && that.item.equals(item)
        && that.verdict == verdict
        && that.explanations.equals(explanations)
        && that.reason.equals(reason)
        && that.exact.equals(exact)
        && that.withinInputRounding == withinInputRounding
        && that.range.equals(range)
        && that.restsOn.equals(restsOn)
        && that.corrected.equals(corrected)
        && that.subject.equals(subject);
  }

  @Override
  public int hashCode() {
    return Objects.hash(item, verdict, explanations, reason, exact, range, restsOn, corrected);
  }

  /**
   * The finding in a sentence: the label, what was printed and from what, what the inputs give,
   * then the verdict. {@code Neighbourhood crimes: printed 6.9% for 188 → 202, which is +7.4%: the
   * change divided by the later value instead of the base}; {@code Non-dwelling burglary: printed
   * -3.1% (-24): consistent; a base of 762 to 786 fits}; {@code Drug-related offences: printed -7%,
   * with no inputs: not checkable, since no inputs are printed with it}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(label()).append(": ").append(subject).append(": ");
    boolean noneFits = range.map(WholeRange::isEmpty).orElse(false);
    if (noneFits) {
      text.append("no whole ").append(rangeNoun).append(" fits: ");
    }
    switch (verdict) {
      case CONSISTENT ->
          text.append(
              withinInputRounding ? "consistent within the rounding of its inputs" : "consistent");
      case SLIPS ->
          text.append(
              Sentences.slips(explanations.stream().map(Explanation::toString).toList(), false));
      case UNEXPLAINED -> text.append("no consistent explanation");
      case NOT_CHECKABLE ->
          text.append("not checkable, since ")
              .append(reason.map(NotCheckableReason::sentence).orElse(""));
    }
    if (range.isPresent() && !noneFits) {
      text.append("; a ").append(rangeNoun).append(" of ").append(range.get()).append(" fits");
    }
    if (!restsOn.isEmpty()) {
      text.append(", but it rests on ")
          .append(String.join(" and ", restsOn))
          .append(restsOn.size() == 1 ? ", which does not" : ", which do not")
          .append(" follow from the inputs printed");
      corrected.ifPresent(
          value ->
              text.append("; had ")
                  .append(restsOn.size() == 1 ? "that figure" : "those figures")
                  .append(" been right, it would be ")
                  .append(Printing.signed(item.printed(), value)));
    }
    return text.toString();
  }

  /** Assembles a finding; the audit's own. */
  static final class Builder {
    private final ReportItem item;
    private final String subject;
    private Verdict verdict = Verdict.UNEXPLAINED;
    private List<Explanation> explanations = ImmutableList.of();
    private Optional<NotCheckableReason> reason = Optional.empty();
    private Optional<Exact> exact = Optional.empty();
    private boolean withinInputRounding;
    private Optional<WholeRange> range = Optional.empty();
    private String rangeNoun = "";
    private ImmutableList<String> restsOn = ImmutableList.of();
    private Optional<Exact> corrected = Optional.empty();

    private Builder(ReportItem item, String subject) {
      this.item = checkNotNull(item, "item");
      this.subject = checkNotNull(subject, "subject");
    }

    @CanIgnoreReturnValue
    Builder exact(Exact value) {
      this.exact = Optional.of(value);
      return this;
    }

    @CanIgnoreReturnValue
    Builder range(String noun, WholeRange values) {
      this.rangeNoun = noun;
      this.range = Optional.of(values);
      return this;
    }

    Finding consistent(boolean onlyWithinInputRounding) {
      this.verdict = Verdict.CONSISTENT;
      this.withinInputRounding = onlyWithinInputRounding;
      return build();
    }

    Finding notCheckable(NotCheckableReason why) {
      this.verdict = Verdict.NOT_CHECKABLE;
      this.reason = Optional.of(why);
      return build();
    }

    /** SLIPS when some slip explains the figure, UNEXPLAINED when none does. */
    Finding explained(List<Explanation> found) {
      this.verdict = found.isEmpty() ? Verdict.UNEXPLAINED : Verdict.SLIPS;
      this.explanations = found;
      return build();
    }

    Finding build() {
      return new Finding(this);
    }
  }
}
