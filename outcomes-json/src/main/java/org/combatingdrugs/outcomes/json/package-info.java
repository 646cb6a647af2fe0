/**
 * A thin Jackson module for the core types. Holds no domain logic: it only registers serialisers
 * and deserialisers.
 */
@ParametersAreNonnullByDefault
package org.combatingdrugs.outcomes.json;

import javax.annotation.ParametersAreNonnullByDefault;
