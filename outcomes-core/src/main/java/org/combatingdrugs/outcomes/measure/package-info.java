/**
 * Exact quantities, units and the values a metric takes (counts, proportions, rates, money and
 * published percentages). Immutable and thread-safe; no method accepts or returns {@code null}.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package org.combatingdrugs.outcomes.measure;

import javax.annotation.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
