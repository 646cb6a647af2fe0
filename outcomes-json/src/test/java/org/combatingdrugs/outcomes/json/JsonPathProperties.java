package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The JSON path of every place in a document, however its levels are revisited, is the path built afresh. */
class JsonPathProperties {

  @Property(tries = 300)
  void everyPlaceHasThePathBuiltAfresh(@ForAll("documents") String json) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(json)) {
      while (p.nextToken() != null) {
        assertThat(OutcomesJsonException.pathOf(p.getParsingContext()))
            .isEqualTo(afresh(p.getParsingContext()));
        assertThat(OutcomesJsonException.pathOf(p.getParsingContext().getParent()))
            .isEqualTo(afresh(p.getParsingContext().getParent()));
      }
    }
  }

  @Provide
  Arbitrary<String> documents() {
    return value(4);
  }

  private static Arbitrary<String> value(int depth) {
    Arbitrary<String> scalar = Arbitraries.of("1", "\"x\"", "true", "null", "2.5");
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<String> names = Arbitraries.of("a", "b", "points", "a b", "it's", "_x1", "9", "");
    Arbitrary<String> array =
        value(depth - 1).list().ofMaxSize(12).map(items -> "[" + String.join(",", items) + "]");
    Arbitrary<String> object =
        names
            .list()
            .uniqueElements()
            .ofMaxSize(5)
            .flatMap(
                keys ->
                    value(depth - 1)
                        .list()
                        .ofSize(keys.size())
                        .map(values -> object(keys, values)));
    return Arbitraries.oneOf(scalar, array, object);
  }

  private static String object(List<String> keys, List<String> values) {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < keys.size(); i++) {
      out.append(i == 0 ? "" : ",").append('"').append(keys.get(i)).append("\":").append(values.get(i));
    }
    return out.append('}').toString();
  }

  /** The path as built before remembering: every level's step, joined. */
  private static String afresh(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      String name = c.getCurrentName();
      if (c.inArray() && c.getCurrentIndex() >= 0) {
        parts.push("[" + c.getCurrentIndex() + "]");
      } else if (c.inObject() && name != null) {
        parts.push(OutcomesJsonException.member(name));
      }
    }
    return "$" + String.join("", parts);
  }

  @Property(tries = 50)
  void deepDocumentsHaveTheirPathsToo(@ForAll("depths") int depth) throws IOException {
    String json = "[".repeat(depth) + "{\"a\":1}" + "]".repeat(depth);
    try (JsonParser p = new JsonFactory().createParser(json)) {
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        assertThat(OutcomesJsonException.pathOf(p.getParsingContext()))
            .as("at %s", token)
            .isEqualTo(afresh(p.getParsingContext()));
      }
    }
  }

  @Provide
  Arbitrary<Integer> depths() {
    return Arbitraries.integers().between(0, 200);
  }
}
