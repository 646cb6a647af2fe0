package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.combatingdrugs.outcomes.audit.Finding;
import org.combatingdrugs.outcomes.audit.PrintedChange;
import org.combatingdrugs.outcomes.audit.PrintedChangeCount;
import org.combatingdrugs.outcomes.audit.PrintedGap;
import org.combatingdrugs.outcomes.audit.PrintedPointsChange;
import org.combatingdrugs.outcomes.audit.PrintedProjection;
import org.combatingdrugs.outcomes.audit.PrintedRate;
import org.combatingdrugs.outcomes.audit.PrintedReport;
import org.combatingdrugs.outcomes.audit.PrintedShare;
import org.combatingdrugs.outcomes.audit.PrintedTotal;
import org.combatingdrugs.outcomes.audit.ReportAudit;
import org.combatingdrugs.outcomes.audit.ReportItem;
import org.combatingdrugs.outcomes.audit.Verdict;
import org.combatingdrugs.outcomes.period.ElapsedBasis;
import org.combatingdrugs.outcomes.period.FinancialYear;

/**
 * Over generated items of every kind and printed reports of them: reading what was written gives
 * an equal value and the same bytes again, the audit read back is the audit made again, and an
 * audit document with one finding's verdict altered is refused at that verdict.
 */
class AuditJsonProperties {

  private static final Pattern VERDICT = Pattern.compile("\"verdict\":\"([A-Z_]+)\"");

