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
 * #MAX_DOCUMENT_BYTES} bytes, nested at most {@value #MAX_NESTING} deep, with numbers of at most
 * {@value #MAX_NUMBER_LENGTH} characters and strings of at most {@value #MAX_STRING_LENGTH}.
 * Every refusal, including malformed JSON and a limit reached, is an {@link
 * OutcomesJsonException} naming the JSON path. Writing is deterministic: the same value gives the
 * same bytes (two-space indentation, {@code \n} line ends, a final line end), with no timestamps.
 * Thread-safe.
 */
public final class OutcomesJson {

  /** The largest document read, in bytes. */
  public static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

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
    checkNotNull(file, "file");
    long size = Files.size(file);
    if (size > MAX_DOCUMENT_BYTES) {
      throw new OutcomesJsonException(
          "$", "the document has " + size + " bytes, more than the " + MAX_DOCUMENT_BYTES + " read", null, null);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(MAPPER.createParser(in), Dataset.class);
    }
  }

  /**
   * Reads a dataset document from text.
   *
   * @param json the document
   * @return the dataset, validated by the core
   * @throws OutcomesJsonException when the document is refused, naming the JSON path
   */
  public static Dataset readDataset(String json) throws OutcomesJsonException {
    checkNotNull(json, "json");
    try {
      return read(MAPPER.createParser(json), Dataset.class);
    } catch (OutcomesJsonException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException("reading a string does no I/O", e);
    }
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
   * Writes a report document.
   *
   * @param report the assessments and scorecards
   * @return the document, ending with a line end
   */
  public static String writeReport(Report report) {
    checkNotNull(report, "report");
    return write(report);
  }

  /**
   * Writes a report document to a file, replacing it.
   *
   * @param report the assessments and scorecards
   * @param file where to write, in UTF-8
   * @throws IOException when the file cannot be written
   */
  public static void writeReport(Report report, Path file) throws IOException {
    checkNotNull(file, "file");
    Files.writeString(file, writeReport(report), StandardCharsets.UTF_8);
  }

  /**
   * The JSON Schema (draft 2020-12) of the dataset document. A document the schema refuses, the
   * reader refuses too; the reader checks more than a schema can say (period labels, references
   * between parts, numerators within denominators, integers written as {@code 38.0}).
   *
   * @return the schema's text
   */
  public static String datasetSchema() {
    try (InputStream in = OutcomesJson.class.getResourceAsStream(DATASET_SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("the jar holds " + DATASET_SCHEMA);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("the jar holds " + DATASET_SCHEMA, e);
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
