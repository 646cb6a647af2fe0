package org.combatingdrugs.outcomes.examples;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with left-aligned first column and right-aligned others. */
final class TextTable {

  private final ImmutableList<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... header) {
    this.header = ImmutableList.copyOf(header);
  }

  TextTable row(String... cells) {
    checkArgument(
        cells.length == header.size(),
        "row must have %s cells but had %s",
        header.size(),
        cells.length);
    rows.add(ImmutableList.copyOf(cells));
    return this;
  }

  void print(PrintStream out) {
    int[] widths = new int[header.size()];
    for (List<String> row : allRows()) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : allRows()) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        line.append(i == 0 ? Strings.padEnd(cell, widths[i], ' ') : Strings.padStart(cell, widths[i], ' '));
        line.append(i + 1 < row.size() ? "  " : "");
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private List<List<String>> allRows() {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    return all;
  }
}
