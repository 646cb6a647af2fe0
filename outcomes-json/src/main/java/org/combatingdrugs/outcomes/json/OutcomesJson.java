package org.combatingdrugs.outcomes.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.combatingdrugs.outcomes.assess.Dataset;

/**
 * The common cases in one call: read a dataset document from a file or a string, write one back,
 * write a report document.
 * Reading is strict (see {@link OutcomesModule}) and bounded: a document of at most {@value
 * #MAX_DOCUMENT_BYTES} bytes and {@value #MAX_TOKENS} tokens, nested at most {@value #MAX_NESTING}
 * deep, with numbers of at most {@value #MAX_NUMBER_LENGTH} characters, strings of at most {@value
 * #MAX_STRING_LENGTH} and property names of at most {@value #MAX_NAME_LENGTH}. A limit is checked
 * as the document is read, so a hostile document is refused as soon as it passes one, without
 * being read whole. Every refusal, including malformed JSON and a limit reached, is an {@link
 * OutcomesJsonException} naming the JSON path; nothing is returned from a refused read. Writing is deterministic: the same value gives the
 * same bytes (two-space indentation, {@code \n} line ends, a final line end), with no timestamps.
 * Thread-safe.
 */
public final class OutcomesJson {

  /**
   * The largest document read: in bytes from a file or a stream, in characters from text (a
   * character is at least one byte of UTF-8).
   */
  public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

  /**
   * The most tokens read in one document (each value, property name and bracket is one; a
   * measurement takes 13 to 17): about 60,000 measurements in a dataset, every upper-tier
   * authority's figures for the framework's metrics over a year or two. The limits are set so that
   * a hostile document is refused within a second; a larger document, such as a national dataset
   * of 200,000 measurements, is read with a mapper of its own limits ({@link #mapper()} built with
   * other {@code StreamReadConstraints}, or any mapper with {@link OutcomesModule}), which reads it
   * with the same strictness.
   */
  public static final long MAX_TOKENS = 1_000_000L;

  /** The longest property name read, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_NESTING = 64;

  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 2_100;

  /** The longest string read, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /**
   * The JSON Schema (draft 2020-12) of the dataset document, a resource of this module: {@value}.
   */
  public static final String DATASET_SCHEMA = "/org/combatingdrugs/outcomes/json/dataset.schema.json";

  /**
   * The JSON Schema (draft 2020-12) of the report document, a resource of this module: {@value}.
   */
  public static final String REPORT_SCHEMA = "/org/combatingdrugs/outcomes/json/report.schema.json";

