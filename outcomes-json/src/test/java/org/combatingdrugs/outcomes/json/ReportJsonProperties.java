package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.combatingdrugs.outcomes.assess.Dataset;

/**
 * Over random datasets: the report of everything the library makes from them validates against
 * the report schema and is written the same twice (every part of it reads back equal: {@link
 * EveryTypeJsonProperties}); and a dataset or report document spoiled anywhere is refused with the
 * one exception type, never half read.
 */
class ReportJsonProperties {

  @Property(tries = 60)
  void aWrittenReportAlwaysValidatesAndIsWrittenTheSameTwice(@ForAll("datasets") Dataset dataset) throws Exception {
    String written = OutcomesJson.writeReport(Reports.everything(dataset));
    assertThat(Schemas.reportErrors(written)).as(written).isEmpty();
    assertThat(OutcomesJson.writeReport(Reports.everything(dataset))).isEqualTo(written);
    assertThat(written).doesNotContain("null").doesNotContain("NaN").doesNotContain("Infinity");
  }

  @Property(tries = 300)
  void aSpoiledDocumentIsRefusedWholeOrReadWhole(
      @ForAll("datasets") Dataset dataset,
      @ForAll @IntRange(min = 0, max = 1_000_000) int where,
      @ForAll("spoilers") String spoiler,
      @ForAll boolean truncate) throws Exception {
    String spoiled = spoil(OutcomesJson.writeDataset(dataset), where, spoiler, truncate);
    Throwable thrown = catchThrowable(() -> OutcomesJson.readDataset(spoiled));
    if (thrown == null) {
      Dataset read = OutcomesJson.readDataset(spoiled);
      assertThat(OutcomesJson.readDataset(OutcomesJson.writeDataset(read)).size()).isEqualTo(read.size());
    } else {
      assertRefusedCleanly(thrown);
    }
  }

  @Property(tries = 100)
  void aSpoiledReportIsRefusedWholeOrReadWhole(
      @ForAll("datasets") Dataset dataset,
      @ForAll @IntRange(min = 0, max = 1_000_000) int where,
      @ForAll("spoilers") String spoiler,
      @ForAll boolean truncate) throws Exception {
    String spoiled = spoil(OutcomesJson.writeReport(Reports.everything(dataset)), where, spoiler, truncate);
    Throwable thrown = catchThrowable(() -> OutcomesJson.readReport(spoiled));
    if (thrown == null) {
      Report read = OutcomesJson.readReport(spoiled);
      String again = OutcomesJson.writeReport(read);
      assertThat(OutcomesJson.readReport(again)).isEqualTo(read);
      assertThat(Schemas.reportErrors(again)).isEmpty();
    } else {
      assertRefusedCleanly(thrown);
    }
  }

  /** A document cut short at a place, or with the character there replaced by a spoiler. */
  private static String spoil(String written, int where, String spoiler, boolean truncate) {
    int at = where % written.length();
    return truncate ? written.substring(0, at) : written.substring(0, at) + spoiler + written.substring(at + 1);
  }

  private static void assertRefusedCleanly(Throwable thrown) {
    assertThat(thrown).isInstanceOf(OutcomesJsonException.class);
    assertThat(OutcomesJsonException.class.cast(thrown).jsonPath()).startsWith("$");
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return Arbitraries.randomValue(random -> new RandomDatasets(random).dataset());
  }

  @Provide
  Arbitrary<String> spoilers() {
    return Arbitraries.of("", "\"", "{", "}", "[", "]", ",", ":", "-", "0", "9", "x", "null", "1e999", "\\u0000", " ", "\"\"");
  }
}
