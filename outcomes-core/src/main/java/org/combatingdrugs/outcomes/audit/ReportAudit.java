package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PrintedFigure;

/**
 * The audit of a whole printed report: for each printed figure, a {@link Finding} — whether it
 * follows from the inputs printed beside it at the precision it was printed at, and where not,
 * every known slip that explains it, or that none does; what cannot be checked and why; the whole
 * inputs a figure implies — and a {@link AuditSummary} of them all.
 *
 * <p>Each figure is judged by its own {@linkplain PrintedFigure#rounding() rounding}: half up (ties
 * away from zero) as {@link PrintedFigure} reads a figure, or as {@link PrintedReport#roundedBy}
 * says. Inputs are taken as printed; a figure that follows only from values within its inputs'
 * own rounding is consistent, and says so ({@link Finding#isWithinInputRounding()}). A figure that
 * takes an input from another figure of the report which does not follow from its own inputs is
 * judged on what was printed, and {@linkplain Finding#restsOn() says what it rests on}. Immutable
 * and thread-safe.
 */
public final class ReportAudit {

  private final PrintedReport report;
  private final ImmutableList<Finding> findings;
  private final AuditSummary summary;

  private ReportAudit(PrintedReport report, ImmutableList<Finding> findings) {
    this.report = report;
    this.findings = findings;
    this.summary = AuditSummary.of(findings);
  }

  /**
   * Audits a printed report.
   *
   * @param report the report
   * @return the findings, in the report's order, and their summary
   */
  public static ReportAudit of(PrintedReport report) {
    checkNotNull(report, "report");
    Map<String, Finding> byLabel = new LinkedHashMap<>();
    for (ReportItem item : report.items()) {
      byLabel.put(item.label(), Auditor.audit(item));
    }
    List<Finding> findings = new ArrayList<>();
    for (Finding finding : byLabel.values()) {
      List<String> wrong = new ArrayList<>();
      Map<PrintedFigure, Exact> right = new HashMap<>();
      for (String source : report.inputsFrom().get(finding.label())) {
        Finding from = byLabel.get(source);
        if (from != null
            && (from.verdict() == Verdict.SLIPS || from.verdict() == Verdict.UNEXPLAINED)) {
          wrong.add(source);
          from.exact().ifPresent(e -> right.put(from.item().printed(), e));
        }
      }
      findings.add(
          wrong.isEmpty()
              ? finding
              : finding.restingOn(wrong, Auditor.corrected(finding.item(), right)));
    }
    return new ReportAudit(report, ImmutableList.copyOf(findings));
  }

  /** The report audited. */
  public PrintedReport report() {
    return report;
  }

  /** One finding per printed figure, in the report's order. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /**
   * The finding for one figure.
   *
   * @param label the figure's label
   * @return its finding
   * @throws IllegalArgumentException when no figure has that label
   */
  public Finding finding(String label) {
    checkNotNull(label, "label");
    Optional<Finding> found = findings.stream().filter(f -> f.label().equals(label)).findFirst();
    checkArgument(
        found.isPresent(), "label must be an item of %s but was '%s'", report.name(), label);
    return found.get();
  }

  /** The tally of the findings. */
  public AuditSummary summary() {
    return summary;
  }

  /** The report's name and summary, then each finding on a line of its own, in order. */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("Audit of ").append(report.name()).append(": ").append(summary);
    for (Finding finding : findings) {
      text.append("\n- ").append(finding);
    }
    return text.toString();
  }
}
