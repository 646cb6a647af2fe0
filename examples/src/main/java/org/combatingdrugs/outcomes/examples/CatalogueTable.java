package org.combatingdrugs.outcomes.examples;

import java.io.PrintStream;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.framework.MetricCatalogue;
import org.combatingdrugs.outcomes.framework.Outcome;

/**
 * Prints the national metric catalogue as a Markdown table, the one the README shows. Run it with
 * {@code mvn -q -pl examples exec:java -Dexec.mainClass=org.combatingdrugs.outcomes.examples.CatalogueTable}.
 */
public final class CatalogueTable {

  private CatalogueTable() {}

  /**
   * Prints the table on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out);
  }

  /**
   * Prints the table.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    out.println("| Outcome | Role | Id | Name | Unit | Polarity | Publisher | Frequency | Lowest geography | Confidence |");
    out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (Metric metric : MetricCatalogue.national().all()) {
      out.println(
          "| "
              + metric.outcome().map(Outcome::title).orElse("")
              + " | "
              + lower(metric.role().name())
              + " | `"
              + metric.id()
              + "` | "
              + metric.name()
              + " | "
              + metric.unit()
              + " | "
              + lower(metric.polarity().name())
              + " | "
              + metric.publisher()
              + " | "
              + lower(metric.frequency().name())
              + " | "
              + metric.lowestGeography().map(g -> lower(g.name())).orElse("other")
              + " | "
              + lower(metric.provenance().confidence().name())
              + " |");
    }
  }

  private static String lower(String constant) {
    return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
