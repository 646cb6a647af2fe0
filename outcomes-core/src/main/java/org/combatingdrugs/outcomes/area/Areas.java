package org.combatingdrugs.outcomes.area;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.combatingdrugs.outcomes.data.TsvTable;

/**
 * Areas with ONS GSS codes shipped with the library, and their composition (police force areas and
 * the pan-Dorset partnership, made of local authorities). Regions and England are included as areas
 * standing alone: their full membership is not shipped. Add other partnerships with {@link
 * AreaHierarchy#compose}.
 */
public final class Areas {

  private static final AreaHierarchy HIERARCHY = load();

  /** England (E92000001). */
  public static final Area ENGLAND = code("E92000001");

  /** South West region (E12000009). */
  public static final Area SOUTH_WEST = code("E12000009");

  /** Bournemouth, Christchurch and Poole, a unitary authority (E06000058). */
  public static final Area BOURNEMOUTH_CHRISTCHURCH_AND_POOLE = code("E06000058");

  /** Dorset, a unitary authority (E06000059). */
  public static final Area DORSET = code("E06000059");

  /** Devon, a county council (E10000008). */
  public static final Area DEVON = code("E10000008");

  /** Cornwall, a unitary authority (E06000052). */
  public static final Area CORNWALL = code("E06000052");

  /** Plymouth, a unitary authority (E06000026). */
  public static final Area PLYMOUTH = code("E06000026");

  /** Torbay, a unitary authority (E06000027). */
  public static final Area TORBAY = code("E06000027");

  /** Isles of Scilly (E06000053). */
  public static final Area ISLES_OF_SCILLY = code("E06000053");

  /** Dorset police force area (E23000039): Bournemouth, Christchurch and Poole plus Dorset. */
  public static final Area DORSET_POLICE_FORCE_AREA = code("E23000039");

  /** Devon and Cornwall police force area (E23000035). */
  public static final Area DEVON_AND_CORNWALL_POLICE_FORCE_AREA = code("E23000035");

  /**
   * The pan-Dorset Combating Drugs Partnership: Bournemouth, Christchurch and Poole plus Dorset.
   * Partnerships have no ONS code; {@code pan-dorset-cdp} is this library's own.
   */
  public static final Area PAN_DORSET_CDP = code("pan-dorset-cdp");

  private Areas() {}

  /** The shipped areas and their composition. The same instance on every call. */
  public static AreaHierarchy hierarchy() {
    return HIERARCHY;
  }

  private static Area code(String code) {
    return HIERARCHY.byCode(code).orElseThrow(() -> new IllegalStateException("no area " + code));
  }

  private static AreaHierarchy load() {
    TsvTable table = TsvTable.load(Areas.class, "areas.tsv");
    AreaHierarchy hierarchy = AreaHierarchy.empty();
    ImmutableMap.Builder<String, String> composites = ImmutableMap.builder();
    for (ImmutableMap<String, String> row : table.rows()) {
      String type = table.field(row, "type").toUpperCase(Locale.ROOT);
      hierarchy =
          hierarchy.with(
              Area.of(table.field(row, "code"), table.field(row, "name"), AreaType.valueOf(type)));
      if (!table.field(row, "members").isEmpty()) {
        composites.put(table.field(row, "code"), table.field(row, "members"));
      }
    }
    for (var entry : composites.buildOrThrow().entrySet()) {
      ImmutableList.Builder<Area> parts = ImmutableList.builder();
      for (String code : Splitter.on(';').split(entry.getValue())) {
        parts.add(lookup(hierarchy, code));
      }
      hierarchy = hierarchy.compose(lookup(hierarchy, entry.getKey()), parts.build());
    }
    return hierarchy;
  }

  private static Area lookup(AreaHierarchy hierarchy, String code) {
    var area = hierarchy.byCode(code);
    checkState(area.isPresent(), "areas.tsv refers to an unknown code %s", code);
    return area.get();
  }
}
