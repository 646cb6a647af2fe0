/**
 * Serializers of the core types, one small class per type family, each writing its properties in
 * one fixed order so that a value always gives the same bytes. Not exported: {@link
 * org.combatingdrugs.outcomes.json.OutcomesModule} registers them.
 */
@ParametersAreNonnullByDefault
package org.combatingdrugs.outcomes.json.ser;

import javax.annotation.ParametersAreNonnullByDefault;