  private static final List<RoundingMode> ROUNDINGS =
      List.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);

  @Property(tries = 300)
  void anItemReadsBackEqualAndWritesTheSameBytes(@ForAll("items") ReportItem item) throws Exception {
    String written = OutcomesJson.write(item);
    assertThat(OutcomesJson.write(item)).isEqualTo(written);
    ReportItem read = OutcomesJson.read(written, ReportItem.class);
    assertThat(read).as(written).isEqualTo(item);
    assertThat(OutcomesJson.write(read)).isEqualTo(written);
    assertThat(OutcomesJson.read(written, item.getClass())).isEqualTo(item);
  }

  @Property(tries = 100)
  void aPrintedReportReadsBackEqualAndWritesTheSameBytes(@ForAll("reports") PrintedReport report) throws Exception {
    String written = OutcomesJson.write(report);
    assertThat(OutcomesJson.write(report)).isEqualTo(written);
    PrintedReport read = OutcomesJson.read(written, PrintedReport.class);
    assertThat(read).as(written).isEqualTo(report);
    assertThat(OutcomesJson.write(read)).isEqualTo(written);
  }

  @Property(tries = 100)
  void anAuditReadsBackAsTheAuditMadeAgain(@ForAll("reports") PrintedReport report) throws Exception {
    ReportAudit audit = ReportAudit.of(report);
    String written = OutcomesJson.write(audit);
    ReportAudit read = OutcomesJson.read(written, ReportAudit.class);
    assertThat(read.report()).isEqualTo(report);
    Json.assertSameAudit(read, audit);
    assertThat(OutcomesJson.write(read)).isEqualTo(written);
  }

  @Property(tries = 200)
  void anAuditWithOneVerdictAlteredIsRefusedAtThatVerdict(
      @ForAll("reports") PrintedReport report, @ForAll @IntRange(min = 0, max = 1_000) int pick, @ForAll @IntRange(min = 1, max = 3) int shift) {
    ReportAudit audit = ReportAudit.of(report);
    String written = Json.write(audit);
    int index = pick % audit.findings().size();
    Matcher m = VERDICT.matcher(written);
    for (int i = 0; i <= index; i++) {
      assertThat(m.find()).isTrue();
    }
    Finding finding = audit.findings().get(index);
    assertThat(m.group(1)).isEqualTo(finding.verdict().name());
    List<Verdict> verdicts = List.of(Verdict.values());
    Verdict other = verdicts.get((verdicts.indexOf(finding.verdict()) + shift) % verdicts.size());
    String altered = written.substring(0, m.start(1)) + other.name() + written.substring(m.end(1));
    Throwable thrown = catchThrowable(() -> OutcomesJson.read(altered, ReportAudit.class));
    assertThat(thrown).isInstanceOf(OutcomesJsonException.class);
    OutcomesJsonException e = OutcomesJsonException.class.cast(thrown);
    assertThat(e.jsonPath()).isEqualTo("$.findings[" + index + "].verdict");
    assertThat(e).hasMessageEndingWith("but was " + other.name());
  }

  @Provide
  Arbitrary<ReportItem> items() {
    return Arbitraries.randomValue(random -> new RandomItems(random).item("Figure"));
  }

  @Provide
  Arbitrary<PrintedReport> reports() {
    return Arbitraries.randomValue(random -> new RandomItems(random).report());
  }

  /** Valid items of every kind, from a source of randomness, as a report might print them. */
  static final class RandomItems {

    private static final List<String> LABELS =
        List.of("Figure", "Men's \"risky\" drinking", "Ärzte — £ & %", "Cash seized, projected", "a\\b");

    private final Random random;

    RandomItems(Random random) {
      this.random = random;
    }

    PrintedReport report() {
      int size = 1 + random.nextInt(6);
      List<ReportItem> items = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        items.add(item(LABELS.get(random.nextInt(LABELS.size())) + " " + i));
      }
      PrintedReport report = PrintedReport.of("Report " + random.nextInt(100), items);
      for (int link = random.nextInt(4); link > 0 && size > 1; link--) {
        int from = random.nextInt(size);
        int to = (from + 1 + random.nextInt(size - 1)) % size;
        report = report.withInputFrom(items.get(from).label(), items.get(to).label());
      }
      return random.nextInt(4) == 0 ? report.roundedBy(rounding()) : report;
    }

    ReportItem item(String label) {
      while (true) {
        Optional<ReportItem> made = attempt(label);
        if (made.isPresent()) {
          return random.nextInt(4) == 0 ? made.get().roundedBy(rounding()) : made.get();
        }
      }
    }

    private RoundingMode rounding() {
      return ROUNDINGS.get(random.nextInt(ROUNDINGS.size()));
    }

    private Optional<ReportItem> attempt(String label) {
      try {
        return Optional.of(kind(label));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    private ReportItem kind(String label) {
      FinancialYear year = FinancialYear.of(2020 + random.nextInt(6));
      return switch (random.nextInt(8)) {
        case 0 -> change(label);
        case 1 -> PrintedPointsChange.of(label, decimal(true), percent(false), percent(false));
        case 2 -> changeCount(label);
        case 3 ->
            random.nextBoolean()
                ? PrintedProjection.of(label, pounds(), pounds(), year.quarter(1 + random.nextInt(3)), year, basis())
                : PrintedProjection.of(label, count(), count(), year.quarter(1 + random.nextInt(3)), year, basis());
        case 4 ->
            random.nextBoolean()
                ? PrintedGap.of(label, decimal(false), percent(false), percent(false))
                : PrintedGap.above(label, count(), count(), count());
        case 5 -> rate(label);
        case 6 -> share(label);
        default -> PrintedTotal.of(label, count(), parts());
      };
    }

    private ReportItem change(String label) {
      return switch (random.nextInt(4)) {
        case 0 -> PrintedChange.of(label, percent(true), count(), count());
        case 1 -> PrintedChange.withoutBase(label, percent(true), percent(false));
        case 2 -> PrintedChange.withoutCurrent(label, percent(true), pounds());
        default -> PrintedChange.withoutInputs(label, percent(true));
      };
    }

    private ReportItem changeCount(String label) {
      int count = random.nextInt(201) - 100;
      String bracketed = "(" + (count > 0 ? "+" : "") + count + ")";
      return random.nextBoolean()
          ? PrintedChangeCount.of(label, percent(true), bracketed)
          : PrintedChangeCount.of(label, percent(true), bracketed, String.valueOf(Math.abs(count) + random.nextInt(1000)));
    }

    private ReportItem rate(String label) {
      String rate = decimal(false) + (random.nextBoolean() ? " per 1,000" : " per 100,000");
      return switch (random.nextInt(4)) {
        case 0 -> PrintedRate.of(label, rate, count(), count());
        case 1 -> PrintedRate.withoutPopulation(label, rate, count());
        case 2 -> PrintedRate.withoutCount(label, rate, count());
        default -> PrintedRate.withoutInputs(label, rate);
      };
    }

    private ReportItem share(String label) {
      int total = random.nextInt(5000);
      String part = String.valueOf(random.nextInt(total + 1));
      return switch (random.nextInt(4)) {
        case 0 -> PrintedShare.of(label, percent(false), part, grouped(total));
        case 1 -> PrintedShare.withoutTotal(label, percent(false), part);
        case 2 -> PrintedShare.withoutCount(label, percent(false), grouped(total));
        default -> PrintedShare.withoutInputs(label, percent(false));
      };
    }

    private String[] parts() {
      String[] parts = new String[1 + random.nextInt(4)];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = count();
      }
      return parts;
    }

    private ElapsedBasis basis() {
      return ElapsedBasis.values()[random.nextInt(ElapsedBasis.values().length)];
    }

    private String count() {
      return grouped(random.nextInt(100_000));
    }

    private String pounds() {
      return "£" + count();
    }

    private String grouped(int value) {
      return random.nextBoolean() ? String.format(Locale.UK, "%,d", value) : String.valueOf(value);
    }

    private String decimal(boolean signed) {
      int tenths = signed ? random.nextInt(4001) - 2000 : random.nextInt(2001);
      String sign = tenths < 0 ? "-" : signed && tenths > 0 && random.nextBoolean() ? "+" : "";
      int abs = Math.abs(tenths);
      return random.nextBoolean() ? sign + abs / 10 + "." + abs % 10 : sign + abs / 10;
    }

    private String percent(boolean signed) {
      return decimal(signed) + "%";
    }
  }
}
