package org.combatingdrugs.outcomes.json;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;
import org.combatingdrugs.outcomes.area.AreaType;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.assess.Presentation;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.framework.Measurement;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;
import org.combatingdrugs.outcomes.judgement.Polarity;
import org.combatingdrugs.outcomes.measure.Count;
import org.combatingdrugs.outcomes.measure.DataStatus;
import org.combatingdrugs.outcomes.measure.Money;
import org.combatingdrugs.outcomes.measure.Proportion;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.measure.Rate;
import org.combatingdrugs.outcomes.measure.Unit;
import org.combatingdrugs.outcomes.measure.Value;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.period.YearToDate;
import org.combatingdrugs.outcomes.rag.ChangeBand;
import org.combatingdrugs.outcomes.rag.ChangeBandsScheme;
import org.combatingdrugs.outcomes.rag.ChangeMeasure;
import org.combatingdrugs.outcomes.rag.ProjectedAttainmentScheme;
import org.combatingdrugs.outcomes.rag.RagScheme;
import org.combatingdrugs.outcomes.rag.RagStatus;
import org.combatingdrugs.outcomes.rag.TargetToleranceScheme;
import org.combatingdrugs.outcomes.rag.Tolerance;
import org.combatingdrugs.outcomes.rag.TrajectoryScheme;
import org.combatingdrugs.outcomes.target.Baseline;
import org.combatingdrugs.outcomes.target.Bound;
import org.combatingdrugs.outcomes.target.Target;

/**
 * Small random datasets for the round-trip properties: a few areas (one composite), national and
 * local metrics of every unit, measurements of every kind of value (now and then a run of
 * consecutive years or quarters), baselines, targets of every kind, schemes of every kind, a
 * default scheme or none, benchmarks and presentation settings.
 */
final class RandomDatasets {

  private static final List<Unit> UNITS =
      List.of(Unit.COUNT, Unit.POUNDS, Unit.PERCENT, Unit.ratePer(1_000), Unit.ratePer(100_000));

  private final Random r;

  RandomDatasets(Random random) {
    this.r = random;
  }

