package org.combatingdrugs.outcomes.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.combatingdrugs.outcomes.assess.Assessment;
import org.combatingdrugs.outcomes.assess.Scorecard;
import org.combatingdrugs.outcomes.assess.ScorecardComparison;
import org.combatingdrugs.outcomes.assess.Sentence;
import org.combatingdrugs.outcomes.audit.ReportAudit;

/**
 * What a report document holds: assessments, scorecards, scorecard comparisons, audits of printed
 * reports and panel sentences, each written in the order given. A value to write, holding no logic
 * of its own; written as {@code {"formatVersion": 1, "assessments": [...], "scorecards": [...],
 * "scorecardComparisons": [...], "audits": [...], "sentences": [...]}}, every list present (perhaps
 * empty) and no timestamp. Start from {@link #empty()} or {@link #of(List, List)} and add the rest
 * with the {@code with} methods, each of which replaces one list.
 *
 * @param assessments the assessments, possibly none
 * @param scorecards the scorecards, possibly none
 * @param scorecardComparisons the scorecards compared between two periods, possibly none
 * @param audits the audits of printed reports, possibly none
 * @param sentences the sentences a panel paper prints, possibly none
 */
public record Report(
    ImmutableList<Assessment> assessments,
    ImmutableList<Scorecard> scorecards,
    ImmutableList<ScorecardComparison> scorecardComparisons,
    ImmutableList<ReportAudit> audits,
    ImmutableList<Sentence> sentences) {

  /** The format version of the report document. */
  public static final int FORMAT_VERSION = 1;

  private static final Report EMPTY =
      new Report(ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of());

  /** Copies every list. */
  public Report {
    assessments = ImmutableList.copyOf(checkNotNull(assessments, "assessments"));
    scorecards = ImmutableList.copyOf(checkNotNull(scorecards, "scorecards"));
    scorecardComparisons = ImmutableList.copyOf(checkNotNull(scorecardComparisons, "scorecardComparisons"));
    audits = ImmutableList.copyOf(checkNotNull(audits, "audits"));
    sentences = ImmutableList.copyOf(checkNotNull(sentences, "sentences"));
  }

  /**
   * A report that holds nothing yet.
   *
   * @return the report
   */
  public static Report empty() {
    return EMPTY;
  }

  /**
   * A report of assessments and scorecards.
   *
   * @param assessments the assessments
   * @param scorecards the scorecards
   * @return the report
   */
  public static Report of(List<Assessment> assessments, List<Scorecard> scorecards) {
    return empty().withAssessments(assessments).withScorecards(scorecards);
  }

  /**
   * This report with other assessments.
   *
   * @param list the assessments, in the order to write them
   * @return the report
   */
  public Report withAssessments(List<Assessment> list) {
    return new Report(ImmutableList.copyOf(list), scorecards, scorecardComparisons, audits, sentences);
  }

  /**
   * This report with other scorecards.
   *
   * @param list the scorecards, in the order to write them
   * @return the report
   */
  public Report withScorecards(List<Scorecard> list) {
    return new Report(assessments, ImmutableList.copyOf(list), scorecardComparisons, audits, sentences);
  }

  /**
   * This report with other scorecard comparisons.
   *
   * @param list the comparisons, in the order to write them
   * @return the report
   */
  public Report withScorecardComparisons(List<ScorecardComparison> list) {
    return new Report(assessments, scorecards, ImmutableList.copyOf(list), audits, sentences);
  }

  /**
   * This report with other audits.
   *
   * @param list the audits, in the order to write them
   * @return the report
   */
  public Report withAudits(List<ReportAudit> list) {
    return new Report(assessments, scorecards, scorecardComparisons, ImmutableList.copyOf(list), sentences);
  }

  /**
   * This report with other sentences.
   *
   * @param list the sentences, in the order to write them
   * @return the report
   */
  public Report withSentences(List<Sentence> list) {
    return new Report(assessments, scorecards, scorecardComparisons, audits, ImmutableList.copyOf(list));
  }
}
