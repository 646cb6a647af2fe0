/**
 * The Jackson module of the outcomes library: {@link org.combatingdrugs.outcomes.json.OutcomesModule},
 * found by {@code ObjectMapper.findAndRegisterModules()} through the service loader or registered
 * explicitly.
 */
module org.combatingdrugs.outcomes.json {
  requires transitive org.combatingdrugs.outcomes.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static jsr305;

  exports org.combatingdrugs.outcomes.json;

  provides com.fasterxml.jackson.databind.Module with
      org.combatingdrugs.outcomes.json.OutcomesModule;
}