  private static final ObjectMapper MAPPER = mapper();

  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                      .withObjectEmptySeparator("")
                      .withArrayEmptySeparator(""))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private OutcomesJson() {}

  /**
   * A new mapper with the outcomes module, the limits above, repeated names refused by the parser,
   * trailing content after the document refused, and JSON decimals read as {@code BigDecimal}.
   * Configure it further as needed.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .maxTokenCount(MAX_TOKENS)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new OutcomesModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();
  }

  /**
   * Reads a dataset document from a file.
   *
   * @param file a UTF-8 JSON file
   * @return the dataset, validated by the core
   * @throws OutcomesJsonException when the document is refused, naming the JSON path
   * @throws IOException when the file cannot be read
   */
  public static Dataset readDataset(Path file) throws IOException {
    return read(file, Dataset.class);
  }

  /**
   * Reads a dataset document from a stream, which is read no further than the limits allow and is
   * not closed.
   *
   * @param in UTF-8 JSON
   * @return the dataset, validated by the core
   * @throws OutcomesJsonException when the document is refused, naming the JSON path
   * @throws IOException when the stream cannot be read
   */
  public static Dataset readDataset(InputStream in) throws IOException {
    checkNotNull(in, "in");
    return read(MAPPER.createParser(in), Dataset.class);
  }

  /**
   * Reads a dataset document from text.
   *
   * @param json the document
   * @return the dataset, validated by the core
   * @throws OutcomesJsonException when the document is refused, naming the JSON path
   */
  public static Dataset readDataset(String json) throws OutcomesJsonException {
    return read(json, Dataset.class);
  }

  /**
   * Reads any value the module reads from text: a dataset, or a result a tool exchanges such as
   * an {@link org.combatingdrugs.outcomes.stats.Interval} or a {@link
   * org.combatingdrugs.outcomes.assess.Sentence}, with the same strictness and limits.
   *
   * @param json the document
   * @param type what it holds
   * @param <T> what it holds
   * @return the value
   * @throws OutcomesJsonException when the document is refused, naming the JSON path
   */
  public static <T> T read(String json, Class<T> type) throws OutcomesJsonException {
    checkNotNull(json, "json");
    checkNotNull(type, "type");
    if (json.length() > MAX_DOCUMENT_BYTES) {
      throw tooLarge(json.length() + " characters");
    }
    try {
      return read(MAPPER.createParser(json), type);
    } catch (OutcomesJsonException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException("reading a string does no I/O", e);
    }
  }

  /** Reads a document of a type from a file, refused unread when it is larger than the limit. */
  private static <T> T read(Path file, Class<T> type) throws IOException {
    checkNotNull(file, "file");
    long size = Files.size(file);
    if (size > MAX_DOCUMENT_BYTES) {
      throw tooLarge(size + " bytes");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(MAPPER.createParser(in), type);
    }
  }

  private static OutcomesJsonException tooLarge(String size) {
    return new OutcomesJsonException(
        "$", "the document has " + size + ", more than the " + MAX_DOCUMENT_BYTES + " read", null, null);
  }

  /**
   * Writes a dataset document.
   *
   * @param dataset the dataset
   * @return the document, ending with a line end
   */
  public static String writeDataset(Dataset dataset) {
    checkNotNull(dataset, "dataset");
    return write(dataset);
  }

  /**
   * Writes a dataset document to a file, replacing it.
   *
   * @param dataset the dataset
   * @param file where to write, in UTF-8
   * @throws IOException when the file cannot be written
   */
  public static void writeDataset(Dataset dataset, Path file) throws IOException {
    checkNotNull(file, "file");
    Files.writeString(file, writeDataset(dataset), StandardCharsets.UTF_8);
  }

  /**
   * Reads a report document from a file.
   *
   * @param file a UTF-8 JSON file
   * @return the report, every part validated by the core
   * @throws OutcomesJsonException when the document is refused, naming the JSON path
   * @throws IOException when the file cannot be read
   */
  public static Report readReport(Path file) throws IOException {
    return read(file, Report.class);
  }

  /**
   * Reads a report document from text: what {@link #writeReport} writes reads back equal
   * (its audits made again from their printed reports and checked against what was written).
   *
   * @param json the document
   * @return the report, every part validated by the core
   * @throws OutcomesJsonException when the document is refused, naming the JSON path
   */
  public static Report readReport(String json) throws OutcomesJsonException {
    return read(json, Report.class);
  }

  /**
   * Writes a report document.
   *
   * @param report what the report holds
   * @return the document, ending with a line end
   */
  public static String writeReport(Report report) {
    checkNotNull(report, "report");
    return write(report);
  }

  /**
   * Writes a report document to a file, replacing it.
   *
   * @param report what the report holds
   * @param file where to write, in UTF-8
   * @throws IOException when the file cannot be written
   */
  public static void writeReport(Report report, Path file) throws IOException {
    checkNotNull(file, "file");
    Files.writeString(file, writeReport(report), StandardCharsets.UTF_8);
  }

  /**
   * The JSON Schema (draft 2020-12) of the report document: what {@link #writeReport} writes, and
   * a report document a tool may expect.
   *
   * @return the schema's text
   */
  public static String reportSchema() {
    return resource(REPORT_SCHEMA);
  }

  /**
   * The JSON Schema (draft 2020-12) of the dataset document. A document the schema refuses, the
   * reader refuses too; the reader checks more than a schema can say (period labels, references
   * between parts, numerators within denominators, integers written as {@code 38.0}).
   *
   * @return the schema's text
   */
  public static String datasetSchema() {
    return resource(DATASET_SCHEMA);
  }

  private static String resource(String name) {
    try (InputStream in = OutcomesJson.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar holds " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("the jar holds " + name, e);
    }
  }

  /** Writes any value the module covers, deterministically, with a final line end. */
  static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the module writes every value it covers: " + e.getMessage(), e);
    }
  }

  /** Reads a whole document with a parser of the mapper, turning every refusal into one type. */
  private static <T> T read(JsonParser parser, Class<T> type) throws IOException {
    try (JsonParser p = parser) {
      try {
        return MAPPER.readValue(p, type);
      } catch (OutcomesJsonException e) {
        throw e;
      } catch (JsonProcessingException e) {
        throw OutcomesJsonException.at(p, e.getOriginalMessage(), e);
      }
    }
  }
}
