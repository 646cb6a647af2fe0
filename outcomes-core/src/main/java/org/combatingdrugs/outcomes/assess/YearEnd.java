package org.combatingdrugs.outcomes.assess;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.combatingdrugs.outcomes.calc.Projection;
import org.combatingdrugs.outcomes.calc.Projections;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.DateRange;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialQuarter;
import org.combatingdrugs.outcomes.period.FinancialQuarters;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.MonthRange;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.result.Result;

/**
 * The projection of a part-year value to the end of its financial year, and its change on last
 * year's total. The value so far is the latest period's value plus the earlier periods of the same
 * kind in the year (a quarterly return for Q3 adds Q1 and Q2); last year's profile is used when the
 * same part of last year and last year's total are held, the run rate otherwise.
 */
final class YearEnd {

  private YearEnd() {}

  /** The value of a year so far: the span from the year's start and its summed value. */
  private record SoFar(ReportingPeriod span, Quantity value, ImmutableList<ReportingPeriod> parts) {}

  static Result<Projection, AssessmentReason> projection(Dataset data, Measurement latest) {
    ReportingPeriod period = latest.period();
    Optional<FinancialYear> year = enclosingYear(period);
    if (year.isEmpty()) {
      return Result.notComputed(AssessmentReason.NOT_PART_OF_A_YEAR);
    }
    if (period.equals(year.get())) {
      return Result.notComputed(AssessmentReason.WHOLE_YEAR);
    }
    if (!latest.value().quantity().unit().isAdditive()) {
      return Result.notComputed(AssessmentReason.NOT_ADDITIVE);
    }
    Optional<SoFar> soFar = soFar(data, latest, year.get());
    if (soFar.isEmpty()) {
      return Result.notComputed(AssessmentReason.YEAR_SO_FAR_INCOMPLETE);
    }
    SoFar observed = soFar.get();
    FinancialYear lastYear = year.get().sameLastYear();
    Optional<Quantity> lastYearPart = sum(data, latest, observed.parts().stream().map(ReportingPeriod::sameLastYear).toList());
    Optional<Quantity> lastYearTotal = total(data, latest, lastYear, observed.parts().get(0).sameLastYear());
    if (lastYearPart.isPresent()
        && lastYearTotal.isPresent()
        && lastYearTotal.get().compareTo(lastYearPart.get()) < 0) {
      return Result.notComputed(AssessmentReason.LAST_YEAR_INCONSISTENT);
    }
    if (lastYearPart.isPresent() && lastYearTotal.isPresent()) {
      Optional<Projection> profile =
          Projections.priorYearProfile(
                  observed.value(), observed.span(), year.get(), lastYearPart.get(), lastYearTotal.get())
              .<Projection>map(p -> p)
              .value();
      if (profile.isPresent()) {
        return Result.computed(profile.get());
      }
    }
    return Result.computed(
        Projections.runRate(observed.value(), observed.span(), year.get(), basisOf(observed)));
  }

  static Result<ProjectedChange, AssessmentReason> change(
      Dataset data, Measurement latest, Result<Projection, AssessmentReason> projection) {
    Optional<AssessmentReason> missing = projection.reason();
    if (missing.isPresent()) {
      return Result.notComputed(missing.get());
    }
    Projection projected = projection.orElseThrow();
    FinancialYear year = FinancialYear.containing(latest.period().start());
    FinancialYear lastYear = year.sameLastYear();
    Optional<SoFar> soFar = soFar(data, latest, year);
    Optional<Quantity> total =
        soFar.flatMap(s -> total(data, latest, lastYear, s.parts().get(0).sameLastYear()));
    if (total.isEmpty()) {
      return Result.notComputed(AssessmentReason.NO_LAST_YEAR_TOTAL);
    }
    return Result.computed(new ProjectedChange(lastYear, total.get(), projected.changeFrom(total.get())));
  }

  private static Optional<FinancialYear> enclosingYear(ReportingPeriod period) {
    ImmutableList<FinancialYear> years = period.financialYears();
    return years.size() == 1 && years.get(0).encloses(period) ? Optional.of(years.get(0)) : Optional.empty();
  }

  /** The latest period and the earlier periods of its kind back to the year's start, all held. */
  private static Optional<SoFar> soFar(Dataset data, Measurement latest, FinancialYear year) {
    ReportingPeriod period = latest.period();
    ImmutableList.Builder<ReportingPeriod> earlier = ImmutableList.builder();
    ReportingPeriod first = period;
    while (first.start().isAfter(year.start())) {
      ReportingPeriod previous = first.previous();
      if (previous.start().isBefore(year.start()) || !previous.end().plusDays(1).equals(first.start())) {
        return Optional.empty();
      }
      earlier.add(previous);
      first = previous;
    }
    ImmutableList<ReportingPeriod> parts =
        ImmutableList.<ReportingPeriod>builder().addAll(earlier.build().reverse()).add(period).build();
    return sum(data, latest, parts).map(value -> new SoFar(span(parts, year), value, parts));
  }

  /** Last year's total: its whole-year value, or the sum of its periods of the latest's kind. */
  private static Optional<Quantity> total(
      Dataset data, Measurement latest, FinancialYear lastYear, ReportingPeriod firstPart) {
    Optional<Measurement> whole = data.measurement(latest.metric(), latest.area(), lastYear);
    if (whole.isPresent()) {
      return Optional.of(whole.get().value().quantity());
    }
    if (!firstPart.start().equals(lastYear.start())) {
      return Optional.empty();
    }
    ImmutableList.Builder<ReportingPeriod> parts = ImmutableList.builder();
    ReportingPeriod part = firstPart;
    while (!part.end().isAfter(lastYear.end())) {
      parts.add(part);
      if (part.end().equals(lastYear.end())) {
        return sum(data, latest, parts.build());
      }
      ReportingPeriod next = part.next();
      if (!next.start().equals(part.end().plusDays(1))) {
        return Optional.empty();
      }
      part = next;
    }
    return Optional.empty();
  }

  private static Optional<Quantity> sum(Dataset data, Measurement latest, Iterable<ReportingPeriod> parts) {
    Optional<Quantity> total = Optional.empty();
    for (ReportingPeriod part : parts) {
      Optional<Measurement> found = data.measurement(latest.metric(), latest.area(), part);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      Quantity value = found.get().value().quantity();
      total = Optional.of(total.map(value::plus).orElse(value));
    }
    return total;
  }

  /** The span of the year so far, named as reports name it. */
  private static ReportingPeriod span(ImmutableList<ReportingPeriod> parts, FinancialYear year) {
    ReportingPeriod first = parts.get(0);
    ReportingPeriod last = parts.get(parts.size() - 1);
    if (parts.size() == 1) {
      return last;
    }
    if (first instanceof FinancialQuarter q1 && last instanceof FinancialQuarter qn) {
      return FinancialQuarters.of(q1, qn);
    }
    if (first instanceof CalendarMonth m1 && last instanceof CalendarMonth mn) {
      return MonthRange.of(m1, mn);
    }
    return DateRange.of(year.start(), last.end());
  }

  /** Quarters for a quarterly series, months for whole months, days otherwise. */
  private static ElapsedBasis basisOf(SoFar observed) {
    if (observed.parts().get(0) instanceof FinancialQuarter) {
      return ElapsedBasis.QUARTERS;
    }
    ReportingPeriod span = observed.span();
    boolean wholeMonths =
        span.start().getDayOfMonth() == 1 && span.end().getDayOfMonth() == span.end().lengthOfMonth();
    return wholeMonths ? ElapsedBasis.MONTHS : ElapsedBasis.DAYS;
  }
}
