package org.combatingdrugs.outcomes.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The Jackson module of the outcomes library. Register it with {@code
 * mapper.registerModule(new OutcomesModule())} or let {@code findAndRegisterModules()} find it
 * through the service loader. Serialisers for the core types arrive with the JSON issue.
 */
public final class OutcomesModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module; it registers nothing that carries state. */
  public OutcomesModule() {
    super("OutcomesModule", Version.unknownVersion());
  }
}
