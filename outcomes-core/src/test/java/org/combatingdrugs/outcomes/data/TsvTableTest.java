package org.combatingdrugs.outcomes.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Test;

/** Small tables beside this test: rows read by their header, blank lines skipped, malformed files refused. */
class TsvTableTest {

  @Test
  void test_load_readsEachRowByItsHeaderStrippedAndSkipsBlankLines() {
    TsvTable table = TsvTable.load(TsvTableTest.class, "good.tsv");
    assertThat(table.rows())
        .containsExactly(
            ImmutableMap.of("id", "a", "name", "Alpha", "note", "x"),
            ImmutableMap.of("id", "b", "name", "Beta", "note", ""));
    ImmutableMap<String, String> second = table.rows().get(1);
    assertThat(table.field(second, "name")).isEqualTo("Beta");
    assertThat(table.field(second, "note")).isEmpty();
    assertThatThrownBy(() -> table.field(second, "population"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("good.tsv has no column population");
  }

  @Test
  void test_load_refusesMissingEmptyAndRaggedTables() {
    assertThatThrownBy(() -> TsvTable.load(TsvTableTest.class, "missing.tsv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing catalogue resource missing.tsv");
    assertThatThrownBy(() -> TsvTable.load(TsvTableTest.class, "empty.tsv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("catalogue resource empty.tsv is empty");
    assertThatThrownBy(() -> TsvTable.load(TsvTableTest.class, "short.tsv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("short.tsv line 3 must have 3 fields but had 2");
  }
}
