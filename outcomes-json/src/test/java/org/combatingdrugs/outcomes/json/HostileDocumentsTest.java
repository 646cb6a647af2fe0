package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile documents are refused promptly (within a second), cleanly (the one exception type,
 * naming the JSON path) and without running out of memory on the 512 MB heap the build gives these
 * tests. The largest are streamed, never held whole.
 */
class HostileDocumentsTest {

  private static final Duration PROMPTLY = Duration.ofSeconds(1);

  private static final String HEAD =
      "{\"formatVersion\": 1, \"name\": \"hostile\", \"areas\": [\"E06000059\"], \"metrics\": [\"numbers-in-treatment\"], ";

  /** Warms the reader, so that a second means reading time, not class loading and compiling. */
  @BeforeAll
  static void warmUp() throws Exception {
    OutcomesJson.readDataset(Json.resource(DorsetFixture.FILE));
    String measurement = "{\"metric\": \"numbers-in-treatment\", \"area\": \"E06000059\", \"period\": \"2022/23\", \"value\": {\"count\": 1}}, ";
    for (int i = 0; i < 3; i++) {
      assertThat(catchThrowable(() -> OutcomesJson.readDataset(repeated(HEAD + "\"measurements\": [", measurement, 20_000, "{}]}"))))
          .isInstanceOf(OutcomesJsonException.class);
    }
  }

  private static OutcomesJsonException refusedPromptly(Supplier<InputStream> document) {
    Throwable thrown = assertTimeoutPreemptively(PROMPTLY, () -> catchThrowable(() -> OutcomesJson.readDataset(document.get())));
    assertThat(thrown).isInstanceOf(OutcomesJsonException.class);
    return OutcomesJsonException.class.cast(thrown);
  }

