/**
 * Aggregation that pools: counts and money sum, proportions and rates pool their numerators and
 * denominators, and nothing is ever averaged. Immutable and thread-safe; no method accepts or
 * returns {@code null}.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package org.combatingdrugs.outcomes.aggregate;

import javax.annotation.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
