package org.combatingdrugs.outcomes.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import javax.annotation.Nullable;

/**
 * A JSON document, or one value in it, that the outcomes module refuses: the one exception type of
 * strict reading. The message starts with the JSON path of the offending value ({@code
 * $.measurements[3].period}) and then says what is wrong, quoting the value:
 *
 * <pre>{@code $.measurements[3].period: '2023/25' is not a reporting period: ...}</pre>
 *
 * <p>The core's own validation messages (a numerator above its denominator, a target due before
 * its baseline) are carried as they are, after the path; the core's exception is the cause.
 * Nothing is returned from a read that throws this: there are no partly read values.
 */
public final class OutcomesJsonException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  private final String jsonPath;
  private final String problem;

  /**
   * An error at a place in a document.
   *
   * @param jsonPath where, such as {@code $.measurements[3].period}; {@code $} for the document
   * @param problem what is wrong, quoting the offending value
   * @param location the position in the source text, when known
   * @param cause the core's exception, or Jackson's, when there is one
   */
  public OutcomesJsonException(
      String jsonPath, String problem, @Nullable JsonLocation location, @Nullable Throwable cause) {
    super(null, problem, cause);
    _location = location;
    this.jsonPath = checkNotNull(jsonPath, "jsonPath");
    this.problem = checkNotNull(problem, "problem");
  }

  /**
   * An error at the parser's current value, with the path and location the parser gives.
   *
   * @param p the parser, at or just after the offending value
   * @param problem what is wrong
   * @param cause the underlying exception, when there is one
   * @return the exception
   */
  public static OutcomesJsonException at(JsonParser p, String problem, @Nullable Throwable cause) {
    return new OutcomesJsonException(pathOf(p), problem, p.currentTokenLocation(), cause);
  }

  /**
   * The JSON path of a parser's current value: at the start of an array or object, the path of
   * that array or object.
   *
   * @param p the parser
   * @return the path
   */
  public static String pathOf(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    JsonToken token = p.currentToken();
    boolean opening = token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT;
    return pathOf(opening && context.getParent() != null ? context.getParent() : context);
  }

  /**
   * The JSON path of a parser's place: {@code $}, {@code $.measurements[3].period}; a name that is
   * not an identifier is quoted, {@code $.schemes['a b']}.
   *
   * @param context the parser's context
   * @return the path
   */
  public static String pathOf(JsonStreamContext context) {
    return RecentPaths.of(context);
  }

  /**
   * A step of a JSON path to a property: {@code .name}, or {@code ['a name']} when it is not an
   * identifier.
   *
   * @param name the property's name
   * @return the step
   */
  public static String member(String name) {
    return isIdentifier(name)
        ? "." + name
        : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** Whether a name is a letter or underscore followed by letters, digits and underscores (ASCII). */
  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !(isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(isLetter(c) || c == '_' || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** Where the offending value is, as a JSON path such as {@code $.measurements[3].period}. */
  public String jsonPath() {
    return jsonPath;
  }

  /** What is wrong, without the path. */
  public String problem() {
    return problem;
  }

  /** The path, a colon and the problem: {@code $.areas[1].type: ...}. */
  @Override
  public String getMessage() {
    return jsonPath + ": " + problem;
  }
}
