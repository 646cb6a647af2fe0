package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.Optional;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaType;
import org.combatingdrugs.outcomes.area.Areas;

/**
 * Reads an area: a string is the code of an area shipped with the library ({@code "E06000059"},
 * see {@link Areas}); an object is an area in full, {@code {"code": ..., "name": ..., "type":
 * "LOCAL_AUTHORITY"}}.
 */
public final class AreaDeserializer extends StrictDeserializer<Area> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final AreaDeserializer INSTANCE = new AreaDeserializer();

  private AreaDeserializer() {
    super(Area.class, "an area");
  }

  @Override
  protected Area read(JsonParser p) throws IOException {
    return area(p);
  }

  /** Reads an area, by shipped code or in full, at the parser's current value. */
  static Area area(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return shipped(p);
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Read.expected(p, "an area: the code of a shipped area (a string), or an area in full (an object)");
    }
    return full(p, false).area();
  }

  /** Reads the code of a shipped area at the parser's current value. */
  static Area shipped(JsonParser p) throws IOException {
    String code = Read.text(p, "the code of a shipped area");
    Optional<Area> found = Areas.hierarchy().byCode(code);
    if (found.isEmpty()) {
      throw Read.fail(
          p, "'" + Read.quoted(code) + "' is not the code of an area shipped with the library (write the area in full, as an object)");
    }
    return found.get();
  }

  /** An area in full, with the codes of its members when {@code members} may be given. */
  record Entry(Area area, Optional<MembersAt> members) {}

  /** The member codes of a composite, read at a path. */
  record MembersAt(String path, ImmutableList<String> codes) {}

  /** Reads an area in full; {@code withMembers} allows its {@code members} property. */
  static Entry full(JsonParser p, boolean withMembers) throws IOException {
    Fields fields =
        withMembers
            ? Fields.of(p, "an area", "code", "name", "type", "members")
            : Fields.of(p, "an area", "code", "name", "type");
    @Nullable String code = null;
    @Nullable String name = null;
    @Nullable AreaType type = null;
    @Nullable MembersAt members = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "code" -> code = Read.text(p, "an area code (a string)");
        case "name" -> name = Read.text(p, "an area name (a string)");
        case "type" -> type = Read.word(p, AreaType.class);
        case "members" -> {
          if (!withMembers) {
            throw fields.unknown();
          }
          String path = Read.pathOf(p);
          members = new MembersAt(path, Read.list(p, q -> Read.text(q, "the code of an area of the document")));
        }
        default -> throw fields.unknown();
      }
    }
    try {
      Area area = Area.of(fields.required("code", code), fields.required("name", name), fields.required("type", type));
      return new Entry(area, Optional.ofNullable(members));
    } catch (IllegalArgumentException e) {
      throw fields.invalid(e);
    }
  }
}
