package org.combatingdrugs.outcomes.audit;

import java.util.List;

/** Joining the parts of an audit finding into a sentence. */
final class Sentences {

  private Sentences() {}

  /** {@code a}, {@code a or b}, {@code a, b or c}. */
  static String or(List<?> parts) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        text.append(i == parts.size() - 1 ? " or " : ", ");
      }
      text.append(parts.get(i));
    }
    return text.toString();
  }

  /**
   * The descriptions of the slips that explain a finding, each a phrase that may hold a comma, so
   * joined by {@code ; or }: {@code truncated, not rounded; or the sign reversed}.
   */
  static String slips(List<String> descriptions, boolean consistent) {
    if (consistent) {
      return "consistent";
    }
    if (descriptions.isEmpty()) {
      return "no known slip explains it";
    }
    return String.join("; or ", descriptions);
  }
}
