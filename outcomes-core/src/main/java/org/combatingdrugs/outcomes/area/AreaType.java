package org.combatingdrugs.outcomes.area;

/** The kinds of area figures are published for. */
public enum AreaType {
  /** An upper-tier or unitary local authority (ONS code E06, E08, E09, E10). */
  LOCAL_AUTHORITY,
  /** A police force area, the area of a Police and Crime Commissioner (ONS code E23). */
  POLICE_FORCE_AREA,
  /** A Combating Drugs Partnership, made of one or more local authorities. */
  COMBATING_DRUGS_PARTNERSHIP,
  /** An English region (ONS code E12). */
  REGION,
  /** A nation (ONS code E92 for England). */
  NATION
}