  Dataset dataset() {
    List<Area> areas = new ArrayList<>();
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      areas.add(Area.of("E0600000" + i, "Area " + i + (r.nextBoolean() ? ", with \"quotes\" and é" : ""), AreaType.LOCAL_AUTHORITY));
    }
    AreaHierarchy hierarchy = AreaHierarchy.empty().with(areas.toArray(new Area[0]));
    if (r.nextBoolean()) {
      Area composite = Area.of("cdp-" + r.nextInt(100), "A partnership", AreaType.COMBATING_DRUGS_PARTNERSHIP);
      hierarchy = hierarchy.compose(composite, areas);
      areas.add(composite);
    }
    Dataset.Builder b = Dataset.builder("Random dataset " + r.nextInt(1000), hierarchy);
    List<Metric> metrics = new ArrayList<>();
    List<Metric> national = MetricCatalogue.national().all();
    for (int i = 0; i < 1 + r.nextInt(2); i++) {
      Metric m = national.get(r.nextInt(national.size()));
      if (!metrics.contains(m)) {
        metrics.add(m);
      }
    }
    for (int i = 0; i < r.nextInt(3); i++) {
      Polarity polarity = Polarity.values()[r.nextInt(3)];
      metrics.add(Metric.local("local-" + i, "Local metric " + i, UNITS.get(r.nextInt(UNITS.size())), polarity));
    }
    metrics.forEach(b::metric);
    Set<ReportingPeriod> measured = new HashSet<>();
    for (Metric metric : metrics) {
      for (Area area : areas) {
        if (r.nextInt(3) == 0) {
          continue;
        }
        Set<ReportingPeriod> periods = new HashSet<>();
        if (r.nextInt(4) == 0) {
          periods.addAll(run());
        } else {
          for (int i = 0; i < r.nextInt(4); i++) {
            periods.add(period());
          }
        }
        for (ReportingPeriod period : periods) {
          DataStatus status = DataStatus.values()[r.nextInt(3)];
          b.measurement(new Measurement(metric, area, period, value(metric.unit()), status));
          measured.add(period);
        }
        if (r.nextBoolean()) {
          b.baseline(metric, area, baseline(metric.unit()));
        }
        if (r.nextBoolean()) {
          b.target(metric, area, target(metric.unit(), metric.polarity()));
        }
      }
      if (r.nextInt(3) == 0) {
        b.scheme(metric, scheme(metric.unit()));
      }
      for (ReportingPeriod period : measured) {
        if (r.nextInt(4) == 0) {
          b.benchmark(metric, period, value(metric.unit()));
        }
      }
    }
    if (r.nextBoolean()) {
      b.defaultScheme(scheme(UNITS.get(r.nextInt(UNITS.size()))));
    }
    b.presentation(new Presentation(r.nextInt(4), RoundingMode.values()[r.nextInt(6)]));
    return b.build();
  }

  ReportingPeriod period() {
    int year = 2015 + r.nextInt(12);
    return switch (r.nextInt(5)) {
      case 0 -> FinancialYear.of(year);
      case 1 -> FinancialYear.of(year).quarter(1 + r.nextInt(4));
      case 2 -> CalendarYear.of(year);
      case 3 -> CalendarMonth.of(year, 1 + r.nextInt(12));
      default -> YearToDate.through(CalendarMonth.of(year, 1 + r.nextInt(12)));
    };
  }

  /**
   * A run of consecutive periods, financial years or quarters, long enough for the results that
   * need a series: changes against the year before and their significance, recent trends, XmR
   * charts and projections to the year's end.
   */
  List<ReportingPeriod> run() {
    ReportingPeriod period = r.nextBoolean() ? FinancialYear.of(2012 + r.nextInt(5)) : FinancialYear.of(2015 + r.nextInt(5)).quarter(1);
    List<ReportingPeriod> out = new ArrayList<>();
    for (int i = 5 + r.nextInt(10); i > 0; i--) {
      out.add(period);
      period = period.next();
    }
    return out;
  }

  Exact exact() {
    return switch (r.nextInt(3)) {
      case 0 -> Exact.of(r.nextInt(100_000));
      case 1 -> Exact.of(new BigDecimal(BigDecimal.valueOf(r.nextInt(1_000_000)).movePointLeft(r.nextInt(6)).toPlainString()));
      default -> Exact.of(r.nextInt(1_000), 1 + r.nextInt(999));
    };
  }

  Value value(Unit unit) {
    if (unit.equals(Unit.COUNT)) {
      return Count.of(r.nextInt(3) == 0 ? r.nextLong() & 0x3FFF_FFFF_FFFF_FFL : r.nextInt(10_000));
    }
    if (unit.equals(Unit.POUNDS)) {
      return Money.of(BigDecimal.valueOf(r.nextInt(10_000_000)).movePointLeft(r.nextInt(3)));
    }
    if (unit.isRate()) {
      return new Rate(r.nextInt(1_000), 1 + r.nextInt(1_000_000), unit);
    }
    if (r.nextBoolean()) {
      int denominator = 1 + r.nextInt(1_000);
      return Proportion.of(r.nextInt(denominator + 1), denominator);
    }
    return PublishedPercentage.of(BigDecimal.valueOf(r.nextInt(1_001)).movePointLeft(1 + r.nextInt(2)));
  }

  Quantity quantity(Unit unit) {
    return Quantity.of(exact(), unit);
  }

  Baseline baseline(Unit unit) {
    return Baseline.of(FinancialYear.of(2015 + r.nextInt(5)), quantity(unit));
  }

  Target target(Unit unit, Polarity polarity) {
    FinancialYear due = FinancialYear.of(2021 + r.nextInt(5));
    return switch (r.nextInt(4)) {
      case 0 -> Target.reach(quantity(unit), due);
      case 1 -> Target.changeBy(baseline(unit), Exact.of(r.nextInt(200) - 99, 100), due);
      case 2 -> Target.changeByAbsolute(baseline(unit), quantity(unit.difference()), due);
      default -> Target.stayWithin(polarity == Polarity.LOWER_IS_BETTER ? Bound.AT_MOST : Bound.AT_LEAST, quantity(unit), due);
    };
  }

  private List<ChangeBand> bands(Exact edge) {
    return r.nextBoolean()
        ? List.of(ChangeBand.everything(RagStatus.AMBER))
        : List.of(
            ChangeBand.below(edge, RagStatus.RED),
            ChangeBand.between(edge, Exact.of(1, 3), RagStatus.AMBER),
            ChangeBand.atLeast(Exact.of(1, 3), RagStatus.GREEN));
  }

  RagScheme scheme(Unit unit) {
    Tolerance tolerance =
        switch (r.nextInt(3)) {
          case 0 -> Tolerance.relative(Exact.of(r.nextInt(20), 100));
          case 1 -> Tolerance.absolute(quantity(unit.difference()));
          default -> unit.isPercent() ? new Tolerance.Points(exact()) : Tolerance.relative(exact());
        };
    return switch (r.nextInt(4)) {
      case 0 -> TargetToleranceScheme.of(tolerance);
      case 1 -> ProjectedAttainmentScheme.of(tolerance);
      case 2 -> TrajectoryScheme.of(tolerance);
      default ->
          ChangeBandsScheme.of(
              unit.isPercent() && r.nextBoolean() ? ChangeMeasure.POINTS : ChangeMeasure.RELATIVE,
              bands(Exact.of(-1, 1 + r.nextInt(20))));
    };
  }
}
