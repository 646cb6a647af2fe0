/**
 * Runnable programs that reproduce published reports with the outcomes library; the flagship is
 * {@link org.combatingdrugs.outcomes.examples.DorsetProgressReport}.
 */
module org.combatingdrugs.outcomes.examples {
  requires transitive org.combatingdrugs.outcomes.core;
  requires transitive org.combatingdrugs.outcomes.json;
  requires static jsr305;

  exports org.combatingdrugs.outcomes.examples;
}
