/**
 * What a partnership holds and what it asks of it: the {@link
 * org.combatingdrugs.outcomes.assess.Dataset} of its metrics, areas, measurement series,
 * baselines, targets and benchmarks, validated on construction and indexed for lookup. Immutable
 * and thread-safe; no method accepts or returns {@code null}.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package org.combatingdrugs.outcomes.assess;

import javax.annotation.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
