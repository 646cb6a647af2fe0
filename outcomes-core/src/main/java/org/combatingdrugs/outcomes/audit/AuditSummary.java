package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The tally of an audit: how many figures, how many of them checked, consistent, explained by slips
 * (and which), unexplained, and not checkable (and why).
 *
 * @param figures the figures audited
 * @param consistent those that follow from their printed inputs
 * @param withSlips those that do not, but that known slips explain
 * @param unexplained those that do not, with no known slip explaining them
 * @param notCheckable those that cannot be checked
 * @param slips for each kind of slip found, the number of figures it explains (a figure two slips
 *     explain counts for both); kinds not found are left out
 * @param reasons for each reason a figure could not be checked, the number of figures; reasons not
 *     met are left out
 * @param restingOnSlips figures that take an input from a figure that does not follow from its own
 *     inputs
 */
public record AuditSummary(
    int figures,
    int consistent,
    int withSlips,
    int unexplained,
    int notCheckable,
    ImmutableMap<Slip, Integer> slips,
    ImmutableMap<NotCheckableReason, Integer> reasons,
    int restingOnSlips) {

  /** Checks the counts add up. */
  public AuditSummary {
    checkNotNull(slips, "slips");
    checkNotNull(reasons, "reasons");
    checkArgument(
        consistent >= 0
            && withSlips >= 0
            && unexplained >= 0
            && notCheckable >= 0
            && restingOnSlips >= 0,
        "counts must be 0 or more but were %s consistent, %s with slips, %s unexplained, %s not"
            + " checkable, %s resting on slips",
        (Integer) consistent,
        (Integer) withSlips,
        (Integer) unexplained,
        (Integer) notCheckable,
        (Integer) restingOnSlips);
    checkArgument(
        figures == consistent + withSlips + unexplained + notCheckable,
        "figures must be the sum of the verdicts, %s, but was %s",
        (Integer) (consistent + withSlips + unexplained + notCheckable),
        (Integer) figures);
    checkArgument(
        restingOnSlips <= figures,
        "restingOnSlips must be at most figures %s but was %s",
        (Integer) figures,
        (Integer) restingOnSlips);
    for (Map.Entry<Slip, Integer> entry : slips.entrySet()) {
      checkArgument(
          entry.getValue() >= 1 && entry.getValue() <= withSlips,
          "slips of %s must be 1 to withSlips %s but were %s",
          entry.getKey(),
          (Integer) withSlips,
          entry.getValue());
    }
    checkArgument(
        reasons.values().stream().mapToInt(Integer::intValue).sum() == notCheckable
            && reasons.values().stream().allMatch(n -> n >= 1),
        "reasons must each count 1 or more and add up to notCheckable %s but were %s",
        (Integer) notCheckable,
        reasons);
  }

  /**
   * The tally of some findings.
   *
   * @param findings the findings
   * @return their summary
   */
  public static AuditSummary of(List<Finding> findings) {
    checkNotNull(findings, "findings");
    Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    Map<Slip, Integer> slips = new EnumMap<>(Slip.class);
    Map<NotCheckableReason, Integer> reasons = new EnumMap<>(NotCheckableReason.class);
    int resting = 0;
    for (Finding finding : findings) {
      verdicts.merge(finding.verdict(), 1, Integer::sum);
      finding.slips().forEach(s -> slips.merge(s, 1, Integer::sum));
      finding.reason().ifPresent(r -> reasons.merge(r, 1, Integer::sum));
      resting += finding.restsOn().isEmpty() ? 0 : 1;
    }
    return new AuditSummary(
        findings.size(),
        verdicts.getOrDefault(Verdict.CONSISTENT, 0),
        verdicts.getOrDefault(Verdict.SLIPS, 0),
        verdicts.getOrDefault(Verdict.UNEXPLAINED, 0),
        verdicts.getOrDefault(Verdict.NOT_CHECKABLE, 0),
        Maps.immutableEnumMap(slips),
        Maps.immutableEnumMap(reasons),
        resting);
  }

  /** The figures that could be checked: all but the not checkable. */
  public int checked() {
    return figures - notCheckable;
  }

  /**
   * The figures a kind of slip explains.
   *
   * @param slip the kind
   * @return how many, 0 when none
   */
  public int slips(Slip slip) {
    checkNotNull(slip, "slip");
    return slips.getOrDefault(slip, 0);
  }

  /**
   * The summary in a sentence: {@code 9 figures, 7 checked: 4 consistent, 3 with slips (1
   * truncated, 1 divided by the later value, 1 input digits swapped), none unexplained; 2 not
   * checkable (2 base not given); 1 rests on a figure that does not follow from its inputs}.
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder()
            .append(figures)
            .append(figures == 1 ? " figure, " : " figures, ")
            .append(checked())
            .append(" checked: ")
            .append(consistent)
            .append(" consistent, ")
            .append(withSlips)
            .append(" with slips");
    if (!slips.isEmpty()) {
      List<String> kinds = new ArrayList<>();
      slips.forEach((slip, n) -> kinds.add(n + " " + slip.shortName()));
      text.append(" (").append(String.join(", ", kinds)).append(")");
    }
    text.append(", ")
        .append(unexplained == 0 ? "none" : String.valueOf(unexplained))
        .append(" unexplained; ");
    text.append(notCheckable).append(" not checkable");
    if (!reasons.isEmpty()) {
      List<String> why = new ArrayList<>();
      reasons.forEach((reason, n) -> why.add(n + " " + reason.shortName()));
      text.append(" (").append(String.join(", ", why)).append(")");
    }
    if (restingOnSlips > 0) {
      text.append("; ")
          .append(restingOnSlips)
          .append(restingOnSlips == 1 ? " rests" : " rest")
          .append(" on a figure that does not follow from its inputs");
    }
    return text.toString();
  }
}
