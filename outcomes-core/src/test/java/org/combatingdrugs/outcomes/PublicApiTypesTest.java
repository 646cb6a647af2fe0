package org.combatingdrugs.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No public signature of the core names a third-party type, other than Guava's immutable
 * collections, nor a type of the unexported {@code data} package: callers see JDK types and the
 * library's own exported ones, so what lies underneath can change.
 */
class PublicApiTypesTest {

  private static final String OWN = "org.combatingdrugs.outcomes.";

  @Test
  void test_publicSignaturesNameOnlyJdkOwnAndImmutableCollectionTypes() throws IOException, ClassNotFoundException {
    Set<String> offending = new TreeSet<>();
    for (Class<?> type : publicTypes()) {
      offending.addAll(foreignTypesIn(type));
    }
    assertThat(offending).isEmpty();
  }

  /** A fixture that leaks a third-party type, to show the check sees one. */
  public static final class Leaky {
    /** Leaks a Commons Statistics type through a type argument. */
    public java.util.List<org.apache.commons.statistics.distribution.NormalDistribution> leak() {
      return List.of();
    }
  }

  @Test
  void test_theCheckFindsALeakInATypeArgument() {
    assertThat(foreignTypesIn(Leaky.class))
        .containsExactly(Leaky.class.getName() + " -> org.apache.commons.statistics.distribution.NormalDistribution");
  }

  private static Set<String> foreignTypesIn(Class<?> type) {
    Set<String> offending = new TreeSet<>();
    List<Type> seen = new ArrayList<>();
    seen.add(type.getGenericSuperclass() == null ? Object.class : type.getGenericSuperclass());
    seen.addAll(List.of(type.getGenericInterfaces()));
    for (Method m : type.getDeclaredMethods()) {
      if (isVisible(m.getModifiers()) && !m.isSynthetic()) {
        add(seen, m);
        seen.add(m.getGenericReturnType());
      }
    }
    for (Executable c : type.getDeclaredConstructors()) {
      if (isVisible(c.getModifiers())) {
        add(seen, c);
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (isVisible(f.getModifiers()) && !f.isSynthetic()) {
        seen.add(f.getGenericType());
      }
    }
    if (type.isRecord()) {
      for (RecordComponent rc : type.getRecordComponents()) {
        seen.add(rc.getGenericType());
      }
    }
    for (Type t : seen) {
      collectForeign(t, type.getName(), offending, new TreeSet<>());
    }
    return offending;
  }

  private static void add(List<Type> seen, Executable e) {
    seen.addAll(List.of(e.getGenericParameterTypes()));
    seen.addAll(List.of(e.getGenericExceptionTypes()));
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void collectForeign(Type t, String where, Set<String> offending, Set<String> visiting) {
    if (t instanceof Class<?> c) {
      Class<?> base = c;
      while (base.isArray()) {
        base = base.getComponentType();
      }
      String name = base.getName();
      boolean allowed =
          base.isPrimitive()
              || name.startsWith("java.")
              || (name.startsWith(OWN) && !name.startsWith(OWN + "data."))
              || name.startsWith("com.google.common.collect.Immutable");
      if (!allowed) {
        offending.add(where + " -> " + name);
      }
    } else if (t instanceof ParameterizedType p) {
      collectForeign(p.getRawType(), where, offending, visiting);
      for (Type a : p.getActualTypeArguments()) {
        collectForeign(a, where, offending, visiting);
      }
    } else if (t instanceof GenericArrayType g) {
      collectForeign(g.getGenericComponentType(), where, offending, visiting);
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        collectForeign(b, where, offending, visiting);
      }
      for (Type b : w.getLowerBounds()) {
        collectForeign(b, where, offending, visiting);
      }
    } else if (t instanceof TypeVariable<?> v && visiting.add(v.getName() + "@" + where)) {
      for (Type b : v.getBounds()) {
        collectForeign(b, where, offending, visiting);
      }
    }
  }

  private static List<Class<?>> publicTypes() throws IOException, ClassNotFoundException {
    Path root = Path.of("target/classes");
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.endsWith("package-info") || name.endsWith("module-info")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, PublicApiTypesTest.class.getClassLoader());
        if (isExposed(type)) {
          types.add(type);
        }
      }
    }
    assertThat(types).hasSizeGreaterThan(100);
    return types;
  }

  private static boolean isExposed(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return !type.isAnonymousClass() && !type.isLocalClass() && !type.getName().contains(".data.");
  }
}
