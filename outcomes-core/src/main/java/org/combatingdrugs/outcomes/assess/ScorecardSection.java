package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import org.combatingdrugs.outcomes.framework.Outcome;

/**
 * The lines of a scorecard under one of the framework's outcomes, or the partnership's local
 * metrics that serve none.
 *
 * @param outcome the outcome, empty for the local metrics
 * @param lines the metrics under it, in the dataset's order; at least one
 */
public record ScorecardSection(Optional<Outcome> outcome, ImmutableList<ScorecardLine> lines) {

  /** Checks that the section has a line. */
  public ScorecardSection {
    checkNotNull(outcome, "outcome");
    checkNotNull(lines, "lines");
    checkArgument(!lines.isEmpty(), "a section must hold a line, for %s", outcome);
  }

  /** The heading: the outcome's title and kind ({@code Reduce drug use (strategic)}), or {@code Local metrics}. */
  public String title() {
    return outcome.map(o -> o.title() + " (" + o.kind().name().toLowerCase(Locale.ROOT) + ")").orElse("Local metrics");
  }

  /** The title and the number of lines. */
  @Override
  public String toString() {
    return title() + ": " + lines.size() + (lines.size() == 1 ? " metric" : " metrics");
  }
}
