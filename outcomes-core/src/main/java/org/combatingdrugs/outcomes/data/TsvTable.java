package org.combatingdrugs.outcomes.data;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A tab-separated table shipped with the library as a resource: a header row, then one row per
 * entry. Fields never hold tabs or line breaks, so no quoting is needed. Used to load the built-in
 * catalogues; a malformed table is a defect of the library and fails with {@link
 * IllegalStateException}.
 */
public final class TsvTable {

  private static final Splitter TABS = Splitter.on('\t');

  private final String name;
  private final ImmutableList<ImmutableMap<String, String>> rows;

  private TsvTable(String name, ImmutableList<ImmutableMap<String, String>> rows) {
    this.name = name;
    this.rows = rows;
  }

  /**
   * Loads a table.
   *
   * @param owner the class whose package holds the resource
   * @param resource the resource's name relative to that package
   * @return the table
   * @throws IllegalStateException when the resource is missing or malformed
   */
  public static TsvTable load(Class<?> owner, String resource) {
    checkNotNull(owner, "owner");
    checkNotNull(resource, "resource");
    // Looked up by this module's own code: on the module path a package's resources are
    // encapsulated, so a lookup made on our behalf by another module would not see them.
    URL url = owner.getResource(resource);
    checkState(url != null, "missing catalogue resource %s", resource);
    List<String> lines;
    try {
      lines = Resources.readLines(url, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the catalogue resource " + resource, e);
    }
    checkState(!lines.isEmpty(), "catalogue resource %s is empty", resource);
    List<String> header = TABS.splitToList(lines.get(0));
    ImmutableList.Builder<ImmutableMap<String, String>> rows = ImmutableList.builder();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      List<String> fields = TABS.splitToList(lines.get(i));
      checkState(
          fields.size() == header.size(),
          "%s line %s must have %s fields but had %s",
          resource,
          i + 1,
          header.size(),
          fields.size());
      ImmutableMap.Builder<String, String> row = ImmutableMap.builder();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c), fields.get(c).strip());
      }
      rows.add(row.buildOrThrow());
    }
    return new TsvTable(resource, rows.build());
  }

  /** The rows, each a map from column name to its stripped text. */
  public ImmutableList<ImmutableMap<String, String>> rows() {
    return rows;
  }

  /**
   * A field of a row.
   *
   * @param row a row of this table
   * @param column the column's name
   * @return the text, possibly empty
   * @throws IllegalStateException when the table has no such column
   */
  public String field(ImmutableMap<String, String> row, String column) {
    String value = row.get(column);
    checkState(value != null, "%s has no column %s", name, column);
    return value;
  }
}
