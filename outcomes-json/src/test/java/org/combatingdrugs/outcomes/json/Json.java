package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.audit.ReportAudit;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.period.ReportingPeriod;

/** Test helpers: two mappers, reading and writing, and the comparison of datasets by lookups and of audits. */
final class Json {

  /** A plain mapper with only the module registered: strictness must not depend on settings. */
  static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new OutcomesModule());

  /** The facade's mapper. */
  static final ObjectMapper STRICT = OutcomesJson.mapper();

  private Json() {}

  /** Single quotes become double quotes, so that literal JSON reads easily in Java. */
  static String q(String text) {
    return text.replace('\'', '"');
  }

  static String write(Object value) {
    try {
      return PLAIN.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return PLAIN.readValue(q(json), type);
    } catch (IOException e) {
      throw new AssertionError("refused: " + e.getMessage(), e);
    }
  }

  /** The refusal of a document by the plain mapper, which must be the module's one exception type. */
  static OutcomesJsonException refusal(String json, Class<?> type) {
    Throwable thrown = catchThrowable(() -> PLAIN.readValue(q(json), type));
    assertThat(thrown).isInstanceOf(OutcomesJsonException.class);
    OutcomesJsonException e = OutcomesJsonException.class.cast(thrown);
    Throwable strict = catchThrowable(() -> STRICT.readValue(q(json), type));
    assertThat(strict).isInstanceOf(JsonProcessingException.class);
    return e;
  }

  /** Asserts that a value writes as the JSON given and that the JSON reads back as the value. */
  static <T> void assertRoundTrip(T value, String json, Class<T> type) {
    assertThat(write(value)).isEqualTo(q(json));
    assertThat(read(json, type)).isEqualTo(value);
  }

  static String resource(String name) {
    try (InputStream in = Objects.requireNonNull(Json.class.getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that two audits are alike: an audit has no equals of its own, it is its report, findings and summary. */
  static void assertSameAudit(ReportAudit actual, ReportAudit expected) {
    assertThat(actual.report()).isEqualTo(expected.report());
    assertThat(actual.findings()).isEqualTo(expected.findings());
    assertThat(actual.summary()).isEqualTo(expected.summary());
  }

  /** Asserts that two datasets answer every lookup alike. */
  static void assertSameLookups(Dataset actual, Dataset expected) {
    assertThat(actual.name()).isEqualTo(expected.name());
    assertThat(actual.size()).isEqualTo(expected.size());
    assertThat(actual.presentation()).isEqualTo(expected.presentation());
    assertThat(actual.metrics()).isEqualTo(expected.metrics());
    assertThat(actual.areas().areas()).isEqualTo(expected.areas().areas());
    for (Area area : expected.areas().areas()) {
      assertThat(actual.areas().membersOf(area)).as("members of %s", area).isEqualTo(expected.areas().membersOf(area));
      assertThat(actual.areas().leavesOf(area)).isEqualTo(expected.areas().leavesOf(area));
      assertThat(actual.areas().parentsOf(area)).containsExactlyInAnyOrderElementsOf(expected.areas().parentsOf(area));
    }
    assertThat(actual.seriesKeys()).isEqualTo(expected.seriesKeys());
    for (Metric metric : expected.metrics()) {
      assertThat(actual.scheme(metric)).as("scheme of %s", metric).isEqualTo(expected.scheme(metric));
      for (Area area : expected.areas().areas()) {
        assertThat(actual.series(metric, area)).isEqualTo(expected.series(metric, area));
        assertThat(actual.baseline(metric, area)).isEqualTo(expected.baseline(metric, area));
        assertThat(actual.target(metric, area)).isEqualTo(expected.target(metric, area));
        for (ReportingPeriod period : expected.series(metric, area).keySet()) {
          assertThat(actual.benchmark(metric, period)).isEqualTo(expected.benchmark(metric, period));
        }
      }
    }
  }
}
