/**
 * Strict deserializers of the core types, one small class per type family: unknown and repeated
 * properties, {@code null}, wrong kinds of JSON value and values the core refuses all fail with
 * {@link org.combatingdrugs.outcomes.json.OutcomesJsonException} naming the JSON path. Not
 * exported: {@link org.combatingdrugs.outcomes.json.OutcomesModule} registers them.
 */
@ParametersAreNonnullByDefault
package org.combatingdrugs.outcomes.json.deser;

import javax.annotation.ParametersAreNonnullByDefault;
