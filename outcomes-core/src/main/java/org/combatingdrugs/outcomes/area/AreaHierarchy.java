package org.combatingdrugs.outcomes.area;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Areas and what they are made of: a partnership of local authorities (pan-Dorset = BCP + Dorset),
 * a police force area covering several, a region. Immutable; {@link #compose} returns a new
 * hierarchy. Membership is validated when added: codes are unique, no area appears twice among the
 * local authorities a composite expands to, and no area contains itself.
 */
public final class AreaHierarchy {

  private static final AreaHierarchy EMPTY =
      new AreaHierarchy(ImmutableMap.of(), ImmutableListMultimap.of());

  private final ImmutableMap<String, Area> areas;
  private final ImmutableListMultimap<String, Area> members;

  private AreaHierarchy(ImmutableMap<String, Area> areas, ImmutableListMultimap<String, Area> members) {
    this.areas = areas;
    this.members = members;
  }

  /** A hierarchy with no areas. */
  public static AreaHierarchy empty() {
    return EMPTY;
  }

  /**
   * This hierarchy with areas added, each standing alone.
   *
   * @param added areas whose codes are new, or already here with the same name and type
   * @return the larger hierarchy
   * @throws IllegalArgumentException when a code is taken by a different area
   */
  public AreaHierarchy with(Area... added) {
    Map<String, Area> all = new LinkedHashMap<>(areas);
    for (Area area : added) {
      put(all, checkNotNull(area, "area"));
    }
    return new AreaHierarchy(ImmutableMap.copyOf(all), members);
  }

  /**
   * This hierarchy with a composite area made of members (added too when new).
   *
   * @param composite the area made of the members; not yet composed
   * @param parts its members, at least one, each once, none containing the composite
   * @return the larger hierarchy
   * @throws IllegalArgumentException when the composite is already composed, a member repeats,
   *     the composite would contain itself, or a local authority would be counted twice
   */
  public AreaHierarchy compose(Area composite, List<Area> parts) {
    checkNotNull(composite, "composite");
    checkNotNull(parts, "parts");
    checkArgument(!parts.isEmpty(), "parts of %s must not be empty", composite);
    checkArgument(
        !members.containsKey(composite.code()),
        "composite %s must not be composed twice but already has members %s",
        composite,
        members.get(composite.code()));
    Map<String, Area> all = new LinkedHashMap<>(areas);
    put(all, composite);
    Set<String> seen = new HashSet<>();
    for (Area part : parts) {
      checkNotNull(part, "part");
      put(all, part);
      checkArgument(seen.add(part.code()), "parts of %s must not repeat but %s appears twice", composite, part);
      checkArgument(
          !part.code().equals(composite.code()) && !contains(part.code(), composite.code()),
          "parts of %s must not contain it, but %s does",
          composite,
          part);
    }
    ImmutableListMultimap<String, Area> newMembers =
        ImmutableListMultimap.<String, Area>builder().putAll(members).putAll(composite.code(), parts).build();
    AreaHierarchy result = new AreaHierarchy(ImmutableMap.copyOf(all), newMembers);
    List<Area> leaves = result.leavesOf(composite);
    Set<Area> distinct = new HashSet<>(leaves);
    checkArgument(
        distinct.size() == leaves.size(),
        "parts of %s must not count an area twice but its areas expand to %s",
        composite,
        leaves);
    return result;
  }

  /**
   * Convenience for {@link #compose(Area, List)}.
   *
   * @param composite the area made of the parts
   * @param parts its members
   * @return the larger hierarchy
   */
  public AreaHierarchy compose(Area composite, Area... parts) {
    return compose(composite, ImmutableList.copyOf(parts));
  }

  /**
   * The area with a code.
   *
   * @param code a code such as {@code E06000059}
   * @return the area, empty when there is none
   */
  public Optional<Area> byCode(String code) {
    checkNotNull(code, "code");
    return Optional.ofNullable(areas.get(code));
  }

  /** Every area, in the order added. */
  public ImmutableList<Area> areas() {
    return areas.values().asList();
  }

  /**
   * Whether an area is made of others.
   *
   * @param area an area of this hierarchy
   * @return {@code true} when it has members
   */
  public boolean isComposite(Area area) {
    return members.containsKey(known(area).code());
  }

  /**
   * The direct members of an area.
   *
   * @param area an area of this hierarchy
   * @return its members in the order given, empty for an area that stands alone
   */
  public ImmutableList<Area> membersOf(Area area) {
    return members.get(known(area).code());
  }

  /**
   * The areas that stand alone (usually local authorities) an area is made of, expanding nested
   * composites; an area that stands alone is its own single leaf.
   *
   * @param area an area of this hierarchy
   * @return the leaves, in order
   */
  public ImmutableList<Area> leavesOf(Area area) {
    ImmutableList.Builder<Area> leaves = ImmutableList.builder();
    Deque<Area> pending = new ArrayDeque<>();
    pending.push(known(area));
    while (!pending.isEmpty()) {
      Area next = pending.pop();
      ImmutableList<Area> parts = members.get(next.code());
      if (parts.isEmpty()) {
        leaves.add(next);
      } else {
        for (Area part : parts.reverse()) {
          pending.push(part);
        }
      }
    }
    return leaves.build();
  }

  /**
   * The composites an area is a direct member of.
   *
   * @param area an area of this hierarchy
   * @return its parents, in the order they were composed
   */
  public ImmutableList<Area> parentsOf(Area area) {
    Area member = known(area);
    ImmutableList.Builder<Area> parents = ImmutableList.builder();
    for (Map.Entry<String, Area> entry : members.entries()) {
      if (entry.getValue().equals(member)) {
        parents.add(byCode(entry.getKey()).orElseThrow());
      }
    }
    return parents.build();
  }

  private boolean contains(String outerCode, String innerCode) {
    for (Area part : members.get(outerCode)) {
      if (part.code().equals(innerCode) || contains(part.code(), innerCode)) {
        return true;
      }
    }
    return false;
  }

  private Area known(Area area) {
    checkNotNull(area, "area");
    Area here = areas.get(area.code());
    checkArgument(area.equals(here), "area must be in this hierarchy but was %s", area);
    return area;
  }

  private static void put(Map<String, Area> all, Area area) {
    Area existing = all.putIfAbsent(area.code(), area);
    checkArgument(
        existing == null || existing.equals(area),
        "code %s must name one area but names both %s and %s",
        area.code(),
        existing,
        area);
  }

  @Override
  public String toString() {
    return "AreaHierarchy" + areas.keySet() + " members " + members;
  }
}
