package org.combatingdrugs.outcomes.area;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A place figures describe, identified by its code: an ONS GSS code where one exists ({@code
 * E06000059} for Dorset), otherwise a local code the user chooses. Equality is by all three parts.
 *
 * @param code the identifying code, not blank, without surrounding spaces
 * @param name the area's name, not blank
 * @param type the kind of area
 */
public record Area(String code, String name, AreaType type) {

  /** Validates the code and name. */
  public Area {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    checkNotNull(type, "type");
    checkArgument(
        !code.isBlank() && code.strip().equals(code),
        "code must be non-blank without surrounding spaces but was '%s'",
        code);
    checkArgument(!name.isBlank(), "name must not be blank but was '%s'", name);
  }

  /**
   * An area.
   *
   * @param code the identifying code
   * @param name the name
   * @param type the kind of area
   * @return the area
   */
  public static Area of(String code, String name, AreaType type) {
    return new Area(code, name, type);
  }

  /** The name with its code: {@code Dorset (E06000059)}. */
  @Override
  public String toString() {
    return name + " (" + code + ")";
  }
}