  /** A stream of a head, {@code count} copies of a part, and a tail, made as it is read. */
  private static InputStream repeated(String head, String part, long count, String tail) {
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    InputStream parts =
        new InputStream() {
          private long left = count;
          private int at;

          @Override
          public int read() {
            if (left == 0) {
              return -1;
            }
            int b = bytes[at++];
            if (at == bytes.length) {
              at = 0;
              left--;
            }
            return b & 0xff;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
              return length == 0 ? 0 : -1;
            }
            int n = 0;
            while (n < length && left > 0) {
              int chunk = Math.min(length - n, bytes.length - at);
              System.arraycopy(bytes, at, buffer, offset + n, chunk);
              n += chunk;
              at += chunk;
              if (at == bytes.length) {
                at = 0;
                left--;
              }
            }
            return n;
          }
        };
    return new SequenceInputStream(
        Collections.enumeration(
            List.of(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                parts,
                new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void test_nesting100000Deep_isRefusedWhereTheDocumentHasNoArray() {
    OutcomesJsonException e = refusedPromptly(() -> repeated(HEAD + "\"benchmarks\": ", "[", 100_000, ""));
    assertThat(e).hasMessage("$.benchmarks[0]: must be a benchmark (an object with metric, period, value) but was an array");
  }

  @Test
  void test_nesting100000Deep_isRefusedByTheMappersParserAtTheLimit() {
    Throwable thrown =
        assertTimeoutPreemptively(
            PROMPTLY, () -> catchThrowable(() -> OutcomesJson.mapper().readTree(repeated("", "[", 100_000, ""))));
    assertThat(thrown).hasMessageContaining("Document nesting depth").hasMessageContaining("exceeds the maximum allowed (" + OutcomesJson.MAX_NESTING);
  }

  @Test
  void test_nesting100000DeepInAValue_isRefusedAtTheLimit() {
    OutcomesJsonException e =
        refusedPromptly(() -> repeated(HEAD + "\"measurements\": [{\"metric\": \"numbers-in-treatment\", \"value\": ", "{\"a\": ", 100_000, ""));
    assertThat(e.jsonPath()).startsWith("$.measurements[0].value");
  }

  @Test
  void test_aNumberOfAMillionDigits_isRefusedNamingItsPathAndLength() {
    OutcomesJsonException e =
        refusedPromptly(
            () -> repeated(HEAD + "\"measurements\": [{\"metric\": \"numbers-in-treatment\", \"area\": \"E06000059\", \"period\": \"2022/23\", \"value\": {\"count\": ", "9", 1_000_000, "}}]}"));
    assertThat(e.jsonPath()).isEqualTo("$.measurements[0].value.count");
    assertThat(e.problem()).contains("Number value length").contains("exceeds the maximum allowed (" + OutcomesJson.MAX_NUMBER_LENGTH);
  }

  @Test
  void test_aStringOf100Megabytes_isRefusedAfterTheFirstMegabyte() {
    OutcomesJsonException e = refusedPromptly(() -> repeated("{\"formatVersion\": 1, \"name\": \"", "x", 100_000_000, "\"}"));
    assertThat(e.jsonPath()).isEqualTo("$.name");
    assertThat(e.problem()).contains("String value length").contains("exceeds the maximum allowed (" + OutcomesJson.MAX_STRING_LENGTH);
  }

  @Test
  void test_aDocumentOf100Megabytes_isRefusedBeforeItIsRead() {
    String huge = HEAD + "\"name2\": \"" + "x".repeat(100_000_000) + "\"}";
    Throwable thrown = assertTimeoutPreemptively(PROMPTLY, () -> catchThrowable(() -> OutcomesJson.readDataset(huge)));
    assertThat(thrown).isInstanceOf(OutcomesJsonException.class).hasMessageStartingWith("$: the document has " + huge.length() + " characters, more than the " + OutcomesJson.MAX_DOCUMENT_BYTES + " read");
  }

  @Test
  void test_aFileOverTheLimit_isRefusedUnreadAsADatasetOrAReport(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("huge.json");
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.setLength(OutcomesJson.MAX_DOCUMENT_BYTES + 1L);
    }
    String message = "$: the document has " + (OutcomesJson.MAX_DOCUMENT_BYTES + 1L) + " bytes, more than the "
        + OutcomesJson.MAX_DOCUMENT_BYTES + " read";
    Throwable dataset = assertTimeoutPreemptively(PROMPTLY, () -> catchThrowable(() -> OutcomesJson.readDataset(file)));
    assertThat(dataset).isInstanceOf(OutcomesJsonException.class).hasMessage(message);
    Throwable report = assertTimeoutPreemptively(PROMPTLY, () -> catchThrowable(() -> OutcomesJson.readReport(file)));
    assertThat(report).isInstanceOf(OutcomesJsonException.class).hasMessage(message);
  }

  @Test
  void test_aPeriodLabelOfAMegabyte_isRefusedNamingItsPath() {
    OutcomesJsonException e =
        refusedPromptly(
            () -> repeated(HEAD + "\"measurements\": [{\"metric\": \"numbers-in-treatment\", \"area\": \"E06000059\", \"period\": \"", "2023/24 ", 131_072, "\", \"value\": {\"count\": 1}}]}"));
    assertThat(e.jsonPath()).isEqualTo("$.measurements[0].period");
    assertThat(e.problem()).contains("String value length");
  }

  @Test
  void test_aLongPeriodLabelWithinTheStringLimit_isRefusedQuotingItShort() {
    OutcomesJsonException e =
        refusedPromptly(
            () -> repeated(HEAD + "\"measurements\": [{\"metric\": \"numbers-in-treatment\", \"area\": \"E06000059\", \"period\": \"", "2023/24 ", 100_000, "\", \"value\": {\"count\": 1}}]}"));
    assertThat(e.jsonPath()).isEqualTo("$.measurements[0].period");
    assertThat(e.getMessage()).hasSizeLessThan(400).contains("(800000 characters)");
  }

  @Test
  void test_aLargeArrayRepeatedLikeBillionLaughs_isRefusedAtTheTokenLimit() {
    String laughs = "[" + "\"lol\", ".repeat(9_999) + "\"lol\"]";
    String metric = "{\"id\": \"m\", \"name\": \"m\", \"role\": \"LOCAL\", \"unit\": \"count\", \"polarity\": \"NO_JUDGEMENT\", \"breakdowns\": " + laughs + "}, ";
    OutcomesJsonException e =
        refusedPromptly(() -> repeated("{\"formatVersion\": 1, \"name\": \"laughs\", \"areas\": [], \"metrics\": [", metric, 1_000_000, "]}"));
    assertThat(e.jsonPath()).startsWith("$.metrics[");
    assertThat(e.problem()).contains("Token count").contains("exceeds the maximum allowed (" + OutcomesJson.MAX_TOKENS);
  }

  @Test
  void test_aLargeArrayRepeatedWithinTheTokenLimit_isRefusedAtTheDocumentLimit() {
    String part = "\"" + "lol".repeat(1_000) + "\", ";
    OutcomesJsonException e =
        refusedPromptly(
            () -> repeated("{\"formatVersion\": 1, \"name\": \"laughs\", \"areas\": [], \"metrics\": [{\"id\": \"m\", \"name\": \"m\", \"role\": \"LOCAL\", \"unit\": \"count\", \"polarity\": \"NO_JUDGEMENT\", \"breakdowns\": [", part, 1_000_000, "\"\"]}]}"));
    assertThat(e.jsonPath()).startsWith("$.metrics[0].breakdowns[");
    assertThat(e.problem()).contains("Document length").contains("exceeds the maximum allowed (" + OutcomesJson.MAX_DOCUMENT_BYTES);
  }

  @Test
  void test_aLongPropertyName_isRefusedAtTheNameLimit() {
    OutcomesJsonException e = refusedPromptly(() -> repeated(HEAD + "\"", "n", 10_000_000, "\": 1}"));
    assertThat(e.problem()).contains("Name length").contains("exceeds the maximum allowed (" + OutcomesJson.MAX_NAME_LENGTH);
  }
}
