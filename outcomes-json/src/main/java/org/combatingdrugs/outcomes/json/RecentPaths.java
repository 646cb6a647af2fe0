package org.combatingdrugs.outcomes.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.Arrays;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * The JSON paths of a parser's contexts, each level's prefix remembered while that level and those
 * above it stay where they were: reading the fortieth point of a chart builds one string, not the
 * eight of its whole path. One per thread; what it gives equals the path built afresh. It holds the
 * contexts it described last (and through them their parser, closed by then and without its input)
 * until the thread asks for another path.
 */
final class RecentPaths {

  private static final ThreadLocal<RecentPaths> OF_THREAD = ThreadLocal.withInitial(RecentPaths::new);

  /** The contexts described last, outermost first, with the index and name each had then. */
  private JsonStreamContext[] contexts = new JsonStreamContext[16];

  private int[] indexes = new int[16];

  private String[] names = new String[16];

  /** The path through each level. */
  private String[] prefixes = new String[16];

  /** How many levels are remembered. */
  private int depth;

  /** The chain being described, innermost first. */
  private JsonStreamContext[] chain = new JsonStreamContext[16];

  private RecentPaths() {}

  /** The path of a context, as {@link OutcomesJsonException#pathOf(JsonStreamContext)} gives it. */
  static String of(@Nullable JsonStreamContext context) {
    return OF_THREAD.get().path(context);
  }

  private String path(@Nullable JsonStreamContext context) {
    int levels = 0;
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (levels == chain.length) {
        grow(2 * levels);
      }
      chain[levels++] = c;
    }
    if (levels > contexts.length) {
      grow(levels);
    }
    int same = 0;
    while (same < Math.min(levels, depth)) {
      JsonStreamContext c = Objects.requireNonNull(chain[levels - 1 - same]);
      if (contexts[same] != c
          || indexes[same] != c.getCurrentIndex()
          || !Objects.equals(names[same], c.getCurrentName())) {
        break;
      }
      same++;
    }
    for (int level = same; level < levels; level++) {
      JsonStreamContext c = Objects.requireNonNull(chain[levels - 1 - level]);
      contexts[level] = c;
      indexes[level] = c.getCurrentIndex();
      names[level] = c.getCurrentName();
      prefixes[level] = (level == 0 ? "$" : prefixes[level - 1]) + step(c);
    }
    depth = levels;
    Arrays.fill(chain, 0, levels, null);
    return levels == 0 ? "$" : prefixes[levels - 1];
  }

  private static String step(JsonStreamContext c) {
    String name = c.getCurrentName();
    if (c.inArray() && c.getCurrentIndex() >= 0) {
      return "[" + c.getCurrentIndex() + "]";
    }
    return c.inObject() && name != null ? OutcomesJsonException.member(name) : "";
  }

  private void grow(int size) {
    int to = Math.max(size, contexts.length);
    contexts = Arrays.copyOf(contexts, to);
    indexes = Arrays.copyOf(indexes, to);
    names = Arrays.copyOf(names, to);
    prefixes = Arrays.copyOf(prefixes, to);
    chain = Arrays.copyOf(chain, Math.max(size, chain.length));
  }
}
