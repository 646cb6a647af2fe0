package org.combatingdrugs.outcomes.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.combatingdrugs.outcomes.assess.Assessment;
import org.combatingdrugs.outcomes.assess.Scorecard;

/**
 * What a report document holds: assessments and scorecards, written in the order given. A value to
 * write, holding no logic of its own; written as {@code {"formatVersion": 1, "assessments": [...],
 * "scorecards": [...]}}, with no timestamp.
 *
 * @param assessments the assessments, possibly none
 * @param scorecards the scorecards, possibly none
 */
public record Report(ImmutableList<Assessment> assessments, ImmutableList<Scorecard> scorecards) {

  /** The format version of the report document. */
  public static final int FORMAT_VERSION = 1;

  /** Copies both lists. */
  public Report {
    assessments = ImmutableList.copyOf(checkNotNull(assessments, "assessments"));
    scorecards = ImmutableList.copyOf(checkNotNull(scorecards, "scorecards"));
  }

  /**
   * A report.
   *
   * @param assessments the assessments
   * @param scorecards the scorecards
   * @return the report
   */
  public static Report of(List<Assessment> assessments, List<Scorecard> scorecards) {
    return new Report(ImmutableList.copyOf(assessments), ImmutableList.copyOf(scorecards));
  }
}
