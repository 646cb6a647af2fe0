package org.combatingdrugs.outcomes.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.combatingdrugs.outcomes.area.Area;
import org.combatingdrugs.outcomes.area.AreaHierarchy;

/**
 * Reads areas and their composition: an array whose elements are shipped area codes (strings) or
 * areas in full (objects), a composite giving the codes of its members in {@code members}. Every
 * area is added in the order listed, then each composite is composed, in the order listed, from
 * members found anywhere in the array:
 *
 * <pre>{@code
 * [{"code": "pan-dorset-cdp", "name": "Pan-Dorset CDP", "type": "COMBATING_DRUGS_PARTNERSHIP",
 *   "members": ["E06000058", "E06000059"]},
 *  "E06000058", "E06000059"]
 * }</pre>
 */
public final class AreaHierarchyDeserializer extends StrictDeserializer<AreaHierarchy> {

  private static final long serialVersionUID = 1L;

  /** The only instance. */
  public static final AreaHierarchyDeserializer INSTANCE = new AreaHierarchyDeserializer();

  private AreaHierarchyDeserializer() {
    super(AreaHierarchy.class, "an array of areas");
  }

  @Override
  protected AreaHierarchy read(JsonParser p) throws IOException {
    return hierarchy(p);
  }

  private record Placed(String path, AreaDeserializer.Entry entry) {}

  /** Reads areas and their composition at the parser's current value. */
  static AreaHierarchy hierarchy(JsonParser p) throws IOException {
    ImmutableList<Placed> entries =
        Read.list(
            p,
            q -> {
              String path = Read.pathOf(q);
              if (q.currentToken() == JsonToken.VALUE_STRING) {
                return new Placed(path, new AreaDeserializer.Entry(AreaDeserializer.shipped(q), Optional.empty()));
              }
              if (q.currentToken() != JsonToken.START_OBJECT) {
                throw Read.expected(q, "an area: the code of a shipped area (a string), or an area in full (an object)");
              }
              return new Placed(path, AreaDeserializer.full(q, true));
            });
    AreaHierarchy hierarchy = AreaHierarchy.empty();
    Map<String, Area> byCode = new LinkedHashMap<>();
    for (Placed placed : entries) {
      Area area = placed.entry().area();
      try {
        hierarchy = hierarchy.with(area);
      } catch (IllegalArgumentException e) {
        throw Read.failAt(placed.path(), "the area " + area + " is refused", e);
      }
      byCode.put(area.code(), area);
    }
    for (Placed placed : entries) {
      Optional<AreaDeserializer.MembersAt> members = placed.entry().members();
      if (members.isEmpty()) {
        continue;
      }
      ImmutableList.Builder<Area> parts = ImmutableList.builder();
      ImmutableList<String> codes = members.get().codes();
      for (int i = 0; i < codes.size(); i++) {
        Area part = byCode.get(codes.get(i));
        if (part == null) {
          throw Read.failAt(
              members.get().path() + "[" + i + "]",
              "'" + Read.quoted(codes.get(i)) + "' is not the code of an area listed in the document");
        }
        parts.add(part);
      }
      try {
        hierarchy = hierarchy.compose(placed.entry().area(), parts.build());
      } catch (IllegalArgumentException e) {
        throw Read.failAt(placed.path(), "the composition of " + placed.entry().area() + " is refused", e);
      }
    }
    return hierarchy;
  }
}
